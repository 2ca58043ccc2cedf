package io.exportpermits.permit.statistics.api;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An amount of money in one currency.")
public record CurrencyAmount(
        @Schema(description = "ISO 4217 code.", required = true, examples = "USD", maxLength = 3) String currency,
        @Schema(description = "Amount, 2 decimal places.", required = true, examples = "1250000.5") BigDecimal amount) {
}
