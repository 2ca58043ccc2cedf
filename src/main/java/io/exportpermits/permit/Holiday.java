package io.exportpermits.permit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** A day the statutory clock does not count, besides weekends. */
@Entity
public class Holiday {
    @Id
    public LocalDate day;
    public String name;
}
