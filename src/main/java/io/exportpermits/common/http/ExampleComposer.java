package io.exportpermits.common.http;

import io.exportpermits.common.problem.ProblemType;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Gives every JSON request and response of the contract a whole example, composed from the examples its
 * schemas' properties carry, so that a reader (and a generated client's docs) sees a full body, and the
 * examples cannot drift from the schemas: they are built from them, and the suite validates them.
 * Error responses get the problem of their status, with the response's own description as `detail`.
 */
final class ExampleComposer {
    private static final String COMPONENTS = "#/components/schemas/";
    private static final String INSTANCE = "/api/v1/permits/EP-2026-000042";
    /** The scanner's examples for these types date from 2022; ours are in this API's own timeline. */
    private static final Map<String, String> VALUE_TYPES = Map.of("LocalDate", "2026-12-01",
            "Instant", "2026-11-26T09:30:00Z", "UUID", "3f6c1a52-8d4e-4b7a-9f21-6e0d5c4b3a29");

    private final Map<String, Schema> components;
    private final Deque<String> composing = new ArrayDeque<>();

    private ExampleComposer(Map<String, Schema> components) {
        this.components = components;
    }

    static void apply(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getComponents() == null
                || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        VALUE_TYPES.forEach((name, example) -> {
            if (components.containsKey(name)) {
                components.get(name).setExamples(List.of(example));
            }
        });
        ExampleComposer composer = new ExampleComposer(components);
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                if (operation.getRequestBody() != null) {
                    composer.exemplify(operation.getRequestBody().getContent());
                }
                operation.getResponses().getAPIResponses().forEach((status, response) -> {
                    if (status.startsWith("2")) {
                        composer.exemplify(response.getContent());
                    } else if (response.getContent() != null) {
                        response.getContent().getMediaTypes().values().stream()
                                .filter(media -> !hasExample(media))
                                .forEach(media -> media.setExample(problem(Integer.parseInt(status),
                                        response.getDescription())));
                    }
                });
            }
        }
    }

    private void exemplify(Content content) {
        if (content == null) {
            return;
        }
        content.getMediaTypes().forEach((type, media) -> {
            boolean structured = type.contains("json") || type.equals("multipart/form-data");
            if (structured && media.getSchema() != null && !hasExample(media)) {
                Object example = compose(media.getSchema());
                if (example != null) {
                    media.setExample(example);
                }
            }
        });
    }

    private static boolean hasExample(MediaType media) {
        return media.getExample() != null || (media.getExamples() != null && !media.getExamples().isEmpty());
    }

    /** An example of a value of this schema, or null when its properties carry none to compose from. */
    private Object compose(Schema schema) {
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            return schema.getExamples().get(0);
        }
        if (schema.getRef() != null) {
            String name = schema.getRef().substring(COMPONENTS.length());
            if (composing.contains(name) || !components.containsKey(name)) {
                return null; // a tree (a control entry's children) shows one level, not an endless one
            }
            composing.push(name);
            try {
                return compose(components.get(name));
            } finally {
                composing.pop();
            }
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            return schema.getEnumeration().get(0);
        }
        for (List<Schema> choices : Arrays.asList(schema.getAnyOf(), schema.getOneOf())) {
            if (choices != null && !choices.isEmpty()) {
                return compose(choices.get(0));
            }
        }
        if (isA(schema, SchemaType.ARRAY)) {
            Object item = schema.getItems() == null ? null : compose(schema.getItems());
            return item == null ? List.of() : List.of(item);
        }
        if (schema.getProperties() != null) {
            Map<String, Object> object = new LinkedHashMap<>();
            schema.getProperties().forEach((name, property) -> {
                Object value = compose(property);
                if (value != null) {
                    object.put(name, value);
                }
            });
            return object;
        }
        return null;
    }

    private static boolean isA(Schema schema, SchemaType type) {
        return schema.getType() != null && schema.getType().contains(type);
    }

    private static Map<String, Object> problem(int status, String description) {
        ProblemType type = status == 400 ? ProblemType.VALIDATION_FAILED : Arrays.stream(ProblemType.values())
                .filter(candidate -> candidate.status() == status).findFirst().orElse(ProblemType.INTERNAL_ERROR);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type.uri().toString());
        problem.put("title", type.title());
        problem.put("status", status);
        problem.put("detail", description);
        problem.put("instance", INSTANCE);
        if (type == ProblemType.VALIDATION_FAILED) {
            Map<String, Object> error = new LinkedHashMap<>(); // Map.of's order changes between runs
            error.put("field", "lines[0].quantity");
            error.put("message", "must be greater than 0");
            problem.put("errors", List.of(error));
        } else if (type == ProblemType.INTERNAL_ERROR) {
            problem.put("errorId", "5c1e8b9a-2f4d-4e7a-9b3c-7d2a1f0e6b54");
        }
        return problem;
    }
}
