package io.exportpermits.policy;

import io.exportpermits.common.validation.ChemicalSymbol;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the policy list; all optional, combined with AND. */
public class PolicySearch {
    @QueryParam("asOf")
    @Parameter(description = "The day to answer for (ISO 8601); today (UTC) if absent.", example = "2026-06-01")
    public LocalDate asOf;

    @QueryParam("status")
    @Parameter(description = "Only policies with this status on `asOf`.")
    public PolicyStatus status;

    @QueryParam("authority")
    @Size(max = 16)
    @Parameter(description = "Only announcements of this authority.", example = "MOFCOM")
    public String authority;

    @QueryParam("element")
    @ChemicalSymbol
    @Parameter(description = "Only policies with a measure covering this element (chemical symbol).", example = "Ho")
    public String element;

    @QueryParam("controlCode")
    @Size(max = 32)
    @Parameter(description = "Only policies with a measure covering this control code or its parent.", example = "1C902.b")
    public String controlCode;

    @QueryParam("hsCode")
    @Pattern(regexp = "[0-9]{4,10}")
    @Parameter(description = "Only policies with a measure covering this HS code.", example = "2846901940")
    public String hsCode;

    @QueryParam("q")
    @Size(min = 2, max = 200)
    @Parameter(description = "Words in the title or summary, case-insensitive.", example = "holmium")
    public String q;

    @QueryParam("sort")
    @DefaultValue("-publishedOn")
    @Pattern(regexp = "-?(publishedOn|effectiveFrom)")
    @Parameter(description = "`publishedOn` or `effectiveFrom`, ascending, or descending with a leading `-`.")
    public String sort = "-publishedOn";
}
