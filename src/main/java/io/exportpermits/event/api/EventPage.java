package io.exportpermits.event.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A stretch of the event feed.")
public record EventPage(
        @Schema(description = "Events in feed order, oldest first.", required = true)
        List<EventView> items,
        @Schema(description = "Always present: pass it as `after` next time, whether or not this page had items. "
                + "Store it only once you have processed the items.", required = true,
                examples = "MR83NjUxMh80Mg")
        String next,
        @Schema(description = "More events are readable now: ask again at once. When false you are up to date; "
                + "ask again later or with `wait`.", required = true, examples = "false")
        boolean more) {
}
