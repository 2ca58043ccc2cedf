package io.exportpermits.party;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A link to an importer made or removed. Rows are only ever added. */
@Entity
@Table(name = "party_history")
public class PartyHistoryEntry {
    @Id
    public UUID id;
    public UUID partyId;
    public String action;
    public UUID importerId;
    @Enumerated(EnumType.STRING)
    public ImporterLinkBasis basis;
    public String actorKeyId;
    public String actorRole;
    public Instant occurredAt;
}
