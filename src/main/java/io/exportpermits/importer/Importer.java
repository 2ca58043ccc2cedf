package io.exportpermits.importer;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A buying organisation, however many exporters name it as a party. */
@Entity
public class Importer {
    @Id
    public UUID id;
    public String legalName;
    public String country;
    public String lei;
    public String nationalIdentifier;
    public String contactEmail;
    @Enumerated(EnumType.STRING)
    public ImporterStatus status;
    public boolean selfRegistered;
    public String statusReason;
    public Instant createdAt;
    public Instant updatedAt;
    public Instant verifiedAt;
    @Version
    public long version;
}
