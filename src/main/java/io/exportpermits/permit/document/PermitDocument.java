package io.exportpermits.permit.document;

import io.exportpermits.permit.document.api.DocumentKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** A document of an application; its bytes are in the {@link DocumentStore}, under the same id. */
@Entity
public class PermitDocument {
    @Id
    public UUID id;
    public UUID permitId;
    @Enumerated(EnumType.STRING)
    public DocumentKind kind;
    public String fileName;
    public String language;
    public UUID translationOf;
    public String mediaType;
    public long sizeBytes;
    public String sha256;
    public Instant uploadedAt;
    public String uploadedByKeyId;
}
