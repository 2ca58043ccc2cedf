package io.exportpermits.permit.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A day the statutory clock does not count, besides weekends.")
public record HolidayView(
        @Schema(description = "The day the authority does not count.", required = true, examples = "2027-02-08")
        LocalDate day,
        @Schema(description = "Name of the public holiday.", required = true, examples = "Spring Festival")
        String name) {

    @Schema(name = "HolidayRequest", description = "A holiday to add or rename.")
    public record Request(@Schema(description = "Name of the public holiday.", required = true, maxLength = 200,
                                  examples = "Spring Festival")
                          @NotBlank @Size(max = 200) String name) {
    }
}
