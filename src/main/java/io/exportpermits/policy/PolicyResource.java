package io.exportpermits.policy;

import io.exportpermits.common.http.ChangeResponses;
import io.exportpermits.common.http.Idempotent;
import io.exportpermits.common.http.Representations;
import io.exportpermits.common.http.Responses;
import io.exportpermits.common.security.Caller;
import io.exportpermits.common.security.Role;
import io.exportpermits.policy.api.PolicyRequest;
import io.exportpermits.policy.api.RepealRequest;
import io.exportpermits.policy.api.RevisionView;
import io.exportpermits.policy.api.SuspensionRequest;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
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
    private static final String POLICY_ID = "[a-z0-9-]{1,64}";

    private static final String IF_MATCH = "ETag of the policy as you last read it (today's representation). Required.";


    private final PolicyService policies;
    private final PolicyChanges changes;
    private final Representations representations;
    private final SecurityIdentity identity;

    PolicyResource(PolicyService policies, PolicyChanges changes, Representations representations,
                   SecurityIdentity identity) {
        this.policies = policies;
        this.changes = changes;
        this.representations = representations;
        this.identity = identity;
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
                                               @Parameter(description = ChangeResponses.IF_NONE_MATCH) @HeaderParam("If-None-Match")
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
            @PathParam("id") @Pattern(regexp = POLICY_ID) String id,
            @Parameter(description = "The day to answer for; today (UTC) if absent.", example = "2026-06-01")
            @QueryParam("asOf") LocalDate asOf,
            @Parameter(description = ChangeResponses.IF_NONE_MATCH) @HeaderParam("If-None-Match") String ifNoneMatch) {
        return representations.cacheable(policies.get(id, asOf), ifNoneMatch, Map.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.AUTHORITY_NAME)
    @SecurityRequirement(name = "apiKey")
    @Idempotent
    @Operation(operationId = "publishPolicy", summary = "Publish a policy",
            description = "AUTHORITY only. The id is derived from the authorities, year and number "
                    + "(`mofcom-gac-2025-18`). The first revision records who published it and why.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = PolicyView.class)),
            description = "Published.", headers = {
            @Header(name = "Location", description = "Address of the policy."),
            @Header(name = "ETag", description = "Send it as If-Match to change the policy.")})
    @APIResponse(responseCode = "409", description = "A policy with that authority, year and number exists.")
    public RestResponse<PolicyView> publish(@NotNull @Valid PolicyRequest request) {
        var published = changes.publish(request, Caller.of(identity));
        return Responses.created(URI.create("/api/v1/policies/" + published.body().id()), published);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.AUTHORITY_NAME)
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "amendPolicy", summary = "Amend or correct a policy",
            description = "AUTHORITY only. Replaces the text and measures; the earlier text is kept as a revision "
                    + "with who changed it, when and why. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The amended policy.",
            headers = @Header(name = "ETag", description = "The new tag."))
    @ChangeResponses
    public RestResponse<PolicyView> amend(@PathParam("id") @Pattern(regexp = POLICY_ID) String id,
                                          @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
                                          @NotNull @Valid PolicyRequest request) {
        return Responses.ok(changes.amend(id, request, ifMatch, Caller.of(identity)));
    }

    @POST
    @Path("/{id}/suspensions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.AUTHORITY_NAME)
    @SecurityRequirement(name = "apiKey")
    @Idempotent
    @Operation(operationId = "suspendPolicy", summary = "Record a suspension of a policy or one clause",
            description = "AUTHORITY only. The suspension is declared by another policy (the announcement that "
                    + "suspends). From the day after it ends the policy is in force again by itself. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The policy with its new suspension.",
            headers = @Header(name = "ETag", description = "The new tag."))
    @ChangeResponses
    public RestResponse<PolicyView> suspend(@PathParam("id") @Pattern(regexp = POLICY_ID) String id,
                                            @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
                                            @NotNull @Valid SuspensionRequest request) {
        return Responses.ok(changes.suspend(id, request, ifMatch, Caller.of(identity)));
    }

    @POST
    @Path("/{id}/repeal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.AUTHORITY_NAME)
    @SecurityRequirement(name = "apiKey")
    @Idempotent
    @Operation(operationId = "repealPolicy", summary = "Repeal a policy",
            description = "AUTHORITY only. From `repealedOn` the policy is REPEALED; earlier days are unchanged. "
                    + "Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The repealed policy.",
            headers = @Header(name = "ETag", description = "The new tag."))
    @ChangeResponses
    public RestResponse<PolicyView> repeal(@PathParam("id") @Pattern(regexp = POLICY_ID) String id,
                                           @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
                                           @NotNull @Valid RepealRequest request) {
        return Responses.ok(changes.repeal(id, request, ifMatch, Caller.of(identity)));
    }

    @GET
    @Path("/{id}/revisions")
    @Operation(operationId = "listPolicyRevisions", summary = "A policy's revisions, newest first",
            description = "Public. Every change since the policy was published here, with who made it, when, why and "
                    + "the text it replaced. Policies seeded from the verified record have none until changed.")
    @APIResponse(responseCode = "200", description = "A page of revisions.")
    @APIResponse(responseCode = "404", description = "No such policy.")
    public RestResponse<Page<RevisionView>> revisions(@PathParam("id") @Pattern(regexp = POLICY_ID) String id,
                                                      @Valid @BeanParam PageRequest page, UriInfo uri) {
        return PageResponses.ok(changes.revisions(id, page), uri);
    }
}
