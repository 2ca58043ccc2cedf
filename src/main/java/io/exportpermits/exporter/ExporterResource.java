package io.exportpermits.exporter;

import io.exportpermits.common.http.ChangeResponses;
import io.exportpermits.common.http.Idempotent;
import io.exportpermits.common.http.Responses;
import io.exportpermits.common.paging.Page;
import io.exportpermits.common.paging.PageRequest;
import io.exportpermits.common.paging.PageResponses;
import io.exportpermits.common.security.Caller;
import io.exportpermits.common.security.Role;
import io.exportpermits.exporter.api.CreateExporterRequest;
import io.exportpermits.exporter.api.ExporterView;
import io.exportpermits.exporter.api.UpdateExporterRequest;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

@Path("/api/v1/exporters")
@Tag(name = "Exporters")
@SecurityRequirement(name = "apiKey")
@Produces(MediaType.APPLICATION_JSON)
public class ExporterResource {
    private final ExporterService exporters;
    private final SecurityIdentity identity;

    ExporterResource(ExporterService exporters, SecurityIdentity identity) {
        this.exporters = exporters;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.AUTHORITY_NAME)
    @Idempotent
    @Operation(operationId = "registerExporter", summary = "Register an exporter",
            description = "AUTHORITY only. The national identifier is normalised and, for China, checked as a unified "
                    + "social credit code. One exporter per country and identifier.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ExporterView.class)),
            description = "Registered.", headers = {
            @Header(name = "Location", description = "Address of the new exporter."),
            @Header(name = "ETag", description = "Version of the exporter, for If-Match.")})
    @APIResponse(responseCode = "409", description = "An exporter with that country and identifier exists.")
    public RestResponse<ExporterView> register(@NotNull @Valid CreateExporterRequest request) {
        var created = exporters.register(request);
        return Responses.created(URI.create("/api/v1/exporters/" + created.body().id()), created);
    }

    @GET
    @RolesAllowed({Role.AUTHORITY_NAME, Role.EXPORTER_NAME})
    @Operation(operationId = "listExporters", summary = "Search exporters",
            description = "AUTHORITY sees every exporter; an EXPORTER key sees only its own. Creation order.")
    @APIResponse(responseCode = "200", description = "A page of exporters.")
    public RestResponse<Page<ExporterView>> list(@Valid @BeanParam ExporterSearch search,
                                                 @Valid @BeanParam PageRequest page, UriInfo uri) {
        return PageResponses.ok(exporters.search(search, page, Caller.of(identity)), uri);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.AUTHORITY_NAME, Role.EXPORTER_NAME})
    @Operation(operationId = "getExporter", summary = "Get an exporter",
            description = "An EXPORTER key gets only its own exporter; any other id answers 404.")
    @APIResponse(responseCode = "200", description = "The exporter.",
            headers = @Header(name = "ETag", description = "Version of the exporter, for If-Match."))
    @APIResponse(responseCode = "304", description = "Your copy (If-None-Match) is current.")
    @APIResponse(responseCode = "404", description = "No such exporter, or not yours.")
    public RestResponse<ExporterView> get(@PathParam("id") UUID id,
                                          @Parameter(description = ChangeResponses.IF_NONE_MATCH,
                                                  example = "\"3\"")
                                          @HeaderParam("If-None-Match") String ifNoneMatch) {
        return Responses.okUnlessNotModified(exporters.get(id, Caller.of(identity)), ifNoneMatch);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.AUTHORITY_NAME, Role.EXPORTER_NAME})
    @Operation(operationId = "updateExporter", summary = "Change an exporter",
            description = "Only the fields present change. An EXPORTER key may change its own address and contact; "
                    + "names, status and general-licence eligibility are for an AUTHORITY. Send If-Match with the "
                    + "ETag you read to make sure you do not overwrite a change you have not seen.")
    @APIResponse(responseCode = "200", description = "The changed exporter.",
            headers = @Header(name = "ETag", description = "New version of the exporter."))
    @APIResponse(responseCode = "404", description = "No such exporter, or not yours.")
    @APIResponse(responseCode = "409", description = "Changed by another request at the same moment.")
    @APIResponse(responseCode = "412", description = "If-Match names an earlier version.")
    public RestResponse<ExporterView> update(@PathParam("id") UUID id,
                                             @Parameter(description = "ETag of the version you read.", example = "\"3\"")
                                             @HeaderParam("If-Match") String ifMatch,
                                             @NotNull @Valid UpdateExporterRequest request) {
        return Responses.ok(exporters.update(id, request, ifMatch, Caller.of(identity)));
    }
}
