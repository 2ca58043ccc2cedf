package io.exportpermits.policy;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** One change to a policy; rows are only ever added. */
@Entity
public class PolicyRevision {
    public enum Kind { CREATED, AMENDED, SUSPENDED, REPEALED }

    @Id
    public UUID id;
    public String policyId;
    public int revision;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    public Instant changedAt;
    public String changedByKeyId;
    public String reason;
    /** JSON of the policy's representation before the change; null when the change created it. */
    public String previous;
}
