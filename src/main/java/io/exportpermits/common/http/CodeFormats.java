package io.exportpermits.common.http;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * One stated format per shared code, on every property that carries it, in requests and responses alike.
 * Validators (a code list, not a regular expression) enforce them on input; annotations cannot state them
 * on list items or on plain response strings, so they are stated here once.
 */
final class CodeFormats {
    private static final String COUNTRY = "^[A-Z]{2}$";
    private static final String ELEMENT = "^[A-Z][a-z]{0,2}$";
    private static final String PERMIT_NUMBER = "^EP-[0-9]{4}-[0-9]{6,}$";
    private static final String CONTROL_CODE = "^[0-9][A-E][0-9]{3}(\\.[a-z0-9]+)*$";
    private static final String HS_CODE = "^[0-9]{4,10}$";

    private static final Map<String, String> PATTERNS = Map.ofEntries(
            Map.entry("country", COUNTRY), Map.entry("destination", COUNTRY), Map.entry("destinations", COUNTRY),
            Map.entry("currency", "^[A-Z]{3}$"),
            Map.entry("unit", "^[A-Z0-9]{2,3}$"), Map.entry("defaultUnit", "^[A-Z0-9]{2,3}$"),
            Map.entry("element", ELEMENT), Map.entry("elements", ELEMENT),
            Map.entry("number", PERMIT_NUMBER), Map.entry("permitNumber", PERMIT_NUMBER),
            Map.entry("permitNumbers", PERMIT_NUMBER),
            Map.entry("controlCode", CONTROL_CODE), Map.entry("controlCodes", CONTROL_CODE),
            Map.entry("parentCode", CONTROL_CODE),
            Map.entry("hsCodes", HS_CODE), Map.entry("hsCodePrefixes", HS_CODE));
    private static final Map<String, String> FORMATS = Map.of("url", "uri", "href", "uri-reference");

    private CodeFormats() {
    }

    static void apply(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        for (Schema schema : openAPI.getComponents().getSchemas().values()) {
            if (schema.getProperties() != null) {
                schema.getProperties().forEach(CodeFormats::state);
            }
        }
    }

    private static void state(String property, Schema schema) {
        Schema strings = isString(schema) ? schema
                : isArray(schema) && schema.getItems() != null && isString(schema.getItems()) ? schema.getItems() : null;
        if (strings == null || strings.getEnumeration() != null) {
            return;
        }
        if (strings.getPattern() == null && PATTERNS.containsKey(property)) {
            strings.setPattern(PATTERNS.get(property));
        }
        if (strings.getFormat() == null && FORMATS.containsKey(property)) {
            strings.setFormat(FORMATS.get(property));
        }
    }

    private static boolean isString(Schema schema) {
        return schema.getRef() == null && List.of(SchemaType.STRING).equals(schema.getType());
    }

    private static boolean isArray(Schema schema) {
        return List.of(SchemaType.ARRAY).equals(schema.getType());
    }
}
