package io.exportpermits.permit.document;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PermitDocumentRepository implements PanacheRepositoryBase<PermitDocument, UUID> {

    /** In upload order. An application has tens of documents, not thousands: no paging. */
    public List<PermitDocument> ofPermit(UUID permitId) {
        return list("permitId = ?1 order by uploadedAt, id", permitId);
    }

    public Optional<PermitDocument> ofPermit(UUID permitId, UUID documentId) {
        return find("permitId = ?1 and id = ?2", permitId, documentId).firstResultOptional();
    }

    public Optional<PermitDocument> withHash(UUID permitId, String sha256) {
        return find("permitId = ?1 and sha256 = ?2", permitId, sha256).firstResultOptional();
    }

    public List<PermitDocument> translationsOf(UUID documentId) {
        return list("translationOf", documentId);
    }
}
