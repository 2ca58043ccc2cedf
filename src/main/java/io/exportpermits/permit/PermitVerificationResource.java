package io.exportpermits.permit;

import io.exportpermits.common.security.StrictRateLimit;
import io.exportpermits.permit.api.PermitVerification;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/permit-verifications")
@Tag(name = "Permits")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class PermitVerificationResource {
    private final PermitStatusService statuses;

    PermitVerificationResource(PermitStatusService statuses) {
        this.statuses = statuses;
    }

    @GET
    @StrictRateLimit
    @Operation(operationId = "verifyPermit", summary = "Check a permit by number and check code (no key needed)",
            description = "For customs, carriers and buyers who hold a copy of the licence: answers only whether it "
                    + "may be shipped against today, and if not, why. An unknown number and a wrong check code give "
                    + "the same answer. Strictly rate limited per client address (see RateLimit headers).")
    @APIResponse(responseCode = "200", description = "The verdict.")
    public RestResponse<PermitVerification> verify(
            @Parameter(description = "Permit number.", example = "EP-2026-000042", required = true)
            @QueryParam("number") @NotNull @Size(max = 20) String number,
            @Parameter(description = "The check code printed on the licence.", example = "k7qz3m9xwa", required = true)
            @QueryParam("checkCode") @NotNull @Size(max = 16) String checkCode) {
        return RestResponse.ResponseBuilder.ok(statuses.verify(number, checkCode))
                .header("Cache-Control", "no-store").build();
    }
}
