package io.exportpermits.permit;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.util.UUID;

@Entity
public class PermitLine {
    @Id
    public UUID id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "permit_id")
    public Permit permit;
    public int lineNumber;
    public String controlCode;
    public String element;
    public String form;
    public String description;
    public BigDecimal quantity;
    public String unit;
    public BigDecimal value;
    public String currency;
    public String licenceOutcome;
    public BigDecimal approvedQuantity;
    public BigDecimal shippedQuantity;
}
