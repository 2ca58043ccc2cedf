package io.exportpermits.party;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** That a party is one of an importer organisation's names: its keys then see what names the party. */
@Entity
@Table(name = "party_importer_link")
public class PartyImporterLink {
    @Id
    public UUID partyId;
    public UUID importerId;
    @Enumerated(EnumType.STRING)
    public ImporterLinkBasis basis;
    public Instant linkedAt;
    public String linkedByKeyId;
}
