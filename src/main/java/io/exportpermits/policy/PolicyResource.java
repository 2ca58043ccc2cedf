package io.exportpermits.policy;

import io.exportpermits.common.http.Representations;
import io.exportpermits.common.paging.Page;
import io.exportpermits.common.paging.PageRequest;
import io.exportpermits.common.paging.PageResponses;
import io.exportpermits.policy.api.PolicyView;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/policies")
@Tag(name = "Policies")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class PolicyResource {
    private static final String IF_NONE_MATCH = "ETag of your copy: answered 304 while it is current.";

    private final PolicyService policies;
    private final Representations representations;

    PolicyResource(PolicyService policies, Representations representations) {
        this.policies = policies;
        this.representations = representations;
    }

    @GET
    @Operation(operationId = "listPolicies", summary = "Restriction policies as they stood on a day",
            description = "Public. Every announcement this service carries, with its status on `asOf` (PENDING, IN_FORCE, "
                    + "SUSPENDED, EXPIRED or REPEALED) and the reason, the measures it imposes and the suspensions it "
                    + "declares or is subject to. A suspension that has ended shows the policy IN_FORCE again from the "
                    + "next day. Every policy says when it was last verified against its sources.")
    @APIResponse(responseCode = "200", description = "A page of policies.", headers = {
            @Header(name = "ETag", description = "Tag of this representation."),
            @Header(name = "Cache-Control", description = "`public, max-age=300`.")})
    @APIResponse(responseCode = "304", description = "Your copy (If-None-Match) is current.")
    public RestResponse<Page<PolicyView>> list(@Valid @BeanParam PolicySearch search, @Valid @BeanParam PageRequest page,
                                               @Parameter(description = IF_NONE_MATCH) @HeaderParam("If-None-Match")
                                               String ifNoneMatch, UriInfo uri) {
        Page<PolicyView> result = policies.search(search, page);
        return representations.cacheable(result, ifNoneMatch, PageResponses.linkHeader(result, uri));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPolicy", summary = "One policy as it stood on a day", description = "Public.")
    @APIResponse(responseCode = "200", description = "The policy.", headers = {
            @Header(name = "ETag", description = "Tag of this representation."),
            @Header(name = "Cache-Control", description = "`public, max-age=300`.")})
    @APIResponse(responseCode = "304", description = "Your copy (If-None-Match) is current.")
    @APIResponse(responseCode = "404", description = "No such policy.")
    public RestResponse<PolicyView> get(
            @Parameter(description = "Policy id.", example = "mofcom-gac-2025-57")
            @PathParam("id") @Pattern(regexp = "[a-z0-9-]{1,64}") String id,
            @Parameter(description = "The day to answer for; today (UTC) if absent.", example = "2026-06-01")
            @QueryParam("asOf") LocalDate asOf,
            @Parameter(description = IF_NONE_MATCH) @HeaderParam("If-None-Match") String ifNoneMatch) {
        return representations.cacheable(policies.get(id, asOf), ifNoneMatch, Map.of());
    }
}
