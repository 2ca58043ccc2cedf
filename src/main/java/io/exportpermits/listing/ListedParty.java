package io.exportpermits.listing;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A foreign party an issuing authority has put on one of its lists. */
@Entity
public class ListedParty {
    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    public PartyList list;
    public String authority;
    public LocalDate listedOn;
    /** The announcement's number, e.g. "MOFCOM No. 12 of 2026"; null when no source gives it. */
    public String announcement;
    /** False when the number comes from a weak source; null when there is no number. */
    public Boolean announcementConfirmed;
    public String announcementUrl;
    public String name;
    public String nameZh;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> aliases = new ArrayList<>();
    public String country;
    public String address;
    public String note;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> sources = new ArrayList<>();
    public LocalDate lastVerifiedOn;
    public LocalDate liftedOn;
    public String liftedBy;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public long version;

    @OneToMany(mappedBy = "party")
    @OrderBy("fromDate")
    public List<ListingSuspension> suspensions = new ArrayList<>();

    /** Every name the party is known by: the English name first, then the Chinese name and the aliases. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        names.add(name);
        if (nameZh != null) {
            names.add(nameZh);
        }
        names.addAll(aliases);
        return names;
    }
}
