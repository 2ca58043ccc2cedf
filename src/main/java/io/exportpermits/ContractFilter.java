package io.exportpermits;

import io.exportpermits.common.http.StandardResponsesFilter;
import io.exportpermits.event.api.EventContract;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * What the contract says beyond the annotations: the events discriminated by their type, then what every
 * operation shares ({@link StandardResponsesFilter}), which also bounds and exemplifies the event schemas.
 */
public class ContractFilter implements OASFilter {
    private final StandardResponsesFilter standard = new StandardResponsesFilter();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        EventContract.discriminate(openAPI);
        standard.filterOpenAPI(openAPI);
    }
}
