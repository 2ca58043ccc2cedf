package io.exportpermits.permit;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One reported batch of goods shipped under a permit. */
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

    @OneToMany(mappedBy = "shipment", cascade = CascadeType.PERSIST)
    @OrderBy("lineNumber")
    public List<ShipmentLine> lines = new ArrayList<>();
}
