package io.exportpermits.policy;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An item of an export control list, keyed by its export-control code. */
@Entity
public class ControlEntry {
    @Id
    public String code;
    public String parentCode;
    public String description;
    public String descriptionZh;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> elements;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> forms;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> hsCodes;
    public String defaultUnit;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> sources;
    public LocalDate lastVerifiedOn;
    public String verificationNote;

    /** Whether {@code code} is this entry or one of its sub-items (1C902 covers 1C902.a). */
    public static boolean covers(String entryCode, String code) {
        return code.equals(entryCode) || code.startsWith(entryCode + ".");
    }
}
