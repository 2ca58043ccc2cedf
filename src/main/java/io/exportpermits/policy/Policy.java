package io.exportpermits.policy;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One announcement of an issuing authority and what it imposes. */
@Entity
public class Policy {
    @Id
    public String id;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> authorities;
    public int number;
    public int year;
    public String title;
    public String titleZh;
    public LocalDate publishedOn;
    public LocalDate effectiveFrom;
    public LocalDate effectiveUntil;
    public LocalDate repealedOn;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> sources;
    public LocalDate lastVerifiedOn;
    public String verificationNote;
    public String summary;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public long version;

    @OneToMany(mappedBy = "policy")
    @OrderBy("clause")
    public List<Measure> measures = new ArrayList<>();
}
