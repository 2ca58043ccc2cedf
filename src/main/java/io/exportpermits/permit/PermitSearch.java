package io.exportpermits.permit;

import io.exportpermits.common.validation.CountryCode;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the permit list; all optional, combined with AND. */
public class PermitSearch {
    @QueryParam("status")
    @Parameter(description = "Status today (EXPIRED: issued, validity over).")
    public PermitStatus status;

    @QueryParam("type")
    @Parameter(description = "INDIVIDUAL or GENERAL.")
    public PermitType type;

    @QueryParam("exporterId")
    @Parameter(description = "Only this exporter's permits (authorities).")
    public UUID exporterId;

    @QueryParam("overdue")
    @Parameter(description = "Only undecided permits past (true) or within (false) their statutory due day.")
    public Boolean overdue;

    @QueryParam("destination")
    @CountryCode
    @Parameter(description = "Destination, ISO 3166-1 alpha-2.", example = "US")
    public String destination;
}
