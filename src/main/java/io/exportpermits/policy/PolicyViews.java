package io.exportpermits.policy;

import io.exportpermits.policy.api.ControlEntryView;
import io.exportpermits.policy.api.MeasureView;
import io.exportpermits.policy.api.PolicyView;
import io.exportpermits.policy.api.StandingView;
import io.exportpermits.policy.api.SuspensionView;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Entity to wire mapping for policies and the control list, on the day asked about. */
final class PolicyViews {
    private PolicyViews() {
    }

    static PolicyView policy(Policy p, Catalogue catalogue, LocalDate day) {
        Standing standing = catalogue.standing(p, day);
        return new PolicyView(p.id,
                p.authorities.stream().map(code -> new PolicyView.AuthorityView(code,
                        catalogue.authorities().containsKey(code) ? catalogue.authorities().get(code).name : code)).toList(),
                p.number, p.year, p.title, p.titleZh, p.publishedOn, p.effectiveFrom, p.effectiveUntil, p.repealedOn,
                standing(standing),
                p.summary,
                p.measures.stream().map(m -> measure(m, catalogue, day)).toList(),
                catalogue.suspensions().stream().filter(s -> s.declaredBy.id.equals(p.id)).map(PolicyViews::suspension).toList(),
                catalogue.suspensionsOf(p.id).stream().map(PolicyViews::suspension).toList(),
                p.sources, p.lastVerifiedOn, p.verificationNote);
    }

    static StandingView standing(Standing s) {
        return new StandingView(s.asOf(), s.status(), s.reason(),
                s.suspension() == null ? null : s.suspension().declaredBy.id,
                s.suspension() == null ? null : s.suspension().untilDate, s.since(), s.basis());
    }

    static MeasureView measure(Measure m, Catalogue catalogue, LocalDate day) {
        LocalDate clauseSuspendedUntil = catalogue.activeSuspension(m.policy.id, m.clause, day)
                .map(s -> s.untilDate).orElse(null);
        return new MeasureView(m.clause, m.kind, m.description, m.allDualUseItems, m.foreignMadeOnly, m.controlCodes,
                m.hsCodePrefixes, m.elements, m.forms, m.destinations, m.endUserKinds, m.licenceTypes,
                m.deMinimisPercent, m.appliesFrom, clauseSuspendedUntil);
    }

    static SuspensionView suspension(Suspension s) {
        return new SuspensionView(s.declaredBy.id, s.suspendedPolicyId, s.suspendedReference, s.clause, s.fromDate,
                s.untilDate, s.note, s.endConfirmed);
    }

    /** An entry with its sub-items nested, as deep as they go. */
    static ControlEntryView entryTree(ControlEntry e, Map<String, List<ControlEntry>> childrenByParent) {
        return entry(e, childrenByParent.getOrDefault(e.code, List.of()).stream()
                .map(child -> entryTree(child, childrenByParent)).toList());
    }

    static ControlEntryView entry(ControlEntry e, List<ControlEntryView> children) {
        return new ControlEntryView(e.code, e.parentCode, e.description, e.descriptionZh, e.elements, e.forms, e.hsCodes,
                e.defaultUnit, e.sources, e.lastVerifiedOn, e.verificationNote, children);
    }
}
