package io.exportpermits.party;

import io.exportpermits.common.http.ChangeResponses;
import io.exportpermits.common.http.Idempotent;
import io.exportpermits.common.http.Responses;
import io.exportpermits.common.paging.Page;
import io.exportpermits.common.paging.PageRequest;
import io.exportpermits.common.paging.PageResponses;
import io.exportpermits.common.security.Caller;
import io.exportpermits.common.security.Role;
import io.exportpermits.common.validation.CountryCode;
import io.exportpermits.party.api.CreatePartyRequest;
import io.exportpermits.party.api.ImporterLinkView;
import io.exportpermits.party.api.LinkImporterRequest;
import io.exportpermits.party.api.PartyHistoryEntryView;
import io.exportpermits.party.api.PartyView;
import io.exportpermits.party.api.UpdatePartyRequest;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/parties")
@Tag(name = "Parties")
@SecurityRequirement(name = "apiKey")
@Produces(MediaType.APPLICATION_JSON)
public class PartyResource {
    private final PartyService parties;
    private final PartyLinks links;
    private final SecurityIdentity identity;

    PartyResource(PartyService parties, PartyLinks links, SecurityIdentity identity) {
        this.parties = parties;
        this.links = links;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.AUTHORITY_NAME, Role.EXPORTER_NAME})
    @Idempotent
    @Operation(operationId = "addParty", summary = "Add a consignee or end user",
            description = "AUTHORITY, or an EXPORTER naming a new consignee; a party an exporter adds is visible to "
                    + "that exporter and to authorities.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = PartyView.class)),
            description = "Added.", headers = {
            @Header(name = "Location", description = "Address of the new party."),
            @Header(name = "ETag", description = "Version of the party.")})
    public RestResponse<PartyView> add(@NotNull @Valid CreatePartyRequest request) {
        var added = parties.add(request, Caller.of(identity));
        return Responses.created(URI.create("/api/v1/parties/" + added.body().id()), added);
    }

    @GET
    @RolesAllowed({Role.AUTHORITY_NAME, Role.EXPORTER_NAME, Role.IMPORTER_NAME})
    @Operation(operationId = "listParties", summary = "List parties",
            description = "AUTHORITY sees all; an EXPORTER the parties it added; an IMPORTER its own party, or for "
                    + "an importer organisation every party linked to it, from every exporter.")
    @APIResponse(responseCode = "200", description = "A page of parties.")
    public RestResponse<Page<PartyView>> list(
            @Parameter(description = "ISO 3166-1 alpha-2 country code.", example = "US")
            @QueryParam("country") @CountryCode String country,
            @Parameter(description = "Only parties linked to this importer organisation.",
                    example = "3c9e7a51-2f4b-4d8e-9a6c-1b2d3e4f5a6b")
            @QueryParam("importerId") UUID importerId,
            @Valid @BeanParam PageRequest page, UriInfo uri) {
        return PageResponses.ok(parties.list(country, importerId, page, Caller.of(identity)), uri);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.AUTHORITY_NAME, Role.EXPORTER_NAME, Role.IMPORTER_NAME})
    @Operation(operationId = "getParty", summary = "Get a party",
            description = "A consignee or end user. Authorities see every party, an exporter the parties it added, "
                    + "an importer its own or those linked to it. Send the ETag as If-None-Match to be answered 304 while it is current.")
    @APIResponse(responseCode = "200", description = "The party.",
            headers = @Header(name = "ETag", description = "Version of the party."))
    @APIResponse(responseCode = "304", description = "Your copy (If-None-Match) is current.")
    @APIResponse(responseCode = "404", description = "No such party, or not visible to you.")
    public RestResponse<PartyView> get(@PathParam("id") UUID id,
                                       @Parameter(description = ChangeResponses.IF_NONE_MATCH,
                                               example = "\"0\"")
                                       @HeaderParam("If-None-Match") String ifNoneMatch) {
        return Responses.okUnlessNotModified(parties.get(id, Caller.of(identity)), ifNoneMatch);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.AUTHORITY_NAME)
    @Operation(operationId = "updateParty", summary = "Correct a party", description = "AUTHORITY only.")
    @APIResponse(responseCode = "200", description = "The corrected party.",
            headers = @Header(name = "ETag", description = "New version of the party."))
    @APIResponse(responseCode = "404", description = "No such party.")
    @APIResponse(responseCode = "409", description = "Changed by another request at the same moment.")
    @APIResponse(responseCode = "412", description = "If-Match names an earlier version.")
    public RestResponse<PartyView> update(@PathParam("id") UUID id,
                                          @Parameter(description = "ETag of the version you read.", example = "\"0\"")
                                          @HeaderParam("If-Match") String ifMatch,
                                          @NotNull @Valid UpdatePartyRequest request) {
        return Responses.ok(parties.update(id, request, ifMatch, Caller.of(identity)));
    }

    @POST
    @Path("/{id}/importer-link")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.AUTHORITY_NAME, Role.EXPORTER_NAME})
    @Idempotent
    @Operation(operationId = "linkPartyToImporter", summary = "Say which importer organisation a party is",
            description = "The exporter that added the party (\"the consignee I named is this importer\") or an "
                    + "AUTHORITY. The importer's keys then see every permit naming the party: status, batch status, "
                    + "the permit without its check code, events and webhooks. A party carrying a verified "
                    + "importer's LEI is linked without asking. Kept in the party's history.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ImporterLinkView.class)),
            description = "Linked.", headers = @Header(name = "Location", description = "Address of the link."))
    @APIResponse(responseCode = "404", description = "No such party, or not one you added.")
    @APIResponse(responseCode = "409", description = "The party is already linked, or the importer is not verified.")
    public RestResponse<ImporterLinkView> link(@PathParam("id") UUID id, @NotNull @Valid LinkImporterRequest request) {
        ImporterLinkView link = links.link(id, request.importerId(), Caller.of(identity));
        return RestResponse.ResponseBuilder.<ImporterLinkView>created(
                URI.create("/api/v1/parties/" + id + "/importer-link")).entity(link).build();
    }

    @GET
    @Path("/{id}/importer-link")
    @RolesAllowed({Role.AUTHORITY_NAME, Role.EXPORTER_NAME, Role.IMPORTER_NAME})
    @Operation(operationId = "getPartyImporterLink", summary = "The importer organisation a party is",
            description = "For a party you can see.")
    @APIResponse(responseCode = "200", description = "The link.")
    @APIResponse(responseCode = "404", description = "No such party, not visible to you, or linked to no importer.")
    public ImporterLinkView getLink(@PathParam("id") UUID id) {
        return links.get(id, Caller.of(identity));
    }

    @DELETE
    @Path("/{id}/importer-link")
    @RolesAllowed({Role.AUTHORITY_NAME, Role.EXPORTER_NAME, Role.IMPORTER_NAME})
    @Operation(operationId = "unlinkPartyFromImporter", summary = "Remove a party's link to an importer",
            description = "An AUTHORITY, the exporter that added the party, or the importer organisation named (\"that "
                    + "is not us\"). The importer's keys stop seeing the party's permits within a second. Kept in "
                    + "the party's history.")
    @APIResponse(responseCode = "204", description = "Removed.")
    @APIResponse(responseCode = "404", description = "No such party, not visible to you, or linked to no importer.")
    public void unlink(@PathParam("id") UUID id) {
        links.unlink(id, Caller.of(identity));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Role.AUTHORITY_NAME, Role.EXPORTER_NAME, Role.IMPORTER_NAME})
    @Operation(operationId = "getPartyHistory", summary = "A party's links to importers, made and removed",
            description = "Oldest first. For a party you can see.")
    @APIResponse(responseCode = "200", description = "A page of history entries.")
    @APIResponse(responseCode = "404", description = "No such party, or not visible to you.")
    public RestResponse<Page<PartyHistoryEntryView>> history(@PathParam("id") UUID id,
                                                             @Valid @BeanParam PageRequest page, UriInfo uri) {
        return PageResponses.ok(links.history(id, page, Caller.of(identity)), uri);
    }
}
