package io.exportpermits.permit;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

@Entity
@IdClass(ShipmentLine.Key.class)
public class ShipmentLine {
    @Id
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "shipment_id")
    public Shipment shipment;
    @Id
    public int lineNumber;
    public BigDecimal quantity;

    public static class Key implements Serializable {
        public java.util.UUID shipment;
        public int lineNumber;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(shipment, key.shipment) && lineNumber == key.lineNumber;
        }

        @Override
        public int hashCode() {
            return Objects.hash(shipment, lineNumber);
        }
    }
}
