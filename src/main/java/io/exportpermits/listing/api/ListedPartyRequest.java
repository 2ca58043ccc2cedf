package io.exportpermits.listing.api;

import io.exportpermits.common.validation.CountryCode;
import io.exportpermits.listing.PartyList;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A listing as an authority records or corrects it, with the reason kept in its revision.")
public record ListedPartyRequest(
        @Schema(description = "The list.", required = true, examples = "WATCH") @NotNull PartyList list,
        @Schema(description = "Authority that keeps the list.", required = true, examples = "MOFCOM")
        @NotBlank @Size(max = 16) String authority,
        @Schema(description = "Day of the listing.", required = true, examples = "2026-06-22") @NotNull LocalDate listedOn,
        @Schema(description = "The announcement's number, where known.", maxLength = 200, examples = "MOFCOM No. 23 of 2026")
        @Size(max = 200) String announcement,
        @Schema(description = "Whether a reliable source gives that number; false when only a weak one does.",
                examples = "true")
        Boolean announcementConfirmed,
        @Schema(description = "The authority's page of the announcement.", required = true, maxLength = 2000,
                examples = "https://www.mofcom.gov.cn/zwgk/zcfb/art/2026/art_dfa9cc5c1e004d7fbb86f83d249e7986.html")
        @NotBlank @Size(max = 2000) @Pattern(regexp = "https?://\\S+") String announcementUrl,
        @Schema(description = "Name in English as the announcement gives it.", required = true, maxLength = 300,
                examples = "USA Rare Earth, Inc.")
        @NotBlank @Size(max = 300) String name,
        @Schema(description = "Name in Chinese as the announcement gives it.", maxLength = 300, examples = "美国稀土公司")
        @Size(max = 300) String nameZh,
        @Schema(description = "Other names the announcement gives.", maxItems = 20, examples = "[\"USAR\"]")
        @Size(max = 20) List<@NotBlank @Size(max = 300) String> aliases,
        @Schema(description = "Country of the party, ISO 3166-1 alpha-2.", required = true, pattern = "^[A-Z]{2}$",
                examples = "US")
        @NotNull @CountryCode String country,
        @Schema(description = "Address as the announcement gives it.", maxLength = 1000,
                examples = "100 W Airport Rd, Stillwater, OK, USA, 74075")
        @Size(max = 1000) String address,
        @Schema(description = "What is known beyond the announcement, including what is unverified.", maxLength = 2000)
        @Size(max = 2000) String note,
        @Schema(description = "Where the facts come from.", required = true, minItems = 1, maxItems = 20,
                examples = "[\"https://www.mofcom.gov.cn/zwgk/zcfb/art/2026/art_dfa9cc5c1e004d7fbb86f83d249e7986.html\"]")
        @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 2000) String> sources,
        @Schema(description = "The day a person checked these facts against the sources; not after today.",
                required = true, examples = "2026-12-05")
        @NotNull LocalDate lastVerifiedOn,
        @Schema(description = "Why it is recorded or corrected; kept with the revision.", required = true,
                maxLength = 2000, examples = "Listed by MOFCOM Announcement No. 23 of 2026.")
        @NotBlank @Size(max = 2000) String reason) {
}
