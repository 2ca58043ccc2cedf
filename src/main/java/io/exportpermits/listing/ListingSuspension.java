package io.exportpermits.listing;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A period in which the measures on a listed party do not apply; both days included, open-ended without an end. */
@Entity
@Table(name = "listed_party_suspension")
public class ListingSuspension {
    @Id
    public UUID id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "listed_party_id")
    public ListedParty party;
    public String decision;
    public LocalDate fromDate;
    public LocalDate untilDate;
    /** A source confirms it ended on {@link #untilDate}; otherwise only the schedule says so. */
    public boolean endConfirmed;
    public String source;
    public String note;
    public Instant createdAt;

    public boolean coversDay(LocalDate day) {
        return !day.isBefore(fromDate) && (untilDate == null || !day.isAfter(untilDate));
    }
}
