package io.exportpermits.permit;

import io.exportpermits.common.http.ChangeResponses;
import io.exportpermits.common.http.Idempotent;
import io.exportpermits.common.http.PollInterval;
import io.exportpermits.common.http.Responses;
import io.exportpermits.common.paging.Page;
import io.exportpermits.common.paging.PageRequest;
import io.exportpermits.common.paging.PageResponses;
import io.exportpermits.common.security.Caller;
import io.exportpermits.common.security.Role;
import io.exportpermits.permit.api.ApprovalRequest;
import io.exportpermits.permit.api.CreatePermitRequest;
import io.exportpermits.permit.api.HistoryEntryView;
import io.exportpermits.permit.api.PermitActionRequest;
import io.exportpermits.permit.api.PermitJson;
import io.exportpermits.permit.api.PermitStatusView;
import io.exportpermits.permit.api.PermitView;
import io.exportpermits.permit.api.ShipmentRequest;
import io.exportpermits.permit.api.ShipmentView;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/permits")
@Tag(name = "Permits")
@SecurityRequirement(name = "apiKey")
@Produces(MediaType.APPLICATION_JSON)
public class PermitResource {
    static final String NUMBER = "EP-[0-9]{4}-[0-9]{6,}";
    static final String IF_MATCH = "ETag of the permit as you last read it. Required.";
    static final String ACTION_RULES = "Requires If-Match. An action the permit's state does not allow answers 409 "
            + "`invalid-transition` listing `allowedActions`. Lifecycle: DRAFT -> SUBMITTED -> (accept) UNDER_REVIEW <-> "
            + "INFORMATION_REQUESTED -> APPROVED or REFUSED (SUBMITTED -> CORRECTIONS_REQUESTED -> SUBMITTED when the "
            + "authority asks for corrections before accepting); WITHDRAWN before a decision; an issued licence can be "
            + "SUSPENDED and reinstated, REVOKED or SURRENDERED, and reads EXPIRED once its validity is over.";

    /** The answers every lifecycle action shares. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @APIResponse(responseCode = "200", description = "The permit in its new state.",
            headers = @Header(name = "ETag", description = "The new tag."))
    @APIResponse(responseCode = "404", description = "No such permit, or not yours.")
    @APIResponse(responseCode = "409", description = "Not allowed in the current state (see allowedActions), or a "
            + "concurrent change.")
    @APIResponse(responseCode = "412", description = "The permit changed since you read it.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public @interface TransitionResponses {
    }

    private final PermitService permits;
    private final PermitList list;
    private final PermitStatusService statuses;
    private final ShipmentService shipments;
    private final PollInterval pollInterval;
    private final SecurityIdentity identity;

    PermitResource(PermitService permits, PermitList list, PermitStatusService statuses, ShipmentService shipments,
                   PollInterval pollInterval, SecurityIdentity identity) {
        this.permits = permits;
        this.list = list;
        this.statuses = statuses;
        this.shipments = shipments;
        this.pollInterval = pollInterval;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EXPORTER_NAME)
    @Idempotent
    @Operation(operationId = "createPermit", summary = "Apply for a permit (create a DRAFT)",
            description = "EXPORTER. Parties by id or inline. Each line is checked against the policies in force on the "
                    + "requested start day; a line that needs no licence is flagged in `licenceOutcome`, not refused.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = PermitView.class)),
            description = "The draft.", headers = {
            @Header(name = "Location", description = "Address of the permit."),
            @Header(name = "ETag", description = "Send it as If-Match with the next action.")})
    @APIResponse(responseCode = "409", description = "Your exporter is suspended.")
    public RestResponse<PermitView> create(@NotNull @Valid CreatePermitRequest request) {
        var created = permits.create(request, Caller.of(identity));
        return Responses.created(URI.create("/api/v1/permits/" + created.body().number()), created);
    }

    @GET
    @RolesAllowed({Role.AUTHORITY_NAME, Role.EXPORTER_NAME, Role.IMPORTER_NAME})
    @Operation(operationId = "listPermits", summary = "List permits",
            description = "AUTHORITY sees all; an EXPORTER its own; an IMPORTER those naming its party. Creation order.")
    @APIResponse(responseCode = "200", description = "A page of permits.")
    public RestResponse<Page<PermitJson>> list(@Valid @BeanParam PermitSearch search, @Valid @BeanParam PageRequest page,
                                               UriInfo uri) {
        return PageResponses.ok(list.list(search, page, Caller.of(identity)), uri);
    }

    @GET
    @Path("/{number}")
    @RolesAllowed({Role.AUTHORITY_NAME, Role.EXPORTER_NAME, Role.IMPORTER_NAME})
    @Operation(operationId = "getPermit", summary = "Get a permit",
            description = "The whole permit: parties, lines with applied, approved and shipped quantities, validity, "
                    + "statutory clock, conditions and decision, and the actions your key may take on it now. The check "
                    + "code is shown to its exporter and to authorities only. To follow a permit, poll its status instead.")
    @APIResponse(responseCode = "200", description = "The permit.",
            headers = @Header(name = "ETag", description = "Send it as If-Match with an action."))
    @APIResponse(responseCode = "304", description = "Your copy (If-None-Match) is current.")
    @APIResponse(responseCode = "404", description = "No such permit, or not visible to you.")
    public RestResponse<PermitView> get(@PathParam("number") @Pattern(regexp = NUMBER) String number,
            @Parameter(description = ChangeResponses.IF_NONE_MATCH)
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        return Responses.okUnlessNotModified(permits.get(number, Caller.of(identity)), ifNoneMatch);
    }

    @GET
    @Path("/{number}/status")
    @RolesAllowed({Role.AUTHORITY_NAME, Role.EXPORTER_NAME, Role.IMPORTER_NAME})
    @Operation(operationId = "getPermitStatus", summary = "Poll a permit's status",
            description = "The small representation to poll: status, reason code, validity, quantities left per "
                    + "line, decision due day. Send the ETag you hold as If-None-Match: while it is current the answer "
                    + "is 304 with no body, costs a tenth of a request against your rate limit, and is decided from one "
                    + "indexed row. The ETag depends only on the status, never on your key. Respect `X-Poll-Interval`; "
                    + "for many permits use `POST /permit-status-queries`, or the event feed and webhooks.")
    @APIResponse(responseCode = "200", description = "The status.", headers = {
            @Header(name = "ETag", description = "Send it as If-None-Match on your next poll."),
            @Header(name = PollInterval.HEADER, description = "Seconds to wait before the next poll; rises under load."),
            @Header(name = "Cache-Control", description = "`private, no-cache`: revalidate every time.")})
    @APIResponse(responseCode = "304", description = "Your copy is current.", headers = {
            @Header(name = "ETag", description = "The current tag."),
            @Header(name = PollInterval.HEADER, description = "Seconds to wait before the next poll.")})
    @APIResponse(responseCode = "404", description = "No such permit, or not visible to you (also on a conditional "
            + "request: a tag never reveals that a permit exists).")
    public Uni<RestResponse<PermitStatusView>> getStatus(@PathParam("number") @Pattern(regexp = NUMBER) String number,
            @Parameter(description = "ETag(s) you hold, or `*`.", example = "\"Hx2c0Yq1u8bC2m0dVwq3gQ\"")
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        Caller caller = Caller.of(identity);
        // Most polls end here, on the event loop: a hop to a worker thread and back would cost more than the answer.
        Optional<String> current = statuses.rememberedMatch(number, ifNoneMatch, caller);
        if (current.isPresent()) {
            return Uni.createFrom().item(statusResponse(null, current.get()));
        }
        return Uni.createFrom().item(() -> statuses.status(number, ifNoneMatch, caller))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .map(status -> statusResponse(status.body(), status.etag()));
    }

    private RestResponse<PermitStatusView> statusResponse(PermitStatusView body, String etag) {
        var response = body == null
                ? RestResponse.ResponseBuilder.<PermitStatusView>create(RestResponse.Status.NOT_MODIFIED)
                : RestResponse.ResponseBuilder.ok(body);
        return response.header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                .header(PollInterval.HEADER, pollInterval.seconds()).build();
    }

    @GET
    @Path("/{number}/history")
    @RolesAllowed({Role.AUTHORITY_NAME, Role.EXPORTER_NAME, Role.IMPORTER_NAME})
    @Operation(operationId = "getPermitHistory", summary = "A permit's history, oldest first",
            description = "Every change: who (key and role), which action, from and to which state, why, and what changed.")
    @APIResponse(responseCode = "200", description = "A page of history entries.")
    @APIResponse(responseCode = "404", description = "No such permit, or not visible to you.")
    public RestResponse<Page<HistoryEntryView>> history(@PathParam("number") @Pattern(regexp = NUMBER) String number,
                                                        @Valid @BeanParam PageRequest page, UriInfo uri) {
        return PageResponses.ok(permits.history(number, page, Caller.of(identity)), uri);
    }

    @POST
    @Path("/{number}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.AUTHORITY_NAME)
    @Idempotent
    @Operation(operationId = "approvePermit", summary = "Approve: issue the licence",
            description = "AUTHORITY. From UNDER_REVIEW. Validity up to 1 year (INDIVIDUAL) or 3 years (GENERAL); "
                    + "quantities as applied for unless reduced. " + ACTION_RULES)
    @TransitionResponses
    public RestResponse<PermitView> approve(@PathParam("number") @Pattern(regexp = NUMBER) String number,
            @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ApprovalRequest request) {
        return Responses.ok(permits.approve(number, request, ifMatch, Caller.of(identity)));
    }

    @POST
    @Path("/{number}/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EXPORTER_NAME)
    @Idempotent
    @Operation(operationId = "submitPermit", summary = "Submit the application", description = "EXPORTER. From DRAFT; the statutory clock starts. " + ACTION_RULES)
    @TransitionResponses
    public RestResponse<PermitView> submitPermit(@PathParam("number") @Pattern(regexp = NUMBER) String number,
            @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid PermitActionRequest request) {
        return act(number, PermitAction.SUBMIT, ifMatch, request);
    }

    @POST
    @Path("/{number}/request-information")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.AUTHORITY_NAME)
    @Idempotent
    @Operation(operationId = "requestPermitInformation", summary = "Ask the exporter for information", description = "AUTHORITY. From UNDER_REVIEW; `reason` says what is needed. " + ACTION_RULES)
    @TransitionResponses
    public RestResponse<PermitView> requestPermitInformation(@PathParam("number") @Pattern(regexp = NUMBER) String number,
            @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid PermitActionRequest request) {
        return act(number, PermitAction.REQUEST_INFORMATION, ifMatch, request);
    }

    @POST
    @Path("/{number}/respond")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EXPORTER_NAME)
    @Idempotent
    @Operation(operationId = "respondToPermitInformationRequest", summary = "Answer a request for information", description = "EXPORTER. From INFORMATION_REQUESTED, back to UNDER_REVIEW; `reason` carries the answer. " + ACTION_RULES)
    @TransitionResponses
    public RestResponse<PermitView> respondToPermitInformationRequest(@PathParam("number") @Pattern(regexp = NUMBER) String number,
            @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid PermitActionRequest request) {
        return act(number, PermitAction.RESPOND, ifMatch, request);
    }

    @POST
    @Path("/{number}/refuse")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.AUTHORITY_NAME)
    @Idempotent
    @Operation(operationId = "refusePermit", summary = "Refuse the application", description = "AUTHORITY. From UNDER_REVIEW; `reason` required. " + ACTION_RULES)
    @TransitionResponses
    public RestResponse<PermitView> refusePermit(@PathParam("number") @Pattern(regexp = NUMBER) String number,
            @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid PermitActionRequest request) {
        return act(number, PermitAction.REFUSE, ifMatch, request);
    }

    @POST
    @Path("/{number}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EXPORTER_NAME)
    @Idempotent
    @Operation(operationId = "withdrawPermit", summary = "Withdraw the application", description = "EXPORTER. Any time before a decision. " + ACTION_RULES)
    @TransitionResponses
    public RestResponse<PermitView> withdrawPermit(@PathParam("number") @Pattern(regexp = NUMBER) String number,
            @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid PermitActionRequest request) {
        return act(number, PermitAction.WITHDRAW, ifMatch, request);
    }

    @POST
    @Path("/{number}/suspend")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.AUTHORITY_NAME)
    @Idempotent
    @Operation(operationId = "suspendPermit", summary = "Suspend an issued licence", description = "AUTHORITY. From APPROVED; `reason` required. " + ACTION_RULES)
    @TransitionResponses
    public RestResponse<PermitView> suspendPermit(@PathParam("number") @Pattern(regexp = NUMBER) String number,
            @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid PermitActionRequest request) {
        return act(number, PermitAction.SUSPEND, ifMatch, request);
    }

    @POST
    @Path("/{number}/reinstate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.AUTHORITY_NAME)
    @Idempotent
    @Operation(operationId = "reinstatePermit", summary = "Reinstate a suspended licence", description = "AUTHORITY. From SUSPENDED. " + ACTION_RULES)
    @TransitionResponses
    public RestResponse<PermitView> reinstatePermit(@PathParam("number") @Pattern(regexp = NUMBER) String number,
            @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid PermitActionRequest request) {
        return act(number, PermitAction.REINSTATE, ifMatch, request);
    }

    @POST
    @Path("/{number}/revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.AUTHORITY_NAME)
    @Idempotent
    @Operation(operationId = "revokePermit", summary = "Revoke a licence", description = "AUTHORITY. From APPROVED or SUSPENDED; `reason` required. " + ACTION_RULES)
    @TransitionResponses
    public RestResponse<PermitView> revokePermit(@PathParam("number") @Pattern(regexp = NUMBER) String number,
            @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid PermitActionRequest request) {
        return act(number, PermitAction.REVOKE, ifMatch, request);
    }

    @POST
    @Path("/{number}/surrender")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EXPORTER_NAME)
    @Idempotent
    @Operation(operationId = "surrenderPermit", summary = "Surrender a licence", description = "EXPORTER. From APPROVED or SUSPENDED. " + ACTION_RULES)
    @TransitionResponses
    public RestResponse<PermitView> surrenderPermit(@PathParam("number") @Pattern(regexp = NUMBER) String number,
            @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
            @Valid PermitActionRequest request) {
        return act(number, PermitAction.SURRENDER, ifMatch, request);
    }

    @POST
    @Path("/{number}/shipments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.AUTHORITY_NAME, Role.EXPORTER_NAME})
    @Idempotent
    @Operation(operationId = "recordShipment", summary = "Report goods shipped under a permit",
            description = "The EXPORTER for its own permits, or an AUTHORITY for customs. Quantities per line, in the "
                    + "line's unit. A batch id already reported is answered exactly as the first time, with "
                    + "`Idempotent-Replayed: true`, and counts nothing again. More than remains: 409 naming what remains; "
                    + "nothing is recorded. The shipment that uses everything up makes the permit EXHAUSTED.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ShipmentView.class)),
            description = "Recorded (or the first answer to this batch, replayed).",
            headers = @Header(name = "Idempotent-Replayed", description = "`true` when this replays the first answer."))
    @APIResponse(responseCode = "404", description = "No such permit, or not yours.")
    @APIResponse(responseCode = "409", description = "Not issued and valid, more than remains, or a batch id reused "
            + "for other content.")
    public RestResponse<ShipmentView> recordShipment(@PathParam("number") @Pattern(regexp = NUMBER) String number,
                                                     @NotNull @Valid ShipmentRequest request) {
        var recorded = shipments.record(number, request, Caller.of(identity));
        var response = RestResponse.ResponseBuilder.<ShipmentView>create(RestResponse.Status.CREATED)
                .entity(recorded.shipment());
        if (recorded.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.build();
    }

    @GET
    @Path("/{number}/shipments")
    @RolesAllowed({Role.AUTHORITY_NAME, Role.EXPORTER_NAME, Role.IMPORTER_NAME})
    @Operation(operationId = "listShipments", summary = "Shipments reported against a permit, oldest first",
            description = "Every shipment reported against the permit, each as it was answered when reported: the "
                    + "quantity per line and what remained on the line after it.")
    @APIResponse(responseCode = "200", description = "A page of shipments.")
    @APIResponse(responseCode = "404", description = "No such permit, or not visible to you.")
    public RestResponse<Page<ShipmentView>> listShipments(@PathParam("number") @Pattern(regexp = NUMBER) String number,
                                                          @Valid @BeanParam PageRequest page, UriInfo uri) {
        return PageResponses.ok(shipments.list(number, page, Caller.of(identity)), uri);
    }

    static RestResponse<PermitView> act(PermitService permits, SecurityIdentity identity, String number,
                                        PermitAction action, String ifMatch, PermitActionRequest request) {
        return Responses.ok(permits.act(number, action, request == null ? null : request.reason(), ifMatch,
                Caller.of(identity)));
    }

    private RestResponse<PermitView> act(String number, PermitAction action, String ifMatch, PermitActionRequest request) {
        return act(permits, identity, number, action, ifMatch, request);
    }
}
