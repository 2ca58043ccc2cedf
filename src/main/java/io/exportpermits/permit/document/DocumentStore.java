package io.exportpermits.permit.document;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Where the bytes of documents live. Both directions stream: no implementation may hold a whole
 * document in memory. The PostgreSQL one needs nothing else to run; an object store would take its
 * place behind this interface at scale (README, "Documents").
 */
public interface DocumentStore {
    /** Stores the file's bytes as the document's content, inside the caller's transaction. */
    void write(UUID document, Path content) throws IOException;

    /** Writes the document's whole content to {@code out} (ranges are served from a local copy). */
    void read(UUID document, OutputStream out) throws IOException;

    /** Removes the content, inside the caller's transaction. */
    void delete(UUID document);
}
