package io.exportpermits.policy;

import io.exportpermits.common.http.Representations;
import io.exportpermits.common.paging.Page;
import io.exportpermits.common.paging.PageRequest;
import io.exportpermits.common.paging.PageResponses;
import io.exportpermits.policy.api.ControlEntryView;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/control-list")
@Tag(name = "Control list")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class ControlListResource {
    private final PolicyService policies;
    private final Representations representations;

    ControlListResource(PolicyService policies, Representations representations) {
        this.policies = policies;
        this.representations = representations;
    }

    @GET
    @Operation(operationId = "listControlEntries", summary = "The control list",
            description = "Public. Entries keyed by export-control code, with elements, forms and HS codes. Only verified "
                    + "codes are listed: an item missing here is not thereby uncontrolled.")
    @APIResponse(responseCode = "200", description = "A page of entries, ordered by code.", headers = {
            @Header(name = "ETag", description = "Tag of this representation."),
            @Header(name = "Cache-Control", description = "`public, max-age=300`.")})
    @APIResponse(responseCode = "304", description = "Your copy (If-None-Match) is current.")
    public RestResponse<Page<ControlEntryView>> list(@Valid @BeanParam ControlListSearch search,
                                                     @Valid @BeanParam PageRequest page,
                                                     @Parameter(description = "ETag of your copy.")
                                                     @HeaderParam("If-None-Match") String ifNoneMatch, UriInfo uri) {
        Page<ControlEntryView> result = policies.controlList(search, page);
        return representations.cacheable(result, ifNoneMatch, PageResponses.linkHeader(result, uri));
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getControlEntry", summary = "One control-list entry, with its sub-items", description = "Public.")
    @APIResponse(responseCode = "200", description = "The entry.", headers = {
            @Header(name = "ETag", description = "Tag of this representation."),
            @Header(name = "Cache-Control", description = "`public, max-age=300`.")})
    @APIResponse(responseCode = "304", description = "Your copy (If-None-Match) is current.")
    @APIResponse(responseCode = "404", description = "No entry with that code in this service's data.")
    public RestResponse<ControlEntryView> get(
            @Parameter(description = "Export-control code.", example = "1C902") @PathParam("code") @Size(max = 32) String code,
            @Parameter(description = "ETag of your copy.") @HeaderParam("If-None-Match") String ifNoneMatch) {
        return representations.cacheable(policies.controlEntry(code), ifNoneMatch, Map.of());
    }
}
