package io.exportpermits.policy;

import io.exportpermits.common.http.ChangeResponses;
import io.exportpermits.common.http.Representations;
import io.exportpermits.common.http.Responses;
import io.exportpermits.common.security.Caller;
import io.exportpermits.common.security.Role;
import io.exportpermits.policy.api.ControlEntryRequest;
import io.exportpermits.policy.api.RevisionView;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
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
    private static final String CODE = "[0-9][A-E][0-9]{3}(\\.[a-z0-9]+)*";

    private final PolicyService policies;
    private final ControlEntryChanges changes;
    private final Representations representations;
    private final SecurityIdentity identity;

    ControlListResource(PolicyService policies, ControlEntryChanges changes, Representations representations,
                        SecurityIdentity identity) {
        this.policies = policies;
        this.changes = changes;
        this.representations = representations;
        this.identity = identity;
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
                                                     @Parameter(description = ChangeResponses.IF_NONE_MATCH)
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
            @Parameter(description = ChangeResponses.IF_NONE_MATCH) @HeaderParam("If-None-Match") String ifNoneMatch) {
        return representations.cacheable(policies.controlEntry(code), ifNoneMatch, Map.of());
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.AUTHORITY_NAME)
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "saveControlEntry", summary = "Add or correct a control-list entry",
            description = "AUTHORITY only. Without If-Match, creates the entry (201); to correct an existing one, send "
                    + "If-Match with the ETag you read (428 without, 412 when stale). The earlier text is kept as a revision.")
    @APIResponse(responseCode = "200", description = "Corrected.", headers = @Header(name = "ETag", description = "The new tag."))
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ControlEntryView.class)),
            description = "Created.", headers = {
            @Header(name = "Location", description = "Address of the entry."),
            @Header(name = "ETag", description = "Send it as If-Match to correct the entry.")})
    @APIResponse(responseCode = "409", description = "Changed by another request at the same moment.")
    @APIResponse(responseCode = "412", description = "The entry changed since you read it, or does not exist yet.")
    @APIResponse(responseCode = "428", description = "The entry exists and If-Match is missing.")
    public RestResponse<ControlEntryView> save(
            @Parameter(description = "Export-control code.", example = "1C904") @PathParam("code") @Pattern(regexp = CODE)
            String code,
            @Parameter(description = "ETag of the entry as you read it; omit to create.") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ControlEntryRequest request) {
        var saved = changes.save(code, request, ifMatch, Caller.of(identity));
        return saved.created() ? Responses.created(URI.create("/api/v1/control-list/" + code), saved.entry())
                : Responses.ok(saved.entry());
    }

    @GET
    @Path("/{code}/revisions")
    @Operation(operationId = "listControlEntryRevisions", summary = "A control entry's revisions, newest first",
            description = "Public. Who changed the entry, when, why, and the text it replaced.")
    @APIResponse(responseCode = "200", description = "A page of revisions.")
    @APIResponse(responseCode = "404", description = "No such entry.")
    public RestResponse<Page<RevisionView>> revisions(@PathParam("code") @Size(max = 32) String code,
                                                      @Valid @BeanParam PageRequest page, UriInfo uri) {
        return PageResponses.ok(changes.revisions(code, page), uri);
    }
}
