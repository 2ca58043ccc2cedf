package io.exportpermits.policy.api;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An item of the control list. In the tree view, sub-items are nested in `children`.")
public record ControlEntryView(
        @Schema(description = "Export-control code.", required = true, examples = "1C902.b") String code,
        @Schema(description = "Code of the parent item.", examples = "1C902") String parentCode,
        @Schema(description = "What the entry covers, as the control list words it.", required = true,
                examples = "Samarium oxide")
        String description,
        @Schema(description = "Chinese description, where a source gives it.") String descriptionZh,
        @Schema(description = "Chemical symbols.", required = true, examples = "[\"Sm\"]") List<String> elements,
        @Schema(description = "Forms of the item the entry covers.", required = true, examples = "[\"OXIDE\"]",
                type = SchemaType.ARRAY, implementation = ItemForm.class) List<String> forms,
        @Schema(description = "China tariff HS codes (10 digits).", required = true, examples = "[\"2846901940\"]")
        List<String> hsCodes,
        @Schema(description = "UN/ECE unit code usually used.", examples = "KGM") String defaultUnit,
        @Schema(description = "Where the entry comes from: the announcement or list that publishes it.",
                required = true, examples = "[\"en.ckhq.net (Announcement No. 18 of 2025)\"]")
        List<String> sources,
        @Schema(description = "When checked against the sources.", required = true, examples = "2026-11-26")
        LocalDate lastVerifiedOn,
        @Schema(description = "What is unverified.") String verificationNote,
        @Schema(description = "Sub-items (tree view and single-entry reads).", required = true)
        List<ControlEntryView> children) {
}
