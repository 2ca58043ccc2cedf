package io.exportpermits.importer;

import io.exportpermits.common.http.ChangeResponses;
import io.exportpermits.common.http.Idempotent;
import io.exportpermits.common.http.Responses;
import io.exportpermits.common.paging.Page;
import io.exportpermits.common.paging.PageRequest;
import io.exportpermits.common.paging.PageResponses;
import io.exportpermits.common.security.Caller;
import io.exportpermits.common.security.OpenToUnverifiedImporters;
import io.exportpermits.common.security.Role;
import io.exportpermits.importer.api.CreateImporterRequest;
import io.exportpermits.importer.api.ImporterView;
import io.exportpermits.importer.api.RejectImporterRequest;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/importers")
@Tag(name = "Importers")
@SecurityRequirement(name = "apiKey")
@Produces(MediaType.APPLICATION_JSON)
public class ImporterResource {
    private static final String IF_MATCH = "ETag of the version you read; optional.";

    private final ImporterService importers;
    private final SecurityIdentity identity;

    ImporterResource(ImporterService importers, SecurityIdentity identity) {
        this.importers = importers;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.AUTHORITY_NAME)
    @Idempotent
    @Operation(operationId = "createImporter", summary = "Register an importer organisation (verified)",
            description = "AUTHORITY only; the importer is VERIFIED at once, and parties carrying its LEI are linked "
                    + "to it. Then create its keys with `POST /api/v1/api-keys` (`role` IMPORTER, `importerId`). One "
                    + "importer per LEI and per country and identifier.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ImporterView.class)),
            description = "Registered.", headers = {
            @Header(name = "Location", description = "Address of the new importer."),
            @Header(name = "ETag", description = "Version of the importer.")})
    @APIResponse(responseCode = "409", description = "Another importer (pending or verified) holds the LEI or identifier.")
    public RestResponse<ImporterView> create(@NotNull @Valid CreateImporterRequest request) {
        var created = importers.create(request, Caller.of(identity));
        return Responses.created(URI.create("/api/v1/importers/" + created.body().id()), created);
    }

    @GET
    @RolesAllowed({Role.AUTHORITY_NAME, Role.IMPORTER_NAME})
    @OpenToUnverifiedImporters
    @Operation(operationId = "listImporters", summary = "List importer organisations",
            description = "AUTHORITY sees every importer (filter `status=PENDING` for registrations to verify); an "
                    + "importer organisation's key sees its own. Creation order.")
    @APIResponse(responseCode = "200", description = "A page of importers.")
    public RestResponse<Page<ImporterView>> list(
            @Parameter(description = "Only importers in this status.", example = "PENDING")
            @QueryParam("status") ImporterStatus status,
            @Parameter(description = "Only the importer with this LEI.", example = "984500E0XAMPLE0M4G35")
            @QueryParam("lei") @Size(max = 20) String lei,
            @Valid @BeanParam PageRequest page, UriInfo uri) {
        return PageResponses.ok(importers.list(status, lei, page, Caller.of(identity)), uri);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.AUTHORITY_NAME, Role.IMPORTER_NAME})
    @OpenToUnverifiedImporters
    @Operation(operationId = "getImporter", summary = "Get an importer organisation",
            description = "An importer's key gets only its own organisation (PENDING ones too, to see when they are "
                    + "verified); any other id answers 404.")
    @APIResponse(responseCode = "200", description = "The importer.",
            headers = @Header(name = "ETag", description = "Version of the importer."))
    @APIResponse(responseCode = "304", description = "Your copy (If-None-Match) is current.")
    @APIResponse(responseCode = "404", description = "No such importer, or not yours.")
    public RestResponse<ImporterView> get(@PathParam("id") UUID id,
                                          @Parameter(description = ChangeResponses.IF_NONE_MATCH, example = "\"1\"")
                                          @HeaderParam("If-None-Match") String ifNoneMatch) {
        return Responses.okUnlessNotModified(importers.get(id, Caller.of(identity)), ifNoneMatch);
    }

    @POST
    @Path("/{id}/verify")
    @RolesAllowed(Role.AUTHORITY_NAME)
    @Operation(operationId = "verifyImporter", summary = "Verify a self-registered importer",
            description = "AUTHORITY only, after checking the organisation is who it says it is. Its keys then see "
                    + "the permits naming its linked parties, and parties carrying its LEI are linked to it. "
                    + "Verifying a verified importer changes nothing.")
    @APIResponse(responseCode = "200", description = "The verified importer.",
            headers = @Header(name = "ETag", description = "New version of the importer."))
    @APIResponse(responseCode = "404", description = "No such importer.")
    @APIResponse(responseCode = "409", description = "The registration was rejected.")
    @APIResponse(responseCode = "412", description = "If-Match names an earlier version.")
    public RestResponse<ImporterView> verify(@PathParam("id") UUID id,
                                             @Parameter(description = IF_MATCH, example = "\"0\"")
                                             @HeaderParam("If-Match") String ifMatch) {
        return Responses.ok(importers.verify(id, ifMatch, Caller.of(identity)));
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.AUTHORITY_NAME)
    @Operation(operationId = "rejectImporter", summary = "Reject a self-registration",
            description = "AUTHORITY only, for a PENDING importer. Its keys keep seeing nothing, and its LEI and "
                    + "identifier are free for the real organisation to register.")
    @APIResponse(responseCode = "200", description = "The rejected importer.",
            headers = @Header(name = "ETag", description = "New version of the importer."))
    @APIResponse(responseCode = "404", description = "No such importer.")
    @APIResponse(responseCode = "409", description = "The importer is not PENDING.")
    @APIResponse(responseCode = "412", description = "If-Match names an earlier version.")
    public RestResponse<ImporterView> reject(@PathParam("id") UUID id,
                                             @Parameter(description = IF_MATCH, example = "\"0\"")
                                             @HeaderParam("If-Match") String ifMatch,
                                             @NotNull @Valid RejectImporterRequest request) {
        return Responses.ok(importers.reject(id, request.reason(), ifMatch, Caller.of(identity)));
    }
}
