package io.exportpermits;

import io.exportpermits.common.http.SchemaAliases;
import io.exportpermits.common.http.StandardResponsesFilter;
import io.exportpermits.common.security.PermissionContract;
import io.exportpermits.event.api.EventContract;
import io.exportpermits.permit.PermitAction;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;

/**
 * What the contract says beyond the annotations: types sent as another's JSON named as that other
 * ({@link SchemaAliases}), the events discriminated by their type, then what every
 * operation shares ({@link StandardResponsesFilter}), which also bounds and exemplifies the event schemas,
 * and the permission each operation needs of a restricted key ({@link PermissionContract}).
 * Paths come in alphabetical order, except a permit's actions, which come in the lifecycle's: Swagger UI
 * lists operations in the order of their paths, and submit before approve reads as a permit lives.
 */
public class ContractFilter implements OASFilter {
    private final StandardResponsesFilter standard = new StandardResponsesFilter();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        SchemaAliases.resolve(openAPI);
        EventContract.discriminate(openAPI);
        standard.filterOpenAPI(openAPI);
        PermissionContract.declare(openAPI);
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            Map<String, PathItem> ordered = new LinkedHashMap<>();
            openAPI.getPaths().getPathItems().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey(Comparator.comparing(ContractFilter::sortKey)))
                    .forEach(path -> ordered.put(path.getKey(), path.getValue()));
            openAPI.getPaths().setPathItems(ordered);
        }
    }

    /**
     * A permit action's path sorts by its place in the lifecycle table, after the permit's other paths;
     * the batch status query and verification follow the permits.
     */
    private static String sortKey(String path) {
        if (path.startsWith("/api/v1/permit-")) {
            return "/api/v1/permits~" + path;
        }
        String prefix = "/api/v1/permits/{number}/";
        if (path.startsWith(prefix)) {
            String segment = path.substring(prefix.length());
            for (PermitAction action : PermitAction.values()) {
                if (action.path.equals(segment)) {
                    return prefix + "~" + String.format("%02d", action.ordinal());
                }
            }
        }
        return path;
    }
}
