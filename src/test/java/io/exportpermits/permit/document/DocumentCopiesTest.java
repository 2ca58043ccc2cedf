package io.exportpermits.permit.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local copies' bookkeeping, which no HTTP test can push to its limit of room. */
class DocumentCopiesTest {
    private static final int DOCUMENT = 1_000;
    @TempDir
    Path parent;
    private DocumentCopies copies;
    // The deletions of evicted copies, run when a test says the minute has passed.
    private final List<Runnable> deletions = new ArrayList<>();

    @BeforeEach
    void copies() throws IOException {
        copies = new DocumentCopies(parent, 3 * DOCUMENT, DOCUMENT, deletions::add); // room for three
    }

    private void aMinuteLater() {
        deletions.forEach(Runnable::run);
        deletions.clear();
    }

    @AfterEach
    void stop() {
        copies.removeAll();
    }

    private static byte[] bytesOf(int document) {
        byte[] bytes = new byte[DOCUMENT];
        Arrays.fill(bytes, (byte) document);
        return bytes;
    }

    private List<Path> onDisk() throws IOException {
        try (Stream<Path> files = Files.list(copies.directory())) {
            return files.toList();
        }
    }

    @Test
    void copiesStayWithinTheirRoomAndAnEvictedOneIsMadeAgainFromTheStore() throws IOException {
        List<UUID> ids = new ArrayList<>();
        AtomicInteger reads = new AtomicInteger();
        for (int i = 0; i < 10; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            int document = i;
            Path copy = copies.of(id, DOCUMENT, out -> {
                reads.incrementAndGet();
                out.write(bytesOf(document));
            });
            // Even a copy evicted as soon as made (the cache may judge it less useful than those it has) is
            // there for the download it was made for.
            assertArrayEquals(bytesOf(i), Files.readAllBytes(copy));
            aMinuteLater();
            assertTrue(onDisk().size() <= 3, "at most three documents' worth on disk: " + onDisk());
        }
        assertEquals(10, reads.get());
        for (int i = 0; i < ids.size(); i++) {
            int document = i;
            assertArrayEquals(bytesOf(i), Files.readAllBytes(copies.of(ids.get(i), DOCUMENT,
                    out -> out.write(bytesOf(document)))));
            aMinuteLater();
        }
        assertTrue(onDisk().size() <= 3);
    }

    @Test
    void anAdoptedFileIsTheCopyUntilForgottenAndACopyGoneFromDiskIsMadeAgain() throws IOException {
        UUID id = UUID.randomUUID();
        Path uploaded = Files.write(parent.resolve("upload.part"), bytesOf(7));
        copies.adopt(id, uploaded);
        assertTrue(Files.notExists(uploaded), "moved, not copied");
        Path copy = copies.of(id, DOCUMENT, out -> {
            throw new AssertionError("an adopted document is not read from the store");
        });
        assertArrayEquals(bytesOf(7), Files.readAllBytes(copy));

        Files.delete(copy); // a cleaner of temporary directories went by
        assertArrayEquals(bytesOf(7), Files.readAllBytes(copies.of(id, DOCUMENT, out -> out.write(bytesOf(7)))));

        copies.forget(id);
        assertEquals(1, onDisk().size(), "kept for a download that may have just been handed it");
        aMinuteLater();
        assertEquals(List.of(), onDisk());
    }

    @Test
    void twoFirstDownloadsAtOnceLeaveOneCopyOnDisk() throws IOException {
        UUID id = UUID.randomUUID();
        // The second download fills its own file while the first is still filling, then the first keeps its.
        Path first = copies.of(id, DOCUMENT, out -> {
            copies.of(id, DOCUMENT, inner -> inner.write(bytesOf(4)));
            out.write(bytesOf(4));
        });
        aMinuteLater();
        assertEquals(List.of(first), onDisk());
        assertArrayEquals(bytesOf(4), Files.readAllBytes(copies.of(id, DOCUMENT, out -> {
            throw new AssertionError("the kept copy is used");
        })));
    }

    @Test
    void aStoreThatGivesTheWrongNumberOfBytesLeavesNoCopy() throws IOException {
        UUID id = UUID.randomUUID();
        assertThrows(IllegalStateException.class, () -> copies.of(id, DOCUMENT, out -> out.write(new byte[10])));
        assertThrows(UncheckedIOException.class, () -> copies.of(id, DOCUMENT, out -> {
            out.write(new byte[10]);
            throw new IOException("connection lost");
        }));
        assertEquals(List.of(), onDisk());
    }

    @Test
    void roomForLessThanOneDocumentIsRefusedAtStart() {
        assertThrows(IllegalArgumentException.class, () -> new DocumentCopies(parent, DOCUMENT - 1, DOCUMENT,
                deletions::add));
    }
}
