package io.exportpermits.permit;

import io.exportpermits.policy.api.PartyDetermination;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Transient;
import java.time.Instant;
import org.hibernate.annotations.ColumnTransformer;

/** The latest screening of a permit's parties against the lists, and an authority's exception to a control listing. */
@Embeddable
public class PermitScreening {
    @Enumerated(EnumType.STRING)
    @Column(name = "screening_outcome")
    public PartyDetermination.Outcome outcome;
    @Enumerated(EnumType.STRING)
    @Column(name = "screening_trigger")
    public ScreeningTrigger trigger;
    @Column(name = "screened_at")
    public Instant screenedAt;
    /** The parties as the screening answered them, JSON of a list of {@link PartyDetermination}. */
    @Column(name = "screening_parties", columnDefinition = "json")
    @ColumnTransformer(write = "?::json")
    public String parties;
    @Column(name = "control_list_exception")
    public String exceptionReason;
    @Column(name = "control_list_exception_key")
    public String exceptionKeyId;
    @Column(name = "control_list_exception_at")
    public Instant exceptionAt;

    /** Set where only the answer is read, not the parties (the polled status: {@link StatusRows}). */
    @Transient
    boolean watchListedParty;

    /** Just enough of a screening for {@link #namesWatchListedParty()}. */
    static PermitScreening summary(boolean watchListedParty) {
        PermitScreening screening = new PermitScreening();
        screening.watchListedParty = watchListedParty;
        return screening;
    }

    /** Whether a party named is on the watch list (the most severe outcome may be another party's listing). */
    public boolean namesWatchListedParty() {
        return watchListedParty || outcome == PartyDetermination.Outcome.WATCH_LISTED
                || parties != null && parties.contains(WATCH_LISTED_IN_JSON);
    }

    /** How a watch-listed party appears in {@link #parties}; the database looks for the same text. */
    static final String WATCH_LISTED_IN_JSON = '"' + PartyDetermination.Outcome.WATCH_LISTED.name() + '"';
}
