package io.exportpermits.permit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One reported batch of goods shipped under a permit: written by {@link ShipmentWrites}, read for the list. */
@Entity
public class Shipment {
    @Id
    public UUID id;
    public UUID permitId;
    public String batchId;
    public LocalDate shippedOn;
    public Instant reportedAt;
    public String reportedByKeyId;
    public String reportedByRole;
    /** JSON of the first answer, replayed for a repeated batch id. */
    public String response;
}
