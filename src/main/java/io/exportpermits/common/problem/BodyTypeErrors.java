package io.exportpermits.common.problem;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every value of a request body that cannot be read as its field's type, not only the first: Jackson
 * stops at the first, so a client would need a round trip per mistake. Once Jackson has refused a body
 * that is valid JSON, the body is walked again as a tree beside the type it was meant to be, and each
 * scalar is converted alone, by the same mapper, so the rules (and the messages) are Jackson's own.
 */
final class BodyTypeErrors {
    private final ObjectMapper mapper;
    private final List<FieldError> errors = new ArrayList<>();

    private BodyTypeErrors(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The errors in document order; empty if the tree reads as the type after all. */
    static List<FieldError> of(JsonNode body, JavaType type, ObjectMapper mapper) {
        BodyTypeErrors walk = new BodyTypeErrors(mapper);
        walk.check(body, type, null);
        return List.copyOf(walk.errors);
    }

    private void check(JsonNode node, JavaType type, String path) {
        if (node.isNull()) {
            return; // whether a value is required is the validator's to say, with every other constraint
        }
        if (type.getRawClass().isRecord()) {
            checkObject(node, type, path);
        } else if (type.isCollectionLikeType() || type.isArrayType()) {
            if (!node.isArray()) {
                errors.add(new FieldError(path, "must be an array"));
                return;
            }
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), type.getContentType(), (path == null ? "" : path) + "[" + i + "]");
            }
        } else {
            try {
                mapper.readerFor(type).readValue(mapper.treeAsTokens(node));
            } catch (JsonMappingException e) {
                errors.add(new FieldError(path, JsonInputErrors.message(e)));
            } catch (IOException | RuntimeException e) {
                // A deserializer that gives up outside Jackson's own exceptions ([1, "two"] as a date).
                errors.add(new FieldError(path, "must be " + JsonInputErrors.describe(type.getRawClass())));
            }
        }
    }

    private void checkObject(JsonNode node, JavaType type, String path) {
        if (!node.isObject()) {
            errors.add(new FieldError(path, "must be an object"));
            return;
        }
        Map<String, JavaType> properties = mapper.getDeserializationConfig().introspect(type).findProperties()
                .stream().collect(Collectors.toMap(BeanPropertyDefinition::getName, BeanPropertyDefinition::getPrimaryType,
                        (first, second) -> first));
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String fieldPath = path == null ? field.getKey() : path + "." + field.getKey();
            JavaType fieldType = properties.get(field.getKey());
            if (fieldType == null) {
                errors.add(new FieldError(fieldPath, "is not a known field"));
            } else {
                check(field.getValue(), fieldType, fieldPath);
            }
        }
    }
}
