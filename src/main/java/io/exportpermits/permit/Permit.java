package io.exportpermits.permit;

import io.exportpermits.permit.api.ClockPause;
import io.exportpermits.policy.api.EndUserKind;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

@Entity
public class Permit {
    @Id
    public UUID id;
    public String number;
    public String checkCode;
    public UUID exporterId;
    @Enumerated(EnumType.STRING)
    public PermitType type;
    @Enumerated(EnumType.STRING)
    public PermitStatus status;
    public UUID consigneeId;
    public UUID endUserId;
    public String endUse;
    @Enumerated(EnumType.STRING)
    public EndUserKind endUserKind;
    public String destination;
    public LocalDate requestedValidFrom;
    public LocalDate requestedValidUntil;
    public LocalDate validFrom;
    public LocalDate validUntil;
    public String conditions;
    public String decisionReason;
    public Instant submittedAt;
    public Instant decidedAt;
    public LocalDate decisionDueOn;
    public LocalDate clockPausedSince;
    /** The day the authority last received the application: its submission or resubmission. */
    public LocalDate receivedOn;
    /** Null until accepted; the day of receipt when accepted by law (no correction notice in time). */
    public LocalDate acceptedOn;
    public boolean acceptedByLaw;
    /** JSON of the corrections asked for, while the application is back with the exporter. */
    @Column(columnDefinition = "json")
    @ColumnTransformer(write = "?::json")
    public String corrections;
    public int clockPausedWorkingDays;
    @Enumerated(EnumType.STRING)
    public ClockPause clockPauseReason;
    /** Referred to the State Council: from then on, no time limit applies. */
    public LocalDate referredToStateCouncilOn;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public long version;
    /** Null until first screened (permits from before screening existed). */
    @Embedded
    public PermitScreening screening;

    @OneToMany(mappedBy = "permit", cascade = CascadeType.PERSIST)
    @OrderBy("lineNumber")
    public List<PermitLine> lines = new ArrayList<>();

    /** Whether the statutory clock is counting towards a decision (it pauses while information is requested). */
    public boolean awaitingDecision() {
        return status == PermitStatus.SUBMITTED || status == PermitStatus.UNDER_REVIEW
                || status == PermitStatus.INFORMATION_REQUESTED;
    }

    /** Whether the exporter may add or delete documents: only while the application is with it. */
    public boolean documentsOpen() {
        return status == PermitStatus.DRAFT || status == PermitStatus.CORRECTIONS_REQUESTED;
    }

    /**
     * Whether the 45 working days apply at all: not after a referral to the State Council, nor when a party
     * is on the watch list (Art. 17 of the 2024 Regulations).
     */
    public boolean withoutTimeLimit() {
        return referredToStateCouncilOn != null || screening != null && screening.namesWatchListedParty();
    }

    /** The status a reader sees on that day: an issued permit past its validity is EXPIRED. */
    public PermitStatus statusOn(LocalDate day) {
        return PermitStatus.on(status, validUntil, day);
    }
}
