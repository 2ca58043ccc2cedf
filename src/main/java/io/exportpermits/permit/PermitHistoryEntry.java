package io.exportpermits.permit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One change to a permit. Rows are only ever added. */
@Entity
@Table(name = "permit_history")
public class PermitHistoryEntry {
    @Id
    public UUID id;
    public UUID permitId;
    public Instant occurredAt;
    public String actorKeyId;
    public String actorRole;
    public String action;
    public String fromStatus;
    public String toStatus;
    public String reason;
    /** JSON of what changed (fields and their new values). */
    public String changes;
}
