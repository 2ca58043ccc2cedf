package io.exportpermits.policy;

import io.exportpermits.policy.api.Determination;
import io.exportpermits.policy.api.DeterminationRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/licence-determinations")
@Tag(name = "Determinations")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeterminationResource {
    private final DeterminationService determinations;

    DeterminationResource(DeterminationService determinations) {
        this.determinations = determinations;
    }

    @POST
    @Operation(operationId = "determineLicenceRequirement", summary = "Does this shipment need a licence?",
            description = "Public. For each item, in request order: LICENCE_REQUIRED, NOT_REQUIRED, PROHIBITED or "
                    + "NO_MATCHING_ENTRY (nothing here covers it, which is not the same as uncontrolled), with the "
                    + "matching control entries, every policy measure that covers it and whether it applies that day, "
                    + "the licence types available, and a chain of reasons citing the announcements. Nothing is stored.")
    @APIResponse(responseCode = "200", description = "The determination.")
    public Determination determine(@NotNull @Valid DeterminationRequest request) {
        return determinations.determine(request);
    }
}
