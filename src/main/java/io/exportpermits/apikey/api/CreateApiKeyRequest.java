package io.exportpermits.apikey.api;

import io.exportpermits.common.security.Permission;
import io.exportpermits.common.security.Role;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new API key. An EXPORTER key needs `exporterId`, an IMPORTER key `importerId` (an "
        + "importer organisation: it sees every permit naming a party linked to it) or `partyId` (one party, as "
        + "the first importer keys were), an AUTHORITY key none of them.")
public record CreateApiKeyRequest(
        @Schema(description = "What the key is for, to recognise it in the list.", required = true,
                maxLength = 200, examples = "Acme Rare Earths ERP (production)")
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "What the key may do.", required = true, examples = "EXPORTER")
        @NotNull Role role,
        @Schema(description = "The exporter an EXPORTER key acts for.", examples = "0b0d6f1e-8a4c-4a53-a0a4-6f0e7d3c2b1a")
        UUID exporterId,
        @Schema(description = "The one party (consignee or end user) an IMPORTER key acts for, instead of an "
                + "importer organisation.", examples = "5f6a3c2e-1b7d-4e9f-8a6b-2c3d4e5f6a7b")
        UUID partyId,
        @Schema(description = "The importer organisation an IMPORTER key acts for.",
                examples = "3c9e7a51-2f4b-4d8e-9a6c-1b2d3e4f5a6b")
        UUID importerId,
        @Schema(description = "When the key stops working (UTC); never, if absent.", examples = "2027-06-30T00:00:00Z")
        @Future Instant expiresAt,
        @Schema(description = "A read-only key: every `:read` permission and nothing else. Leave out "
                + "`permissions` then.", examples = "true")
        Boolean readOnly,
        @Schema(description = "Restrict the key to these permissions (" + Permission.LIST + "); each operation "
                + "names the one it needs (`x-permission`). Absent or empty: every permission of the role, as for "
                + "keys without restrictions. A restricted key only creates keys restricted to permissions it has.",
                examples = "[\"permits:read\", \"events:read\"]")
        @Size(max = 20) List<@NotBlank @Size(max = 40) String> permissions) {
}
