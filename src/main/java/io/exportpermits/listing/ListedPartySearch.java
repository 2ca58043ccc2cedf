package io.exportpermits.listing;

import io.exportpermits.common.validation.CountryCode;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the listed-party collection; all optional, combined with AND. */
public class ListedPartySearch {
    @QueryParam("asOf")
    @Parameter(description = "The day to answer for (ISO 8601); today (UTC) if absent.", example = "2026-12-05")
    public LocalDate asOf;

    @QueryParam("list")
    @Parameter(description = "Only parties on this list.")
    public PartyList list;

    @QueryParam("country")
    @CountryCode
    @Parameter(description = "Only parties of this country (ISO 3166-1 alpha-2).", example = "US")
    public String country;

    @QueryParam("announcement")
    @Size(min = 2, max = 100)
    @Parameter(description = "Only parties listed by an announcement whose number contains this text, "
            + "case-insensitive.", example = "No. 23 of 2026")
    public String announcement;

    @QueryParam("standing")
    @Parameter(description = "Only parties with this status on `asOf`.")
    public ListingStatus standing;

    @QueryParam("q")
    @Size(min = 2, max = 300)
    @Parameter(description = "Words in any name (English, Chinese or alias) or the address, compared after the "
            + "normalisation screening uses (case, width, accents, traditional or simplified characters). For "
            + "fuzzy matching of a name, use `POST /api/v1/party-screenings`.", example = "rare earth")
    public String q;
}
