package io.exportpermits.permit;

import io.exportpermits.common.http.Idempotent;
import io.exportpermits.common.http.Responses;
import io.exportpermits.common.security.Caller;
import io.exportpermits.common.security.Role;
import io.exportpermits.permit.api.ClockPauseRequest;
import io.exportpermits.permit.api.CorrectionsRequest;
import io.exportpermits.permit.api.PermitActionRequest;
import io.exportpermits.permit.api.PermitView;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The authority's steps with an application before its decision: accept it or send it back for
 * corrections, and the periods and referrals that stop its clock.
 */
@Path("/api/v1/permits")
@Tag(name = "Permits")
@SecurityRequirement(name = "apiKey")
@Produces(MediaType.APPLICATION_JSON)
public class PermitReviewResource {
    private static final String DEADLINE = "The authority has until the 5th working day after receipt "
            + "(`statutoryClock.acceptanceDueOn`); after that the application counts as accepted on the day it was "
            + "received, and an acceptance records that day. ";

    private final PermitService permits;
    private final SecurityIdentity identity;

    PermitReviewResource(PermitService permits, SecurityIdentity identity) {
        this.permits = permits;
        this.identity = identity;
    }

    @POST
    @Path("/{number}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.AUTHORITY_NAME)
    @Idempotent
    @Operation(operationId = "acceptPermitApplication", summary = "Accept an application: the 45 working days start",
            description = "AUTHORITY. From SUBMITTED; review starts (UNDER_REVIEW) and the decision is due 45 working "
                    + "days after the acceptance day. " + DEADLINE + "Required documents still missing "
                    + "(`requiredDocuments`) are recorded in the history entry: completeness is the authority's call. "
                    + PermitResource.ACTION_RULES)
    @PermitResource.TransitionResponses
    public RestResponse<PermitView> accept(@PathParam("number") @Pattern(regexp = PermitResource.NUMBER) String number,
            @Parameter(description = PermitResource.IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid PermitActionRequest request) {
        return PermitResource.act(permits, identity, number, PermitAction.ACCEPT, ifMatch, request);
    }

    @POST
    @Path("/{number}/request-corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.AUTHORITY_NAME)
    @Idempotent
    @Operation(operationId = "requestPermitCorrections", summary = "Send an application back for corrections",
            description = "AUTHORITY. From SUBMITTED, within 5 working days of receipt: one notice listing every "
                    + "missing or defective document (400 on `items` naming any required document left off; 409 when "
                    + "the list is empty, or when the deadline has passed and the law has accepted the application). "
                    + "The application goes to CORRECTIONS_REQUESTED with the list in `corrections`; the exporter "
                    + "uploads and submits again, which is a new receipt. No clock runs meanwhile. "
                    + PermitResource.ACTION_RULES)
    @PermitResource.TransitionResponses
    @APIResponse(responseCode = "400", description = "The notice leaves a missing document off, or is malformed.")
    public RestResponse<PermitView> requestCorrections(
            @PathParam("number") @Pattern(regexp = PermitResource.NUMBER) String number,
            @Parameter(description = PermitResource.IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CorrectionsRequest request) {
        return Responses.ok(permits.requestCorrections(number, request, ifMatch, Caller.of(identity)));
    }

    @POST
    @Path("/{number}/start-review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.AUTHORITY_NAME)
    @Idempotent
    @Deprecated
    @Operation(operationId = "startPermitReview", summary = "Start reviewing an application (deprecated: use accept)",
            description = "AUTHORITY. The name acceptance had before it was one: it accepts the application exactly as "
                    + "`accept` does, and writes a `permit.review_started` event where `accept` writes "
                    + "`permit.accepted`. " + PermitResource.ACTION_RULES)
    @PermitResource.TransitionResponses
    public RestResponse<PermitView> startPermitReview(
            @PathParam("number") @Pattern(regexp = PermitResource.NUMBER) String number,
            @Parameter(description = PermitResource.IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid PermitActionRequest request) {
        return PermitResource.act(permits, identity, number, PermitAction.START_REVIEW, ifMatch, request);
    }

    @POST
    @Path("/{number}/pause-clock")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.AUTHORITY_NAME)
    @Idempotent
    @Operation(operationId = "pausePermitClock", summary = "Stop the clock for a period Art. 17 does not count",
            description = "AUTHORITY. From UNDER_REVIEW with the clock running: technical identification, expert "
                    + "consultation or an on-site check, with a reason. The status stays UNDER_REVIEW; the clock shows "
                    + "`paused` and `pausedFor`, and its due day moves on by the working days paused when it resumes. "
                    + PermitResource.ACTION_RULES)
    @PermitResource.TransitionResponses
    public RestResponse<PermitView> pauseClock(@PathParam("number") @Pattern(regexp = PermitResource.NUMBER) String number,
            @Parameter(description = PermitResource.IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ClockPauseRequest request) {
        return Responses.ok(permits.pauseClock(number, request, ifMatch, Caller.of(identity)));
    }

    @POST
    @Path("/{number}/resume-clock")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.AUTHORITY_NAME)
    @Idempotent
    @Operation(operationId = "resumePermitClock", summary = "Start the clock again after a pause",
            description = "AUTHORITY. Ends a pause for technical identification, expert consultation or an on-site "
                    + "check (an information request ends when the exporter responds). " + PermitResource.ACTION_RULES)
    @PermitResource.TransitionResponses
    public RestResponse<PermitView> resumeClock(@PathParam("number") @Pattern(regexp = PermitResource.NUMBER) String number,
            @Parameter(description = PermitResource.IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid PermitActionRequest request) {
        return PermitResource.act(permits, identity, number, PermitAction.RESUME_CLOCK, ifMatch, request);
    }

    @POST
    @Path("/{number}/refer-to-state-council")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.AUTHORITY_NAME)
    @Idempotent
    @Operation(operationId = "referPermitToStateCouncil", summary = "Refer an application to the State Council",
            description = "AUTHORITY. From UNDER_REVIEW or INFORMATION_REQUESTED, with a reason. From then on no time "
                    + "limit applies (Art. 17): the clock shows `timeLimit` NONE and no due day, and the permit is never "
                    + "overdue. The status does not change. " + PermitResource.ACTION_RULES)
    @PermitResource.TransitionResponses
    public RestResponse<PermitView> referToStateCouncil(
            @PathParam("number") @Pattern(regexp = PermitResource.NUMBER) String number,
            @Parameter(description = PermitResource.IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid PermitActionRequest request) {
        return PermitResource.act(permits, identity, number, PermitAction.REFER_TO_STATE_COUNCIL, ifMatch, request);
    }
}
