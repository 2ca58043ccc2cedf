package io.exportpermits.common.http;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Bounds on everything the contract describes, so that a client or a gateway can size and check what it
 * sends and receives (OWASP API4:2023), and the headers every answer may carry.
 * <ul>
 * <li>Strings: the bound their format implies, else 4,000 characters, the longest text any request may
 * carry (the seeded texts are shorter; the tests' response validation holds every answer to it).</li>
 * <li>Integers: their Java type's range unless narrower bounds are stated.</li>
 * <li>Arrays: 1,000 items unless stated, the longest list one answer carries (a batch status poll).</li>
 * <li>Decimals: the scale as {@code x-decimal-places}, not {@code multipleOf}, which validators evaluate in
 * binary floating point and so refuse valid values ({@code 1.1} is no multiple of {@code 0.000001} in
 * doubles).</li>
 * <li>Request bodies: no property beyond those listed ({@code additionalProperties: false}), as the service
 * refuses unknown fields.</li>
 * </ul>
 */
final class ContractBounds {
    static final int TEXT_MAX_LENGTH = 4000;
    static final int LIST_MAX_ITEMS = 1000;
    private static final BigDecimal DECIMAL_LIMIT = new BigDecimal("1000000000000000"); // @Digits(integer = 15)
    private static final Map<String, Integer> FORMAT_LENGTHS = Map.of("uuid", 36, "date", 10, "date-time", 35,
            "uri", 2048, "uri-reference", 2048);
    private static final String SCHEMAS = "#/components/schemas/";

    static final String CORS_HEADER = "Access-Control-Allow-Origin";
    /** Sorted: Map.of's order changes from one JVM to the next, and the contract must not. */
    private static final Map<String, String> RATE_LIMIT_HEADERS = new TreeMap<>(Map.of(
            "RateLimit-Limit", "Requests a minute this key (or, without a key, this address) may make.",
            "RateLimit-Remaining", "Requests left in the current window.",
            "RateLimit-Reset", "Seconds until the allowance is whole again."));

    private ContractBounds() {
    }

    static void apply(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null || components.getSchemas() == null || openAPI.getPaths() == null) {
            return;
        }
        closeRequestSchemas(openAPI, components.getSchemas());
        declareResponseHeaders(openAPI, components);
        allSchemas(openAPI).forEach(ContractBounds::bound);
    }

    private static void bound(Schema schema) {
        if (schema == null || schema.getRef() != null) {
            return;
        }
        List<SchemaType> types = schema.getType() == null ? List.of() : schema.getType();
        if (types.contains(SchemaType.STRING) && schema.getMaxLength() == null && schema.getEnumeration() == null
                && schema.getConstValue() == null) {
            schema.setMaxLength(schema.getFormat() == null ? TEXT_MAX_LENGTH
                    : FORMAT_LENGTHS.getOrDefault(schema.getFormat(), TEXT_MAX_LENGTH));
        }
        if (types.contains(SchemaType.INTEGER)) {
            boolean int64 = "int64".equals(schema.getFormat());
            if (schema.getFormat() == null) {
                schema.setFormat("int32");
            }
            if (schema.getMinimum() == null && schema.getExclusiveMinimum() == null) {
                schema.setMinimum(BigDecimal.valueOf(int64 ? Long.MIN_VALUE : Integer.MIN_VALUE));
            }
            if (schema.getMaximum() == null && schema.getExclusiveMaximum() == null) {
                schema.setMaximum(BigDecimal.valueOf(int64 ? Long.MAX_VALUE : Integer.MAX_VALUE));
            }
        }
        if (types.contains(SchemaType.NUMBER) && schema.getMultipleOf() != null) {
            int places = schema.getMultipleOf().stripTrailingZeros().scale();
            schema.setMultipleOf(null);
            schema.addExtension("x-decimal-places", places);
            if (schema.getMaximum() == null && schema.getExclusiveMaximum() == null) {
                schema.setExclusiveMaximum(DECIMAL_LIMIT);
            }
            schema.setDescription(Objects.requireNonNullElse(schema.getDescription(), "") + " At most " + places
                    + " decimal places.");
        }
        if (types.contains(SchemaType.ARRAY) && schema.getMaxItems() == null) {
            schema.setMaxItems(LIST_MAX_ITEMS);
        }
        children(schema).forEach(ContractBounds::bound);
    }

    /** Every schema in the document: components, and those written inline in operations. */
    private static Stream<Schema> allSchemas(OpenAPI openAPI) {
        Stream<Schema> components = openAPI.getComponents().getSchemas().values().stream();
        Stream<Schema> inline = operations(openAPI).flatMap(operation -> Stream.of(
                operation.getParameters() == null ? Stream.<Schema>empty()
                        : operation.getParameters().stream().map(p -> p.getSchema()),
                operation.getRequestBody() == null ? Stream.<Schema>empty() : schemas(operation.getRequestBody().getContent()),
                operation.getResponses().getAPIResponses().values().stream().flatMap(response -> Stream.concat(
                        schemas(response.getContent()), response.getHeaders() == null ? Stream.empty()
                                : response.getHeaders().values().stream().map(Header::getSchema))))
                .flatMap(s -> s));
        return Stream.concat(components, inline).filter(Objects::nonNull);
    }

    private static Stream<Schema> schemas(Content content) {
        return content == null || content.getMediaTypes() == null ? Stream.empty()
                : content.getMediaTypes().values().stream().map(MediaType::getSchema);
    }

    private static Stream<Schema> children(Schema schema) {
        return Stream.of(
                schema.getProperties() == null ? Stream.<Schema>empty() : schema.getProperties().values().stream(),
                Stream.of(schema.getItems(), schema.getAdditionalPropertiesSchema()),
                schema.getAllOf() == null ? Stream.<Schema>empty() : schema.getAllOf().stream(),
                schema.getAnyOf() == null ? Stream.<Schema>empty() : schema.getAnyOf().stream(),
                schema.getOneOf() == null ? Stream.<Schema>empty() : schema.getOneOf().stream())
                .flatMap(s -> s).filter(Objects::nonNull);
    }

    /** The service refuses unknown fields in a body; the contract says so on every schema a body uses. */
    private static void closeRequestSchemas(OpenAPI openAPI, Map<String, Schema> schemas) {
        Set<String> seen = new HashSet<>();
        operations(openAPI).filter(operation -> operation.getRequestBody() != null)
                .flatMap(operation -> schemas(operation.getRequestBody().getContent()))
                .forEach(schema -> close(schema, schemas, seen));
    }

    private static void close(Schema schema, Map<String, Schema> schemas, Set<String> seen) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null) {
            String name = schema.getRef().substring(SCHEMAS.length());
            if (seen.add(name) && schemas.containsKey(name)) {
                close(schemas.get(name), schemas, seen);
            }
            return;
        }
        if (schema.getProperties() != null && schema.getAdditionalPropertiesSchema() == null
                && schema.getAdditionalPropertiesBoolean() == null) {
            schema.setAdditionalPropertiesBoolean(Boolean.FALSE);
        }
        children(schema).forEach(child -> close(child, schemas, seen));
    }

    /**
     * The rate-limit headers on every 2xx and 4xx answer (they come with every answer the limiter counted),
     * and the CORS header on every answer (sent only where CORS is enabled for the request's origin).
     */
    private static void declareResponseHeaders(OpenAPI openAPI, Components components) {
        RATE_LIMIT_HEADERS.forEach((name, description) -> components.addHeader(name, OASFactory.createHeader()
                .description(description).schema(OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                        .minimum(BigDecimal.ZERO).maximum(BigDecimal.valueOf(Integer.MAX_VALUE)))));
        components.addHeader(CORS_HEADER, OASFactory.createHeader().description("Only when cross-origin requests are "
                        + "enabled (`QUARKUS_HTTP_CORS_ENABLED`) and the request's `Origin` is on the allow-list "
                        + "(`QUARKUS_HTTP_CORS_ORIGINS`); by default the service allows no other origin.")
                .schema(OASFactory.createSchema().addType(SchemaType.STRING).format("uri").maxLength(2048)));
        operations(openAPI).forEach(operation -> operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("2") || status.startsWith("4")) {
                RATE_LIMIT_HEADERS.keySet().forEach(name -> reference(response, name));
            }
            reference(response, CORS_HEADER);
        }));
    }

    private static void reference(APIResponse response, String header) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(header)) {
            response.addHeader(header, OASFactory.createHeader().ref("#/components/headers/" + header));
        }
    }

    private static Stream<Operation> operations(OpenAPI openAPI) {
        return openAPI.getPaths().getPathItems().values().stream()
                .flatMap(path -> path.getOperations().values().stream());
    }
}
