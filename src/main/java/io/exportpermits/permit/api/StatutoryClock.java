package io.exportpermits.permit.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The statutory clock: a decision is due 45 working days after submission (weekends and the "
        + "holiday calendar skipped), paused while information is requested from the exporter.")
public record StatutoryClock(
        @Schema(description = "Day the decision is due; moves later while the clock is paused.", required = true,
                examples = "2027-01-29") LocalDate decisionDueOn,
        @Schema(description = "Working days counted so far (until the decision, once decided).", required = true,
                examples = "12") int workingDaysElapsed,
        @Schema(description = "Working days left while undecided; negative once overdue.", examples = "33")
        Integer workingDaysRemaining,
        @Schema(description = "Paused: information was requested and not yet given.", required = true,
                examples = "false")
        boolean paused,
        @Schema(description = "Undecided past its due day.", required = true, examples = "false") boolean overdue) {
}
