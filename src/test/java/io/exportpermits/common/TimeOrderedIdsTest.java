package io.exportpermits.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {
    /** PostgreSQL orders uuids by their bytes, unsigned: that order must be the order they were made in. */
    private static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }

    @Test
    void idsAreVersion7AndEachSortsAfterTheOneBefore() {
        UUID previous = TimeOrderedIds.next();
        for (int i = 0; i < 10_000; i++) {
            UUID next = TimeOrderedIds.next();
            assertEquals(7, next.version());
            assertEquals(2, next.variant());
            assertTrue(Arrays.compareUnsigned(bytes(previous), bytes(next)) < 0, previous + " then " + next);
            previous = next;
        }
    }

    @Test
    void anIdBeginsWithTheMillisecondItWasMadeIn() {
        long before = System.currentTimeMillis();
        UUID id = TimeOrderedIds.next();
        long after = System.currentTimeMillis();
        long millis = id.getMostSignificantBits() >>> 16;
        assertTrue(millis >= before && millis <= after, millis + " not within " + before + ".." + after);
    }
}
