package io.exportpermits.policy;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import java.util.UUID;

/** A suspension one policy declares on another (or on one clause of it), both days included. */
@Entity
public class Suspension {
    @Id
    public UUID id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "declared_by")
    public Policy declaredBy;
    /** Null when the suspended announcement is not carried here; {@link #suspendedReference} names it. */
    public String suspendedPolicyId;
    public String suspendedReference;
    /** Null when the whole policy is suspended. */
    public String clause;
    public LocalDate fromDate;
    public LocalDate untilDate;
    public String note;
    /** A source confirms it ended on {@link #untilDate}; otherwise only the schedule says so. */
    public boolean endConfirmed;

    public boolean coversDay(LocalDate day) {
        return !day.isBefore(fromDate) && !day.isAfter(untilDate);
    }
}
