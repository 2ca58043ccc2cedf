package io.exportpermits.exporter;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
public class Exporter {
    @Id
    public UUID id;
    public String legalName;
    public String legalNameLocal;
    public String country;
    public String nationalIdentifier;
    public String address;
    public String contactName;
    public String contactEmail;
    public String contactPhone;
    @Enumerated(EnumType.STRING)
    public ExporterStatus status;
    public LocalDate generalLicenceEligibleFrom;
    public LocalDate generalLicenceEligibleUntil;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public long version;

    /** Whether the exporter may hold general licences on that day (both bounds inclusive). */
    public boolean eligibleForGeneralLicenceOn(LocalDate day) {
        return generalLicenceEligibleFrom != null && !day.isBefore(generalLicenceEligibleFrom)
                && (generalLicenceEligibleUntil == null || !day.isAfter(generalLicenceEligibleUntil));
    }
}
