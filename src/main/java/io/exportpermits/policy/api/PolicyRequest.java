package io.exportpermits.policy.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A policy to publish, or the full corrected text of one (an amendment replaces every field and "
        + "measure, and keeps the earlier text as a revision).")
public record PolicyRequest(
        @Schema(description = "Codes of the issuing authorities.", required = true, examples = "[\"MOFCOM\",\"GAC\"]")
        @NotEmpty @Size(max = 5) List<@NotNull @Pattern(regexp = "[A-Z]{2,16}") String> authorities,
        @Schema(description = "Number of the announcement, as published.", required = true, minimum = "1",
                examples = "5")
        @Min(1) @Max(100000) int number,
        @Schema(description = "Year of the announcement, as published.", required = true, minimum = "1949",
                maximum = "2100", examples = "2026")
        @Min(1949) @Max(2100) int year,
        @Schema(description = "Title of the announcement.", required = true, maxLength = 500,
                examples = "MOFCOM Announcement No. 5 of 2026")
        @NotBlank @Size(max = 500) String title,
        @Schema(description = "Official Chinese title, only as a source gives it.", maxLength = 500)
        @Size(max = 500) String titleZh,
        @Schema(description = "Day the announcement was published.", required = true, examples = "2026-03-01")
        @NotNull LocalDate publishedOn,
        @Schema(description = "First day its measures apply.", required = true, examples = "2026-04-01")
        @NotNull LocalDate effectiveFrom,
        @Schema(description = "Last day in force, if the announcement sets one.") LocalDate effectiveUntil,
        @Schema(description = "Where the facts come from.", required = true,
                examples = "[\"mofcom.gov.cn announcement page\"]")
        @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 500) String> sources,
        @Schema(description = "When the facts were checked against the sources.", required = true,
                examples = "2026-11-26")
        @NotNull LocalDate lastVerifiedOn,
        @Schema(description = "What is unverified.", maxLength = 2000) @Size(max = 2000) String verificationNote,
        @Schema(description = "What the announcement does, in plain words.", required = true, maxLength = 4000,
                examples = "Export licences required for holmium items.")
        @NotBlank @Size(max = 4000) String summary,
        @Schema(description = "The announcement's measures, one per clause.", required = true)
        @NotEmpty @Size(max = 50) List<@NotNull @Valid MeasureRequest> measures,
        @Schema(description = "Why this is published or changed; kept with the revision.", required = true,
                maxLength = 2000, examples = "Correction: the effective date was misread from the source.")
        @NotBlank @Size(max = 2000) String reason) {
}
