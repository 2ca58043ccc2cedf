package io.exportpermits.permit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** A request to change a non-key element of an issued licence, and its decision. */
@Entity
public class PermitChange {
    public enum Status { PENDING, APPROVED, REFUSED }

    @Id
    public UUID id;
    public UUID permitId;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Column(columnDefinition = "json")
    @ColumnTransformer(write = "?::json")
    public String changes;
    public String reason;
    public Instant requestedAt;
    public String requestedByKeyId;
    public LocalDate decisionDueOn;
    public Instant decidedAt;
    public String decidedByKeyId;
    public String decisionReason;
}
