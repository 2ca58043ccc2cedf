package io.exportpermits.listing.api;

import io.exportpermits.common.validation.CountryCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Parties to screen against the lists, as they stood on a day.")
public record ScreeningRequest(
        @Schema(description = "The parties, answered in the same order.", required = true, minItems = 1, maxItems = 100)
        @NotEmpty @Size(max = 100) List<@NotNull @Valid Subject> parties,
        @Schema(description = "The day to screen for; today (UTC) if absent.", examples = "2026-12-05")
        LocalDate asOf,
        @Schema(description = "The lowest score reported as a possible match, from 0.5 to 1. The default, 0.88, flags "
                + "every variant of the labelled test set and at most 1 % of the unlisted names in it; lower it to see "
                + "weaker candidates.", defaultValue = "0.88", minimum = "0.5", maximum = "1", examples = "0.88")
        @DecimalMin("0.5") @DecimalMax("1") BigDecimal threshold) {

    @Schema(name = "ScreeningSubject", description = "One party to screen.")
    public record Subject(
            @Schema(description = "Name in any script and form, as you hold it.", required = true, maxLength = 300,
                    examples = "MP Materials Corporation")
            @NotBlank @Size(max = 300) String name,
            @Schema(description = "Country, ISO 3166-1 alpha-2: a listing of another country scores 0.05 less.",
                    pattern = "^[A-Z]{2}$", examples = "US")
            @CountryCode String country,
            @Schema(description = "Address, compared with the listing's where it has one.", maxLength = 500,
                    examples = "1700 S Pavilion Center Drive, Las Vegas, NV")
            @Size(max = 500) String address) {
    }
}
