package io.exportpermits.permit;

import io.exportpermits.common.http.Idempotent;
import io.exportpermits.common.security.Caller;
import io.exportpermits.common.security.Role;
import io.exportpermits.permit.api.ChangeRequest;
import io.exportpermits.permit.api.PermitActionRequest;
import io.exportpermits.permit.api.PermitChangeView;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/permits/{number}/changes")
@Tag(name = "Permits")
@SecurityRequirement(name = "apiKey")
@Produces(MediaType.APPLICATION_JSON)
public class PermitChangeResource {
    private final PermitChanges changes;
    private final SecurityIdentity identity;

    PermitChangeResource(PermitChanges changes, SecurityIdentity identity) {
        this.changes = changes;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EXPORTER_NAME)
    @Idempotent
    @Operation(operationId = "requestPermitChange", summary = "Ask to change a non-key element of a licence",
            description = "EXPORTER, for its licence in force (APPROVED): the consignee, the end of validity, line "
                    + "quantities (never below what was shipped). The authority decides within 20 working days "
                    + "(`decisionDueOn`). A change of the items, the destination, the end user or the end use needs a "
                    + "new application: 409 saying so. One request at a time: another while one is pending is a 409.")
    @APIResponse(responseCode = "201", description = "The request, pending.", content = @Content(
            schema = @Schema(implementation = PermitChangeView.class)),
            headers = @Header(name = "Location", description = "Where to follow it."))
    @APIResponse(responseCode = "404", description = "No such permit, or not yours.")
    @APIResponse(responseCode = "409", description = "A key element, a permit not in force, or a request pending.")
    public RestResponse<PermitChangeView> request(@PathParam("number") @Pattern(regexp = PermitResource.NUMBER)
                                                  String number, @NotNull @Valid ChangeRequest request) {
        PermitChangeView change = changes.request(number, request, Caller.of(identity));
        return RestResponse.ResponseBuilder.<PermitChangeView>created(
                URI.create("/api/v1/permits/" + number + "/changes/" + change.id())).entity(change).build();
    }

    @GET
    @RolesAllowed({Role.AUTHORITY_NAME, Role.EXPORTER_NAME})
    @Operation(operationId = "listPermitChanges", summary = "A licence's change requests, oldest first",
            description = "EXPORTER (its own) and AUTHORITY; each with its due day and whether it is overdue.")
    @APIResponse(responseCode = "200", description = "Every request, in the order made.")
    @APIResponse(responseCode = "404", description = "No such permit, or not yours.")
    public List<PermitChangeView> list(@PathParam("number") @Pattern(regexp = PermitResource.NUMBER) String number) {
        return changes.list(number, Caller.of(identity));
    }

    @POST
    @Path("/{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.AUTHORITY_NAME)
    @Idempotent
    @Operation(operationId = "approvePermitChange", summary = "Approve a change: it applies to the licence at once",
            description = "AUTHORITY. Checked again against the licence as it is now (a new consignee is screened; "
                    + "a control-listed one is refused with 409). In the permit's history, and a "
                    + "`permit.change_approved` event.")
    @APIResponse(responseCode = "200", description = "The request, approved.")
    @APIResponse(responseCode = "404", description = "No such permit or request.")
    @APIResponse(responseCode = "409", description = "Decided already, or the new consignee is control-listed.")
    public PermitChangeView approve(@PathParam("number") @Pattern(regexp = PermitResource.NUMBER) String number,
                                    @PathParam("id") UUID id, @Valid PermitActionRequest request) {
        return changes.approve(number, id, request == null ? null : request.reason(), Caller.of(identity));
    }

    @POST
    @Path("/{id}/refuse")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.AUTHORITY_NAME)
    @Idempotent
    @Operation(operationId = "refusePermitChange", summary = "Refuse a change",
            description = "AUTHORITY, with a reason. The licence stays as it was.")
    @APIResponse(responseCode = "200", description = "The request, refused.")
    @APIResponse(responseCode = "404", description = "No such permit or request.")
    @APIResponse(responseCode = "409", description = "Decided already.")
    public PermitChangeView refuse(@PathParam("number") @Pattern(regexp = PermitResource.NUMBER) String number,
                                   @PathParam("id") UUID id, @NotNull @Valid PermitActionRequest request) {
        return changes.refuse(number, id, request.reason(), Caller.of(identity));
    }
}
