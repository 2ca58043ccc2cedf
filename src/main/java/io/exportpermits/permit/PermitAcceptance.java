package io.exportpermits.permit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.exportpermits.common.problem.ProblemException;
import io.exportpermits.common.problem.ProblemType;
import io.exportpermits.permit.api.CorrectionsRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Acceptance of an application (Art. 17 of the 2024 Regulations; Administrative Licensing Law Art. 32):
 * the authority accepts it, or lists every correction needed, within 5 working days of receipt; after
 * that the law has accepted it on the day it was received. The 45 working days run from acceptance.
 */
@ApplicationScoped
class PermitAcceptance {
    private final HolidayRepository holidays;
    private final ApplicationChecklist checklist;
    private final ObjectMapper json;
    private final Clock clock;

    PermitAcceptance(HolidayRepository holidays, ApplicationChecklist checklist, ObjectMapper json, Clock clock) {
        this.holidays = holidays;
        this.checklist = checklist;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Past the acceptance deadline the application was accepted already, on the day it was received, and
     * that is the day recorded. Documents the checklist still misses are recorded with the acceptance:
     * whether the file is complete is the authority's call.
     */
    void accept(Permit permit, Map<String, Object> changes) {
        boolean byLaw = today().isAfter(acceptanceDueOn(permit));
        permit.acceptedOn = byLaw ? StatutoryClocks.receivedOn(permit) : today();
        permit.acceptedByLaw = byLaw;
        permit.decisionDueOn = holidays.workingDays().add(permit.acceptedOn, StatutoryClocks.WORKING_DAYS);
        changes.put("acceptedOn", permit.acceptedOn);
        changes.put("acceptedByLaw", byLaw);
        changes.put("decisionDueOn", permit.decisionDueOn);
        List<String> missing = ApplicationChecklist.missing(checklist.of(permit)).stream()
                .map(required -> required.kind().name()).toList();
        if (!missing.isEmpty()) {
            changes.put("missingDocuments", missing);
        }
    }

    /** Only in time, never empty, and listing every required document the application lacks. */
    void requestCorrections(Permit permit, CorrectionsRequest request, Map<String, Object> changes) {
        LocalDate acceptanceDue = acceptanceDueOn(permit);
        if (today().isAfter(acceptanceDue)) {
            throw new ProblemException(ProblemType.CONFLICT, "Permit " + permit.number + " counts as accepted on "
                    + StatutoryClocks.receivedOn(permit) + ", the day it was received: no correction notice came "
                    + "within 5 working days (by " + acceptanceDue + "). Accept it, then ask for information.");
        }
        if (request.items().isEmpty()) {
            throw new ProblemException(ProblemType.CONFLICT, "A correction notice lists what to correct; with nothing "
                    + "to correct, accept the application.");
        }
        List<String> unlisted = ApplicationChecklist.missing(checklist.of(permit)).stream()
                .filter(required -> request.items().stream().noneMatch(item -> item.kind() == required.kind()))
                .map(required -> required.kind() + (required.translationOf() == null ? ""
                        : " (of document " + required.translationOf() + ")"))
                .toList();
        if (!unlisted.isEmpty()) {
            throw ProblemException.invalidField("items", "must list every missing document at once; also missing: "
                    + String.join(", ", unlisted));
        }
        try {
            permit.corrections = json.writeValueAsString(request.items());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        permit.decisionDueOn = null;
        changes.put("corrections", request.items());
    }

    private LocalDate acceptanceDueOn(Permit permit) {
        return holidays.workingDays().add(StatutoryClocks.receivedOn(permit), StatutoryClocks.ACCEPTANCE_WORKING_DAYS);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
