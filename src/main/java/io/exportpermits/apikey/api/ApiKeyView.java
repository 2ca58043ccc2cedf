package io.exportpermits.apikey.api;

import io.exportpermits.common.security.Role;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An API key, without its secret.")
public record ApiKeyView(
        @Schema(description = "Public identifier of the key.", required = true, examples = "k7m2xq9tr4bn")
        String id,
        @Schema(description = "How the key's secret begins (`ep_` + id): search logs and repositories for it "
                + "to find a leaked key.", required = true, examples = "ep_k7m2xq9tr4bn")
        String prefix,
        @Schema(description = "What the key is for.", required = true, examples = "Acme Rare Earths ERP (production)")
        String name,
        @Schema(description = "What the key may do.", required = true, examples = "EXPORTER")
        Role role,
        @Schema(description = "The permissions of a restricted key; absent for a key without restrictions, which "
                + "has every permission of its role.", examples = "[\"permits:read\", \"events:read\"]")
        List<String> permissions,
        @Schema(description = "The exporter an EXPORTER key acts for.")
        UUID exporterId,
        @Schema(description = "The party an IMPORTER key of the first kind acts for.")
        UUID partyId,
        @Schema(description = "The importer organisation an IMPORTER key acts for.")
        UUID importerId,
        @Schema(description = "ACTIVE, EXPIRED or REVOKED at the time of the response.", required = true,
                examples = "ACTIVE")
        KeyStatus status,
        @Schema(description = "When the key was created.", required = true, examples = "2026-11-26T09:30:00Z")
        Instant createdAt,
        @Schema(description = "The key that created this one; absent for the bootstrap key.", examples = "a8c3dn5pq2wz")
        String createdByKeyId,
        @Schema(description = "When the key stops working; never, if absent.", examples = "2027-06-30T00:00:00Z")
        Instant expiresAt,
        @Schema(description = "When the key was revoked.", examples = "2026-12-01T10:00:00Z")
        Instant revokedAt,
        @Schema(description = "Last successful use, to the minute.", examples = "2026-11-26T10:14:00Z")
        Instant lastUsedAt) {

    public enum KeyStatus { ACTIVE, EXPIRED, REVOKED }
}
