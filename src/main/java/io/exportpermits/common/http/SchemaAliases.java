package io.exportpermits.common.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * A type the service sends as another's JSON already written (its schema only a reference, as
 * {@code @Schema(ref = ...)} makes it) is that other type in the contract, by name too: the alias goes, and
 * a name SmallRye made from it for a generic type (a page of them) takes the other's name, as it had before
 * the service wrote that JSON ahead. Clients generated from the contract see no difference.
 */
public final class SchemaAliases {
    private static final String PREFIX = "#/components/schemas/";

    private SchemaAliases() {
    }

    public static void resolve(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Map<String, String> aliases = new LinkedHashMap<>();
        schemas.forEach((name, schema) -> {
            if (schema.getRef() != null && schema.getType() == null && schema.getProperties() == null) {
                aliases.put(name, schema.getRef().substring(PREFIX.length()));
            }
        });
        if (aliases.isEmpty()) {
            return;
        }
        Map<String, Schema> renamed = new LinkedHashMap<>();
        schemas.forEach((name, schema) -> {
            if (!aliases.containsKey(name)) {
                renamed.put(rename(name, aliases), schema);
            }
        });
        renamed.values().forEach(schema -> redirect(schema, aliases));
        openAPI.getComponents().setSchemas(renamed);
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().stream()
                    .flatMap(path -> path.getOperations().values().stream())
                    .flatMap(SchemaAliases::contents)
                    .flatMap(content -> content.getMediaTypes().values().stream())
                    .forEach(media -> redirect(media.getSchema(), aliases));
        }
    }

    private static Stream<Content> contents(Operation operation) {
        Stream<Content> responses = operation.getResponses() == null || operation.getResponses().getAPIResponses() == null
                ? Stream.empty()
                : operation.getResponses().getAPIResponses().values().stream().map(r -> r.getContent());
        Stream<Content> request = operation.getRequestBody() == null ? Stream.empty()
                : Stream.of(operation.getRequestBody().getContent());
        return Stream.concat(responses, request).filter(content -> content != null && content.getMediaTypes() != null);
    }

    private static String rename(String name, Map<String, String> aliases) {
        for (Map.Entry<String, String> alias : aliases.entrySet()) {
            name = name.replace(alias.getKey(), alias.getValue());
        }
        return name;
    }

    private static void redirect(Schema schema, Map<String, String> aliases) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null && schema.getRef().startsWith(PREFIX)) {
            schema.setRef(PREFIX + rename(schema.getRef().substring(PREFIX.length()), aliases));
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> redirect(property, aliases));
        }
        redirect(schema.getItems(), aliases);
        if (schema.getAdditionalPropertiesSchema() != null) {
            redirect(schema.getAdditionalPropertiesSchema(), aliases);
        }
        Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()).filter(list -> list != null)
                .flatMap(List::stream).forEach(part -> redirect(part, aliases));
        redirect(schema.getNot(), aliases);
    }
}
