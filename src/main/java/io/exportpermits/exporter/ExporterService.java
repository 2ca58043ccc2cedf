package io.exportpermits.exporter;

import io.exportpermits.common.http.ETags;
import io.exportpermits.common.http.Versioned;
import io.exportpermits.common.paging.CreationOrder;
import io.exportpermits.common.paging.Page;
import io.exportpermits.common.paging.PageRequest;
import io.exportpermits.common.problem.ProblemException;
import io.exportpermits.common.problem.ProblemType;
import io.exportpermits.common.security.Caller;
import io.exportpermits.event.Audience;
import io.exportpermits.event.EventLog;
import io.exportpermits.event.EventType;
import io.exportpermits.event.SubjectType;
import io.exportpermits.exporter.api.Contact;
import io.exportpermits.exporter.api.CreateExporterRequest;
import io.exportpermits.exporter.api.ExporterView;
import io.exportpermits.exporter.api.GeneralLicenceEligibility;
import io.exportpermits.exporter.api.UpdateExporterRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class ExporterService {
    private final ExporterRepository exporters;
    private final EventLog events;
    private final Clock clock;

    ExporterService(ExporterRepository exporters, EventLog events, Clock clock) {
        this.exporters = exporters;
        this.events = events;
        this.clock = clock;
    }

    public Versioned<ExporterView> register(CreateExporterRequest request) {
        String identifier = validIdentifier(request.country(), request.nationalIdentifier());
        exporters.findByIdentifier(request.country(), identifier).ifPresent(existing -> {
            throw new ProblemException(ProblemType.CONFLICT, "Exporter " + existing.id + " is already registered with "
                    + request.country() + " identifier " + identifier + ".");
        });
        Exporter exporter = new Exporter();
        exporter.id = UUID.randomUUID();
        exporter.legalName = request.legalName().strip();
        exporter.legalNameLocal = stripped(request.legalNameLocal());
        exporter.country = request.country();
        exporter.nationalIdentifier = identifier;
        exporter.address = request.address().strip();
        setContact(exporter, request.contact());
        exporter.status = ExporterStatus.ACTIVE;
        setEligibility(exporter, request.generalLicenceEligibility());
        exporter.createdAt = clock.instant();
        exporter.updatedAt = exporter.createdAt;
        exporters.persistAndFlush(exporter);
        return emitted(EventType.EXPORTER_REGISTERED, exporter);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<ExporterView> get(UUID id, Caller caller) {
        return versioned(visible(id, caller));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ExporterView> search(ExporterSearch search, PageRequest page, Caller caller) {
        CreationOrder after = CreationOrder.after(page.cursor);
        UUID onlyId = caller.ownExporter().orElse(null);
        List<ExporterView> fetched = exporters.search(search, onlyId, after, page.limit + 1).stream()
                .map(ExporterService::view).toList();
        return Page.fromLookahead(fetched, page.limit, e -> CreationOrder.cursor(e.createdAt(), e.id()));
    }

    public Versioned<ExporterView> update(UUID id, UpdateExporterRequest request, String ifMatch, Caller caller) {
        Exporter exporter = visible(id, caller);
        if (!caller.isAuthority()) {
            List<String> authorityOnly = authorityOnlyFields(request);
            if (!authorityOnly.isEmpty()) {
                throw new ProblemException(ProblemType.FORBIDDEN, "Only an issuing authority can change "
                        + String.join(", ", authorityOnly) + "; an exporter may change its address and contact.");
            }
        }
        ETags.checkIfMatch(ifMatch, ETags.of(exporter.version), false, "the exporter");
        if (request.legalName() != null) {
            exporter.legalName = request.legalName().strip();
        }
        if (request.legalNameLocal() != null) {
            exporter.legalNameLocal = request.legalNameLocal().strip();
        }
        if (request.address() != null) {
            exporter.address = request.address().strip();
        }
        if (request.contact() != null) {
            setContact(exporter, request.contact());
        }
        if (request.status() != null) {
            exporter.status = request.status();
        }
        if (request.generalLicenceEligibility() != null) {
            setEligibility(exporter, request.generalLicenceEligibility());
        }
        exporter.updatedAt = clock.instant();
        exporters.flush();
        return emitted(EventType.EXPORTER_UPDATED, exporter);
    }

    private Versioned<ExporterView> emitted(EventType type, Exporter exporter) {
        Versioned<ExporterView> now = versioned(exporter);
        events.emit(type, SubjectType.EXPORTER, exporter.id.toString(), Audience.exporter(exporter.id), now.body(),
                now.etag());
        return now;
    }

    /** Another tenant's exporter answers exactly like a missing one, so identifiers cannot be probed. */
    private Exporter visible(UUID id, Caller caller) {
        return exporters.findByIdOptional(id)
                .filter(exporter -> caller.maySeeExporter(exporter.id))
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No exporter has id " + id + "."));
    }

    private static List<String> authorityOnlyFields(UpdateExporterRequest request) {
        List<String> fields = new ArrayList<>();
        if (request.legalName() != null) {
            fields.add("legalName");
        }
        if (request.legalNameLocal() != null) {
            fields.add("legalNameLocal");
        }
        if (request.status() != null) {
            fields.add("status");
        }
        if (request.generalLicenceEligibility() != null) {
            fields.add("generalLicenceEligibility");
        }
        return fields;
    }

    private static String validIdentifier(String country, String identifier) {
        String normalised = NationalIdentifiers.normalise(identifier);
        NationalIdentifiers.problem(country, normalised).ifPresent(problem -> {
            throw ProblemException.invalidField("nationalIdentifier", problem);
        });
        return normalised;
    }

    private static void setContact(Exporter exporter, Contact contact) {
        exporter.contactName = contact.name().strip();
        exporter.contactEmail = contact.email().strip();
        exporter.contactPhone = stripped(contact.phone());
    }

    private static void setEligibility(Exporter exporter, GeneralLicenceEligibility eligibility) {
        exporter.generalLicenceEligibleFrom = eligibility == null ? null : eligibility.from();
        exporter.generalLicenceEligibleUntil = eligibility == null ? null : eligibility.until();
    }

    private static String stripped(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Versioned<ExporterView> versioned(Exporter exporter) {
        return new Versioned<>(view(exporter), ETags.of(exporter.version));
    }

    static ExporterView view(Exporter e) {
        return new ExporterView(e.id, e.legalName, e.legalNameLocal, e.country, e.nationalIdentifier, e.address,
                new Contact(e.contactName, e.contactEmail, e.contactPhone), e.status,
                e.generalLicenceEligibleFrom == null ? null
                        : new GeneralLicenceEligibility(e.generalLicenceEligibleFrom, e.generalLicenceEligibleUntil),
                e.createdAt, e.updatedAt);
    }
}
