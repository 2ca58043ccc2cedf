package io.exportpermits.listing.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A suspension of the measures on a listed party.")
public record ListingSuspensionRequest(
        @Schema(description = "The decision that suspends them.", required = true, maxLength = 300,
                examples = "MOFCOM statement of 2025-11-06")
        @NotBlank @Size(max = 300) String decision,
        @Schema(description = "First suspended day.", required = true, examples = "2025-11-10") @NotNull LocalDate from,
        @Schema(description = "Last suspended day; absent when the decision states no end.", examples = "2026-11-10")
        LocalDate until,
        @Schema(description = "Whether a source confirms it ended on `until`; leave false while only the schedule "
                + "says so.", defaultValue = "false")
        Boolean endConfirmed,
        @Schema(description = "Where the decision is published.", required = true, maxLength = 2000,
                examples = "exportcontrol.mofcom.gov.cn/article/gndt/202511/1186.html")
        @NotBlank @Size(max = 2000) String source,
        @Schema(description = "What is known about it, including what is unverified.", maxLength = 2000)
        @Size(max = 2000) String note,
        @Schema(description = "Why it is recorded; kept with the revision.", required = true, maxLength = 2000,
                examples = "MOFCOM suspended the measures on the entities of No. 21 of 2025 for one year.")
        @NotBlank @Size(max = 2000) String reason) {
}
