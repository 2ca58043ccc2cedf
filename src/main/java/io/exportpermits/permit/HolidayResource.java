package io.exportpermits.permit;

import io.exportpermits.common.paging.Page;
import io.exportpermits.common.paging.PageRequest;
import io.exportpermits.common.paging.PageResponses;
import io.exportpermits.common.security.Role;
import io.exportpermits.permit.api.HolidayView;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/holidays")
@Tag(name = "Holidays")
@Produces(MediaType.APPLICATION_JSON)
public class HolidayResource {
    private final HolidayService holidays;

    HolidayResource(HolidayService holidays) {
        this.holidays = holidays;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listHolidays", summary = "The holiday calendar of the statutory clock",
            description = "Public. Days, besides weekends, that the 45-working-day clock does not count; in date order.")
    @APIResponse(responseCode = "200", description = "A page of holidays.")
    public RestResponse<Page<HolidayView>> list(@Valid @BeanParam PageRequest page, UriInfo uri) {
        return PageResponses.ok(holidays.list(page), uri);
    }

    @PUT
    @Path("/{day}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.AUTHORITY_NAME)
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "saveHoliday", summary = "Add or rename a holiday",
            description = "AUTHORITY. Due days already computed keep their value; the clock of permits submitted "
                    + "from now on counts the new calendar.")
    @APIResponse(responseCode = "200", description = "The holiday.")
    public HolidayView save(@Parameter(description = "ISO 8601 date.", example = "2027-02-08") @PathParam("day") String day,
                            @NotNull @Valid HolidayView.Request request) {
        return holidays.save(day, request);
    }

    @DELETE
    @Path("/{day}")
    @RolesAllowed(Role.AUTHORITY_NAME)
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "deleteHoliday", summary = "Remove a holiday", description = "AUTHORITY. Removing a day "
            + "that is no holiday changes nothing.")
    @APIResponse(responseCode = "204", description = "Removed.")
    public void delete(@Parameter(description = "ISO 8601 date.", example = "2027-02-08") @PathParam("day") String day) {
        holidays.delete(day);
    }
}
