package io.exportpermits.listing.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A suspension of the measures on a listed party; both days included.")
public record ListingSuspensionView(
        @Schema(description = "The decision that suspends them.", required = true,
                examples = "MOFCOM statement of 2025-11-06")
        String decision,
        @Schema(description = "First suspended day.", required = true, examples = "2025-11-10")
        LocalDate from,
        @Schema(description = "Last suspended day; absent when the decision states no end.", examples = "2026-11-10")
        LocalDate until,
        @Schema(description = "Whether a source confirms that it ended on `until`, rather than only the schedule.",
                required = true, examples = "false")
        boolean endConfirmed,
        @Schema(description = "Where the decision is published.", required = true,
                examples = "exportcontrol.mofcom.gov.cn/article/gndt/202511/1186.html")
        String source,
        @Schema(description = "What is known about it, including what is unverified.",
                examples = "Suspended for one year from 2025-11-10; what happened after 2026-11-10 is unverified.")
        String note) {
}
