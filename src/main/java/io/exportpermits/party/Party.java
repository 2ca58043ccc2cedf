package io.exportpermits.party;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A consignee or end user named on permits. */
@Entity
public class Party {
    @Id
    public UUID id;
    public String name;
    public String country;
    public String identifier;
    public String lei;
    /** The exporter that added it, which may then see it; null when an authority added it. */
    public UUID addedByExporterId;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public long version;
}
