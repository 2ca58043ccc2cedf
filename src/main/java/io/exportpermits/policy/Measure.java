package io.exportpermits.policy;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What one clause of a policy imposes, on which items and in which scope. Items can be named by
 * control code, HS code prefix, or element and form, because several announcements' codes are
 * unverified: a measure must still be expressible without them.
 */
@Entity
public class Measure {
    @Id
    public UUID id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "policy_id")
    public Policy policy;
    public String clause;
    @Enumerated(EnumType.STRING)
    public MeasureKind kind;
    public String description;
    public boolean allDualUseItems;
    /** Applies to items made abroad that contain Chinese-origin controlled material (No. 61 of 2025). */
    public boolean foreignMadeOnly;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> controlCodes;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> hsCodePrefixes;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> elements;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> forms;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> destinations;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> endUserKinds;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> licenceTypes;
    public BigDecimal deMinimisPercent;
    /** When this clause starts to apply, if later than the policy (parts of No. 61 from 2025-12-01). */
    public LocalDate appliesFrom;

    /** Whether the item code is one this measure names, or a sub-item of one (1C902 covers 1C902.b). */
    public boolean coversControlCode(String code) {
        return code != null && controlCodes.stream().anyMatch(named -> ControlEntry.covers(named, code));
    }

    /** Whether the HS code falls under one of the measure's prefixes, or is a heading above one of them. */
    public boolean coversHsCode(String hsCode) {
        return hsCode != null && hsCodePrefixes.stream().anyMatch(p -> hsCode.startsWith(p) || p.startsWith(hsCode));
    }

    /** Whether the element in that form (any form, if unknown) is covered. */
    public boolean coversElement(String element, String form) {
        return element != null && elements.contains(element) && (forms.isEmpty() || form == null || forms.contains(form));
    }

    /** Whether a form alone is covered, for measures that name no element (superhard materials). */
    public boolean coversForm(String form) {
        return form != null && elements.isEmpty() && forms.contains(form);
    }

    public boolean appliesTo(String destination, String endUserKind) {
        return (destinations.isEmpty() || destinations.contains(destination))
                && (endUserKinds.isEmpty() || endUserKinds.contains(endUserKind));
    }
}
