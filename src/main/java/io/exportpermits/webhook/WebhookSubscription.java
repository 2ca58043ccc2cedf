package io.exportpermits.webhook;

import io.exportpermits.common.security.Caller;
import io.exportpermits.common.security.Role;
import io.exportpermits.event.Audience;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
public class WebhookSubscription {
    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    public Role ownerRole;
    public UUID ownerExporterId;
    public UUID ownerPartyId;
    public UUID ownerImporterId;
    public String url;
    public String description;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> eventTypes;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> permitNumbers;
    public String secret;
    public boolean enabled;
    public int consecutiveFailures;
    public String disabledReason;
    public String createdByKeyId;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public long version;

    /** Subscriptions belong to a tenant, not to a key: rotating keys keeps them. */
    public boolean ownedBy(Caller caller) {
        return caller.role() == ownerRole && Objects.equals(caller.ownExporter().orElse(null), ownerExporterId)
                && Objects.equals(caller.ownParty().orElse(null), ownerPartyId)
                && Objects.equals(caller.ownImporter().orElse(null), ownerImporterId);
    }

    /** Who may read events about the subscription itself: its tenant. */
    public Audience audience() {
        UUID importerTenant = ownerPartyId != null ? ownerPartyId : ownerImporterId;
        return new Audience(false, ownerExporterId, importerTenant == null ? List.of() : List.of(importerTenant));
    }
}
