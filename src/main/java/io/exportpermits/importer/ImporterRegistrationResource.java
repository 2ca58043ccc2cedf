package io.exportpermits.importer;

import io.exportpermits.common.security.StrictRateLimit;
import io.exportpermits.importer.api.CreateImporterRequest;
import io.exportpermits.importer.api.ImporterRegistration;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/importer-registrations")
@Tag(name = "Importers")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class ImporterRegistrationResource {
    private final ImporterService importers;

    ImporterRegistrationResource(ImporterService importers) {
        this.importers = importers;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @StrictRateLimit
    @Operation(operationId = "registerImporter", summary = "Register your importer organisation (no key needed)",
            description = "For a buyer with no key yet. The organisation is PENDING until an authority verifies it; "
                    + "the answer carries its first key, shown once. Until verification that key reads only the "
                    + "importer (`GET /api/v1/importers/{id}`) and its own keys; anything else is 403 "
                    + "`importer-not-verified`. Strictly rate limited per client address.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ImporterRegistration.class)),
            description = "Registered, pending verification.",
            headers = @Header(name = "Location", description = "Address of the new importer."))
    @APIResponse(responseCode = "409", description = "Another importer (pending or verified) holds the LEI or identifier.")
    public RestResponse<ImporterRegistration> register(@NotNull @Valid CreateImporterRequest request) {
        ImporterRegistration registration = importers.register(request);
        // The answer holds a secret: nothing between here and the client should keep a copy.
        return RestResponse.ResponseBuilder.<ImporterRegistration>created(
                        URI.create("/api/v1/importers/" + registration.importer().id()))
                .entity(registration).header("Cache-Control", "no-store").build();
    }
}
