package io.exportpermits.permit;

import io.exportpermits.common.http.PollInterval;
import io.exportpermits.common.security.Caller;
import io.exportpermits.common.security.RateLimiter;
import io.exportpermits.common.security.Role;
import io.exportpermits.permit.api.PermitStatusAnswers;
import io.exportpermits.permit.api.PermitStatusQuery;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/permit-status-queries")
@Tag(name = "Permits")
@SecurityRequirement(name = "apiKey")
@Produces(MediaType.APPLICATION_JSON)
public class PermitStatusQueryResource {
    private final PermitStatusService statuses;
    private final RateLimiter limiter;
    private final PollInterval pollInterval;
    private final SecurityIdentity identity;

    PermitStatusQueryResource(PermitStatusService statuses, RateLimiter limiter, PollInterval pollInterval,
                              SecurityIdentity identity) {
        this.statuses = statuses;
        this.limiter = limiter;
        this.pollInterval = pollInterval;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.AUTHORITY_NAME, Role.EXPORTER_NAME, Role.IMPORTER_NAME})
    @Operation(operationId = "queryPermitStatuses", summary = "Poll many permits' statuses at once",
            description = "Up to 1,000 permit numbers, each with the ETag you hold: one answer each, in order. "
                    + "NOT_MODIFIED carries no status; NOT_FOUND means unknown or not visible to you. Answered with a "
                    + "few database statements whatever the count, never one per permit. Costs one request plus a "
                    + "tenth of a request per permit against your rate limit (a poll of 1,000 permits costs 101 "
                    + "requests, against 1,000 single polls). Nothing is created: the POST only carries the list.")
    @APIResponse(responseCode = "200", description = "One answer per permit asked about.",
            headers = @Header(name = PollInterval.HEADER, description = "Seconds to wait before the next poll."))
    public RestResponse<PermitStatusAnswers> query(@NotNull @Valid PermitStatusQuery query) {
        Caller caller = Caller.of(identity);
        // Counted before the answer leaves: the caller's next request already sees the debt.
        limiter.chargeAfterwards(caller.keyId(), RateLimiter.Plan.KEYED,
                RateLimiter.CONDITIONAL_COST * query.permits().size()).toCompletableFuture().join();
        return RestResponse.ResponseBuilder.ok(statuses.query(query, caller))
                .header("Cache-Control", "private, no-store")
                .header(PollInterval.HEADER, pollInterval.seconds()).build();
    }
}
