package io.exportpermits.listing;

import io.exportpermits.common.http.ChangeResponses;
import io.exportpermits.common.http.Idempotent;
import io.exportpermits.common.http.Representations;
import io.exportpermits.common.http.Responses;
import io.exportpermits.common.security.Caller;
import io.exportpermits.common.security.Role;
import io.exportpermits.listing.api.LiftRequest;
import io.exportpermits.listing.api.ListedPartyRequest;
import io.exportpermits.listing.api.ListingSuspensionRequest;
import io.exportpermits.policy.api.RevisionView;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import io.exportpermits.common.paging.Page;
import io.exportpermits.common.paging.PageRequest;
import io.exportpermits.common.paging.PageResponses;
import io.exportpermits.listing.api.ListedPartyView;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/listed-parties")
@Tag(name = "Listed parties")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class ListedPartyResource {

    private static final String IF_MATCH = "ETag of the listing as you last read it (today's representation). Required.";


    private final ListedPartyService parties;
    private final ListingChanges changes;
    private final Representations representations;
    private final SecurityIdentity identity;

    ListedPartyResource(ListedPartyService parties, ListingChanges changes, Representations representations,
                        SecurityIdentity identity) {
        this.parties = parties;
        this.changes = changes;
        this.representations = representations;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listListedParties", summary = "Parties on MOFCOM's control list and watch list",
            description = "Public. Every listing this service carries, newest first, with its standing on `asOf`: "
                    + "NOT_YET_LISTED, LISTED, SUSPENDED (by which decision, until when) or LIFTED, since when, and "
                    + "whether a source confirms it (CONFIRMED) or only a schedule does (SCHEDULED). Each listing names "
                    + "its announcement, MOFCOM's page of it and the day its facts were last verified. To find whether "
                    + "a name is listed, screen it: `POST /api/v1/party-screenings` matches variants of names.")
    @APIResponse(responseCode = "200", description = "A page of listings.", headers = {
            @Header(name = "ETag", description = "Tag of this representation."),
            @Header(name = "Cache-Control", description = "`public, max-age=300`.")})
    @APIResponse(responseCode = "304", description = "Your copy (If-None-Match) is current.")
    public RestResponse<Page<ListedPartyView>> list(@Valid @BeanParam ListedPartySearch search,
                                                    @Valid @BeanParam PageRequest page,
                                                    @Parameter(description = ChangeResponses.IF_NONE_MATCH) @HeaderParam("If-None-Match")
                                                    String ifNoneMatch, UriInfo uri) {
        Page<ListedPartyView> result = parties.search(search, page);
        return representations.cacheable(result, ifNoneMatch, PageResponses.linkHeader(result, uri));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getListedParty", summary = "One listing as it stood on a day", description = "Public.")
    @APIResponse(responseCode = "200", description = "The listing.", headers = {
            @Header(name = "ETag", description = "Tag of this representation."),
            @Header(name = "Cache-Control", description = "`public, max-age=300`.")})
    @APIResponse(responseCode = "304", description = "Your copy (If-None-Match) is current.")
    @APIResponse(responseCode = "404", description = "No such listing.")
    public RestResponse<ListedPartyView> get(
            @Parameter(description = "Listing id.", example = "38de0271-0ff5-2030-1245-752db511419d")
            @PathParam("id") UUID id,
            @Parameter(description = "The day to answer for; today (UTC) if absent.", example = "2026-12-05")
            @QueryParam("asOf") LocalDate asOf,
            @Parameter(description = ChangeResponses.IF_NONE_MATCH) @HeaderParam("If-None-Match") String ifNoneMatch) {
        return representations.cacheable(parties.get(id, asOf), ifNoneMatch, Map.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.AUTHORITY_NAME)
    @SecurityRequirement(name = "apiKey")
    @Idempotent
    @Operation(operationId = "addListedParty", summary = "Record a listing",
            description = "AUTHORITY only. The id derives from the list and the English name, as for the seeded "
                    + "listings. The first revision records who added it and why; a `listed_party.added` event follows.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ListedPartyView.class)),
            description = "Recorded.", headers = {
            @Header(name = "Location", description = "Address of the listing."),
            @Header(name = "ETag", description = "Send it as If-Match to change the listing.")})
    @APIResponse(responseCode = "409", description = "That name is already on that list.")
    public RestResponse<ListedPartyView> add(@NotNull @Valid ListedPartyRequest request) {
        var added = changes.add(request, Caller.of(identity));
        return Responses.created(URI.create("/api/v1/listed-parties/" + added.body().id()), added);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.AUTHORITY_NAME)
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "correctListedParty", summary = "Correct a listing",
            description = "AUTHORITY only. Replaces names, address, announcement and sources; the list cannot change "
                    + "(lift the listing and add one on the other list). The earlier text is kept as a revision. "
                    + "Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The corrected listing.",
            headers = @Header(name = "ETag", description = "The new tag."))
    @ChangeResponses
    public RestResponse<ListedPartyView> correct(@PathParam("id") UUID id,
                                                 @Parameter(description = IF_MATCH, required = true)
                                                 @HeaderParam("If-Match") String ifMatch,
                                                 @NotNull @Valid ListedPartyRequest request) {
        return Responses.ok(changes.correct(id, request, ifMatch, Caller.of(identity)));
    }

    @POST
    @Path("/{id}/suspensions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.AUTHORITY_NAME)
    @SecurityRequirement(name = "apiKey")
    @Idempotent
    @Operation(operationId = "suspendListedParty", summary = "Record a suspension of the measures on a listed party",
            description = "AUTHORITY only. Open-ended when `until` is absent. From the day after `until` the listing "
                    + "applies again by itself, marked SCHEDULED until an authority records that a source confirms "
                    + "the end. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The listing with its new suspension.",
            headers = @Header(name = "ETag", description = "The new tag."))
    @ChangeResponses
    public RestResponse<ListedPartyView> suspend(@PathParam("id") UUID id,
                                                 @Parameter(description = IF_MATCH, required = true)
                                                 @HeaderParam("If-Match") String ifMatch,
                                                 @NotNull @Valid ListingSuspensionRequest request) {
        return Responses.ok(changes.suspend(id, request, ifMatch, Caller.of(identity)));
    }

    @POST
    @Path("/{id}/lift")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.AUTHORITY_NAME)
    @SecurityRequirement(name = "apiKey")
    @Idempotent
    @Operation(operationId = "liftListedParty", summary = "Lift a listing",
            description = "AUTHORITY only. From `liftedOn` the party is LIFTED; earlier days are unchanged. "
                    + "Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The lifted listing.",
            headers = @Header(name = "ETag", description = "The new tag."))
    @ChangeResponses
    public RestResponse<ListedPartyView> lift(@PathParam("id") UUID id,
                                              @Parameter(description = IF_MATCH, required = true)
                                              @HeaderParam("If-Match") String ifMatch,
                                              @NotNull @Valid LiftRequest request) {
        return Responses.ok(changes.lift(id, request, ifMatch, Caller.of(identity)));
    }

    @GET
    @Path("/{id}/revisions")
    @Operation(operationId = "listListedPartyRevisions", summary = "A listing's revisions, newest first",
            description = "Public. Every change an authority made through the API, with who made it, when, why and "
                    + "the text it replaced. Seeded listings have none until changed.")
    @APIResponse(responseCode = "200", description = "A page of revisions.")
    @APIResponse(responseCode = "404", description = "No such listing.")
    public RestResponse<Page<RevisionView>> revisions(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page,
                                                      UriInfo uri) {
        return PageResponses.ok(changes.revisions(id, page), uri);
    }
}
