package io.exportpermits.policy;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** One change to a piece of reference data (a policy, a control entry, a listing); rows are only ever added. */
@Entity
public class Revision {
    public enum Kind { CREATED, AMENDED, SUSPENDED, REPEALED, LIFTED }

    public enum SubjectType { POLICY, CONTROL_ENTRY, LISTED_PARTY }

    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    public SubjectType subjectType;
    public String subjectId;
    public int revision;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    public Instant changedAt;
    public String changedByKeyId;
    public String reason;
    /** JSON of the subject's public representation before the change; null when the change created it. */
    public String previous;
}
