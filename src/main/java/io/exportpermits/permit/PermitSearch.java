package io.exportpermits.permit;

import io.exportpermits.common.validation.CountryCode;
import io.exportpermits.common.validation.ChemicalSymbol;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
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

    @QueryParam("controlCode")
    @Pattern(regexp = "[0-9][A-E][0-9]{3}(\\.[a-z0-9]+)*")
    @Parameter(description = "Only permits with a line of this control code or one of its sub-items.", example = "1C902")
    public String controlCode;

    @QueryParam("element")
    @ChemicalSymbol
    @Parameter(description = "Only permits with a line of this element.", example = "Tb")
    public String element;

    @QueryParam("updatedSince")
    @Parameter(description = "Only permits changed at or after this time (ISO 8601, UTC).", example = "2026-11-26T00:00:00Z")
    public Instant updatedSince;

    @QueryParam("sort")
    @DefaultValue("createdAt")
    @Pattern(regexp = "-?createdAt")
    @Parameter(description = "`createdAt` (oldest first) or `-createdAt` (newest first).")
    public String sort = "createdAt";

    @QueryParam("include")
    @Pattern(regexp = "total")
    @Parameter(description = "`total` adds the number of matching permits to the page (it costs a count query).")
    public String include;

    @QueryParam("destination")
    @CountryCode
    @Parameter(description = "Destination, ISO 3166-1 alpha-2.", example = "US")
    public String destination;
}
