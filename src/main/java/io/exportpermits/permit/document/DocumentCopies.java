package io.exportpermits.permit.document;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Copies of documents' bytes in files of this instance, which downloads send straight from the page
 * cache (sendfile) instead of reading the store chunk by chunk through the heap. A document's bytes never
 * change once stored, so a copy is never stale; whether the document may be read at all is decided
 * before a copy is looked at, so a copy that outlives its document is never served. The copies take at
 * most the configured room, the least used first out (by recency and frequency), in a directory of this
 * process's own that it removes when it stops.
 */
@ApplicationScoped
public class DocumentCopies {
    private static final Logger LOG = Logger.getLogger(DocumentCopies.class);
    // A download may have been handed a copy's path just before it was evicted: it has opened the
    // file well within this time, and an open file outlives its deletion.
    private static final long DELETE_AFTER_SECONDS = 60;

    private final Path directory;
    private final Cache<UUID, Path> copies;

    @Inject
    DocumentCopies(@ConfigProperty(name = "export-permits.documents.local-copies.max-size") MemorySize room,
                   DocumentUploadRoute route) throws IOException {
        // Beside the uploads being received, which are moved here once stored.
        this(Path.of(System.getProperty("java.io.tmpdir")), room.asLongValue(), route.maxFileSize(),
                CompletableFuture.delayedExecutor(DELETE_AFTER_SECONDS, TimeUnit.SECONDS));
    }

    DocumentCopies(Path parent, long room, long largestDocument, Executor deletions) throws IOException {
        if (room < largestDocument) {
            throw new IllegalArgumentException("export-permits.documents.local-copies.max-size (" + room
                    + " bytes) must hold at least one document of export-permits.documents.max-size ("
                    + largestDocument + " bytes)");
        }
        Files.createDirectories(parent);
        this.directory = Files.createTempDirectory(parent, "export-permits-documents-");
        this.copies = Caffeine.newBuilder()
                .maximumWeight(room)
                .weigher((UUID id, Path copy) -> (int) Math.min(Integer.MAX_VALUE, sizeOf(copy)))
                .executor(Runnable::run)
                // Replaced too: two first downloads at once each fill a file of their own, and the one kept
                // last replaces the other, whose file must go like an evicted one.
                .removalListener((UUID id, Path copy, RemovalCause cause) -> {
                    if (copy != null) {
                        deletions.execute(() -> deleteQuietly(copy));
                    }
                })
                .build();
    }

    /** Fills a file with a document's bytes. */
    @FunctionalInterface
    public interface Filler {
        void fill(OutputStream out) throws IOException;
    }

    /** The copy of the document, made from {@code filler} first if this instance has none. */
    public Path of(UUID document, long size, Filler filler) {
        Path known = copies.getIfPresent(document);
        if (known != null && Files.isReadable(known)) {
            return known;
        }
        Path filling = null;
        try {
            filling = Files.createTempFile(directory, document + "-", "");
            try (OutputStream out = Files.newOutputStream(filling)) {
                filler.fill(out);
            }
            long filled = Files.size(filling);
            if (filled != size) {
                throw new IllegalStateException("the store gave " + filled + " bytes of document " + document
                        + ", which has " + size);
            }
            Path copy = keep(document, filling);
            filling = null; // kept
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (filling != null) {
                deleteQuietly(filling);
            }
        }
    }

    /**
     * Takes the file of a document just stored as its copy (moved, not copied, where it can be), so that
     * the first download is as fast as the next.
     */
    public void adopt(UUID document, Path file) {
        try {
            Path copy = Files.createTempFile(directory, document + "-", "");
            Files.move(file, copy, StandardCopyOption.REPLACE_EXISTING);
            keep(document, copy);
        } catch (IOException e) {
            LOG.warnf(e, "could not keep a copy of document %s; it will be read from the store", document);
        }
    }

    /** Drops the copy of a deleted document. */
    public void forget(UUID document) {
        copies.invalidate(document);
    }

    /** A file is a copy once complete: downloads find copies here, never by listing the directory. */
    private Path keep(UUID document, Path whole) {
        copies.put(document, whole);
        return whole;
    }

    @PreDestroy
    void removeAll() {
        copies.asMap().clear();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(DocumentCopies::deleteQuietly);
        } catch (IOException e) {
            LOG.debugf(e, "could not remove %s", directory);
        }
    }

    Path directory() {
        return directory;
    }

    private static long sizeOf(Path copy) {
        try {
            return Files.size(copy);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the directory goes when the service stops, and with it anything left here
        }
    }
}
