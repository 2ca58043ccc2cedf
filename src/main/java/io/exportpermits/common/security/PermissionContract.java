package io.exportpermits.common.security;

import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The contract's side of restricted keys: every operation that needs a key names the permission it needs
 * ({@code x-permission}, and in its description), and declares the header that warns of a key's expiry.
 */
public final class PermissionContract {
    public static final String EXPIRY_HEADER = "Api-Key-Expires";
    private static final String EXTENSION = "x-permission";

    private PermissionContract() {
    }

    public static void declare(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getComponents().addHeader(EXPIRY_HEADER, OASFactory.createHeader().description("When the API key "
                + "you called with stops working (UTC); only when that is within 14 days. Rotate it "
                + "(`POST /api/v1/api-keys/{id}/rotate`) before then.").schema(OASFactory.createSchema()
                .addType(Schema.SchemaType.STRING).format("date-time").maxLength(35)));
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            if (needsKey(operation)) {
                describe(path, method, operation);
            }
        }));
    }

    private static boolean needsKey(Operation operation) {
        return operation.getSecurity() != null && !operation.getSecurity().isEmpty();
    }

    private static void describe(String path, PathItem.HttpMethod method, Operation operation) {
        Permission.requiredFor(method.name(), path).ifPresent(permission -> {
            operation.addExtension(EXTENSION, permission.wireName);
            operation.setDescription(Objects.requireNonNullElse(operation.getDescription(), "")
                    + " Restricted keys need the permission `" + permission.wireName + "`.");
        });
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (List.of('2', '3', '4').contains(status.charAt(0)) && (response.getHeaders() == null
                    || !response.getHeaders().containsKey(EXPIRY_HEADER))) {
                response.addHeader(EXPIRY_HEADER, OASFactory.createHeader().ref("#/components/headers/" + EXPIRY_HEADER));
            }
        });
    }
}
