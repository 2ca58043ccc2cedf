package io.exportpermits.importer;

import io.exportpermits.apikey.ApiKeyService;
import io.exportpermits.common.http.ETags;
import io.exportpermits.common.http.Versioned;
import io.exportpermits.common.paging.CreationOrder;
import io.exportpermits.common.paging.Page;
import io.exportpermits.common.paging.PageRequest;
import io.exportpermits.common.problem.FieldError;
import io.exportpermits.common.problem.ProblemException;
import io.exportpermits.common.problem.ProblemType;
import io.exportpermits.common.security.Caller;
import io.exportpermits.common.security.Role;
import io.exportpermits.event.Audience;
import io.exportpermits.event.EventLog;
import io.exportpermits.event.EventType;
import io.exportpermits.event.SubjectType;
import io.exportpermits.exporter.NationalIdentifiers;
import io.exportpermits.importer.api.CreateImporterRequest;
import io.exportpermits.importer.api.ImporterRegistration;
import io.exportpermits.importer.api.ImporterView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Importer organisations: registered by an authority (verified at once) or by themselves (pending until an
 * authority verifies or rejects them). Verifying one links the parties that carry its LEI.
 */
@ApplicationScoped
@Transactional
public class ImporterService {
    private final ImporterRepository importers;
    private final ApiKeyService keys;
    private final EventLog events;
    private final Event<ImporterVerified> verified;
    private final Clock clock;

    ImporterService(ImporterRepository importers, ApiKeyService keys, EventLog events, Event<ImporterVerified> verified,
                    Clock clock) {
        this.importers = importers;
        this.keys = keys;
        this.events = events;
        this.verified = verified;
        this.clock = clock;
    }

    public Versioned<ImporterView> create(CreateImporterRequest request, Caller authority) {
        Importer importer = newImporter(request, false);
        importer.status = ImporterStatus.VERIFIED;
        importer.verifiedAt = importer.createdAt;
        importers.persistAndFlush(importer);
        Versioned<ImporterView> created = emitted(EventType.IMPORTER_REGISTERED, importer);
        verified.fire(new ImporterVerified(importer.id, importer.lei, authority));
        return created;
    }

    /** Anyone may register; the organisation and its first key can do nothing until an authority verifies it. */
    public ImporterRegistration register(CreateImporterRequest request) {
        Importer importer = newImporter(request, true);
        importer.status = ImporterStatus.PENDING;
        importers.persistAndFlush(importer);
        ImporterView view = emitted(EventType.IMPORTER_REGISTERED, importer).body();
        return new ImporterRegistration(view, keys.createFirstImporterKey(importer.id,
                importer.legalName + " (registration key)"));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<ImporterView> get(UUID id, Caller caller) {
        return versioned(visible(id, caller));
    }

    /** An authority lists every importer; an importer organisation's key only its own. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ImporterView> list(ImporterStatus status, String lei, PageRequest page, Caller caller) {
        if (!caller.isAuthority() && caller.ownImporter().isEmpty()) {
            return new Page<>(List.of(), null);
        }
        CreationOrder after = CreationOrder.after(page.cursor);
        List<ImporterView> fetched = importers.page(status, lei, caller.ownImporter().orElse(null), after,
                        page.limit + 1)
                .stream().map(ImporterService::view).toList();
        return Page.fromLookahead(fetched, page.limit, i -> CreationOrder.cursor(i.createdAt(), i.id()));
    }

    /** Verifying a verified importer changes nothing; a rejected one must register again. */
    public Versioned<ImporterView> verify(UUID id, String ifMatch, Caller authority) {
        Importer importer = visible(id, authority);
        ETags.checkIfMatch(ifMatch, ETags.of(importer.version), false, "the importer");
        if (importer.status == ImporterStatus.VERIFIED) {
            return versioned(importer);
        }
        requirePending(importer, "verified");
        importer.status = ImporterStatus.VERIFIED;
        importer.verifiedAt = clock.instant();
        importer.updatedAt = importer.verifiedAt;
        importers.flush();
        Versioned<ImporterView> now = emitted(EventType.IMPORTER_VERIFIED, importer);
        verified.fire(new ImporterVerified(importer.id, importer.lei, authority));
        return now;
    }

    public Versioned<ImporterView> reject(UUID id, String reason, String ifMatch, Caller authority) {
        Importer importer = visible(id, authority);
        ETags.checkIfMatch(ifMatch, ETags.of(importer.version), false, "the importer");
        requirePending(importer, "rejected");
        importer.status = ImporterStatus.REJECTED;
        importer.statusReason = reason.strip();
        importer.updatedAt = clock.instant();
        importers.flush();
        return emitted(EventType.IMPORTER_REJECTED, importer);
    }

    private Importer newImporter(CreateImporterRequest request, boolean selfRegistered) {
        String identifier = request.nationalIdentifier() == null ? null
                : NationalIdentifiers.normalise(request.nationalIdentifier());
        if (request.lei() == null && identifier == null) {
            throw ProblemException.invalid(List.of(
                    new FieldError("lei", "or nationalIdentifier is required: an importer is known by one of them"),
                    new FieldError("nationalIdentifier", "or lei is required: an importer is known by one of them")));
        }
        if (identifier != null) {
            NationalIdentifiers.problem(request.country(), identifier).ifPresent(problem -> {
                throw ProblemException.invalidField("nationalIdentifier", problem);
            });
        }
        importers.holderOf(request.lei(), request.country(), identifier).ifPresent(holder -> {
            throw new ProblemException(ProblemType.CONFLICT, "Importer " + holder.id + " (" + holder.status
                    + ") already holds " + (request.lei() != null && request.lei().equals(holder.lei)
                    ? "LEI " + request.lei() : request.country() + " identifier " + identifier) + ".");
        });
        Importer importer = new Importer();
        importer.id = UUID.randomUUID();
        importer.legalName = request.legalName().strip();
        importer.country = request.country();
        importer.lei = request.lei();
        importer.nationalIdentifier = identifier;
        importer.contactEmail = request.contactEmail().strip();
        importer.selfRegistered = selfRegistered;
        importer.createdAt = clock.instant();
        importer.updatedAt = importer.createdAt;
        return importer;
    }

    private static void requirePending(Importer importer, String outcome) {
        if (importer.status != ImporterStatus.PENDING) {
            throw new ProblemException(ProblemType.INVALID_TRANSITION, "Importer " + importer.id + " is "
                    + importer.status + "; only a PENDING registration can be " + outcome + ".");
        }
    }

    /** Another organisation answers exactly like a missing one. */
    private Importer visible(UUID id, Caller caller) {
        return importers.findByIdOptional(id)
                .filter(importer -> caller.isAuthority()
                        || caller.role() == Role.IMPORTER && caller.ownImporter().filter(id::equals).isPresent())
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No importer has id " + id + "."));
    }

    private Versioned<ImporterView> emitted(EventType type, Importer importer) {
        Versioned<ImporterView> now = versioned(importer);
        events.emit(type, SubjectType.IMPORTER, importer.id.toString(),
                new Audience(false, null, List.of(importer.id)), now.body(), now.etag());
        return now;
    }

    private static Versioned<ImporterView> versioned(Importer importer) {
        return new Versioned<>(view(importer), ETags.of(importer.version));
    }

    private static ImporterView view(Importer i) {
        return new ImporterView(i.id, i.legalName, i.country, i.lei, i.nationalIdentifier, i.contactEmail, i.status,
                i.selfRegistered, i.statusReason, i.createdAt, i.updatedAt, i.verifiedAt);
    }
}
