package io.exportpermits.permit.document;

import io.exportpermits.common.TimeOrderedIds;
import io.exportpermits.common.http.SpooledBody;
import io.exportpermits.common.http.Versioned;
import io.exportpermits.common.problem.FieldError;
import io.exportpermits.common.problem.ProblemException;
import io.exportpermits.common.problem.ProblemType;
import io.exportpermits.common.security.Caller;
import io.exportpermits.event.Audience;
import io.exportpermits.event.EventLog;
import io.exportpermits.event.EventType;
import io.exportpermits.event.SubjectType;
import io.exportpermits.permit.Permit;
import io.exportpermits.permit.PermitService;
import io.exportpermits.permit.document.api.DocumentKind;
import io.exportpermits.permit.document.api.DocumentList;
import io.exportpermits.permit.document.api.DocumentView;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The documents of an application. An upload arrives in a temporary file ({@link SpooledBody}),
 * counted and hashed as it came and stopped at the size limit, without a database connection held for
 * as long as a slow client takes; its type is then detected from the file, and only a document that
 * passes every check is stored, in one transaction that holds the permit's lock, so that nothing is
 * half-written and two uploads of the same bytes cannot both land.
 */
@ApplicationScoped
public class DocumentService {
    private final PermitService permits;
    private final PermitDocumentRepository documents;
    private final DocumentStore store;
    private final DocumentCopies copies;
    private final DocumentTypes types;
    private final DocumentUploadRoute route;
    private final EventLog events;
    private final Clock clock;

    DocumentService(PermitService permits, PermitDocumentRepository documents, DocumentStore store,
                    DocumentCopies copies, DocumentTypes types, DocumentUploadRoute route, EventLog events,
                    Clock clock) {
        this.permits = permits;
        this.documents = documents;
        this.store = store;
        this.copies = copies;
        this.types = types;
        this.route = route;
        this.events = events;
        this.clock = clock;
    }

    /** A document to send: its description, its tag, and the file of its bytes, made when first asked for. */
    public record Download(Versioned<DocumentView> document, Supplier<Path> content) {
    }

    /**
     * What an upload says about its document, checked before its body is received: the permit must be the
     * caller's and take documents, and every field must be right.
     */
    DocumentUpload admit(String number, String kind, String fileName, String language, String translationOf,
                         Caller caller) {
        checkOpen(permits.visible(number, caller));
        return DocumentUpload.checked(kind, fileName, language, translationOf);
    }

    /** Stores the file received for an admitted upload, and keeps the file as the document's local copy. */
    Versioned<DocumentView> store(String number, DocumentUpload upload, SpooledBody body, Caller caller) {
        if (body.size() == 0) {
            throw ProblemException.invalidField("file", "is empty");
        }
        String detected = detect(body.file());
        if (DocumentTypes.acceptedName(detected).isEmpty()) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "The file's bytes are " + detected
                    + " (whatever its name or Content-Type say); an application takes "
                    + String.join(", ", DocumentTypes.ACCEPTED.values()) + ".");
        }
        Versioned<DocumentView> stored = QuarkusTransaction.requiringNew().call(() -> insert(number, upload, body,
                detected, caller));
        copies.adopt(stored.body().id(), body.file());
        return stored;
    }

    /** The upload of a form's file part, received whole by the form reader. */
    Versioned<DocumentView> uploadPart(String number, String kind, String fileName, String language,
                                       String translationOf, Path part, Caller caller) {
        DocumentUpload upload = admit(number, kind, fileName, language, translationOf, caller);
        try {
            return store(number, upload, SpooledBody.ofFile(part, route.maxFileSize()), caller);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public DocumentList list(String number, Caller caller) {
        Permit permit = permits.visible(number, caller);
        List<PermitDocument> carried = documents.ofPermit(permit.id);
        return new DocumentList(carried.stream().map(d -> view(number, d)).toList(),
                DocumentChecklist.of(permit, carried));
    }

    public Versioned<DocumentView> get(String number, UUID id, Caller caller) {
        PermitDocument document = find(permits.visible(number, caller), number, id);
        return new Versioned<>(view(number, document), etag(document));
    }

    public Download download(String number, UUID id, Caller caller) {
        PermitDocument document = find(permits.visible(number, caller), number, id);
        return new Download(new Versioned<>(view(number, document), etag(document)), () -> copies.of(document.id,
                document.sizeBytes, out -> store.read(document.id, out)));
    }

    public void delete(String number, UUID id, Caller caller) {
        QuarkusTransaction.requiringNew().run(() -> {
            Permit permit = permits.lockedVisible(number, caller);
            PermitDocument document = find(permit, number, id);
            checkOpen(permit);
            List<PermitDocument> translations = documents.translationsOf(id);
            if (!translations.isEmpty()) {
                throw new ProblemException(ProblemType.CONFLICT, "Document " + id + " has a translation ("
                        + translations.get(0).id + "): delete the translation first.");
            }
            store.delete(id);
            documents.delete(document);
            permits.recordChange(permit, "delete-document", changes(document), caller);
            emit(EventType.PERMIT_DOCUMENT_DELETED, permit, view(number, document), etag(document));
        });
        copies.forget(id);
    }

    public static String etag(PermitDocument document) {
        return "\"" + document.sha256 + "\"";
    }

    private Versioned<DocumentView> insert(String number, DocumentUpload upload, SpooledBody content,
                                          String mediaType, Caller caller) throws IOException {
        String sha256 = content.sha256();
        Permit permit = permits.lockedVisible(number, caller);
        checkOpen(permit);
        Optional<PermitDocument> same = documents.withHash(permit.id, sha256);
        if (same.isPresent()) {
            throw new ProblemException(ProblemType.CONFLICT, "Permit " + number + " already has this document, "
                    + "byte for byte: " + same.get().id + " (" + same.get().fileName + "). Nothing was stored.");
        }
        if (upload.translationOf() != null) {
            Optional<PermitDocument> original = documents.ofPermit(permit.id, upload.translationOf());
            if (original.isEmpty() || original.get().kind == DocumentKind.TRANSLATION) {
                throw ProblemException.invalid(List.of(new FieldError("translationOf",
                        "names no document of this permit that a translation can be of")));
            }
        }
        PermitDocument document = new PermitDocument();
        document.id = TimeOrderedIds.next();
        document.permitId = permit.id;
        document.kind = upload.kind();
        document.fileName = upload.fileName();
        document.language = upload.language();
        document.translationOf = upload.translationOf();
        document.mediaType = mediaType;
        document.sizeBytes = content.size();
        document.sha256 = sha256;
        document.uploadedAt = clock.instant();
        document.uploadedByKeyId = caller.keyId();
        documents.persist(document);
        documents.flush();
        store.write(document.id, content.file());
        permits.recordChange(permit, "add-document", changes(document), caller);
        DocumentView view = view(number, document);
        emit(EventType.PERMIT_DOCUMENT_ADDED, permit, view, etag(document));
        return new Versioned<>(view, etag(document));
    }

    private String detect(Path file) {
        try {
            return types.detect(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void emit(EventType type, Permit permit, DocumentView view, String etag) {
        events.emit(type, SubjectType.PERMIT_DOCUMENT, view.permit() + "/documents/" + view.id(),
                Audience.exporter(permit.exporterId), view, etag);
    }

    private PermitDocument find(Permit permit, String number, UUID id) {
        return documents.ofPermit(permit.id, id).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                "Permit " + number + " has no document " + id + "."));
    }

    /** Documents change while the application is with the exporter; once accepted they are kept as they are. */
    private static void checkOpen(Permit permit) {
        if (!permit.documentsOpen()) {
            throw new ProblemException(ProblemType.CONFLICT, "Permit " + permit.number + " is " + permit.status
                    + ": documents can be added or deleted only while it is a DRAFT or corrections are requested. "
                    + "Those of a submitted application are kept as they are (Art. 27: at least 5 years).");
        }
    }

    private static Map<String, Object> changes(PermitDocument document) {
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("documentId", document.id);
        changes.put("kind", document.kind);
        changes.put("fileName", document.fileName);
        changes.put("sha256", document.sha256);
        changes.put("sizeBytes", document.sizeBytes);
        return changes;
    }

    private static DocumentView view(String number, PermitDocument d) {
        return new DocumentView(d.id, number, d.kind, d.fileName, d.language, d.translationOf, d.mediaType,
                d.sizeBytes, d.sha256, d.uploadedAt, "/api/v1/permits/" + number + "/documents/" + d.id + "/content");
    }
}
