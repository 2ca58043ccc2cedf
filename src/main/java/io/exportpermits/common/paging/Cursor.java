package io.exportpermits.common.paging;

import io.exportpermits.common.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * Opaque keyset cursors: the sort key values of the last item of a page. Clients must treat them as
 * opaque so the encoding can change; a tampered or foreign cursor is a 400, never a 500.
 */
public final class Cursor {
    private static final char SEPARATOR = '\u001f';
    private static final String VERSION = "1";

    private Cursor() {
    }

    public static String encode(String... keys) {
        String joined = VERSION + SEPARATOR + String.join(String.valueOf(SEPARATOR), keys);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }

    /** The sort key values, exactly {@code expectedKeys} of them, or a 400 naming the `cursor` parameter. */
    public static List<String> decode(String cursor, int expectedKeys) {
        return decode(cursor, expectedKeys, "cursor");
    }

    /** As {@link #decode(String, int)}, for a cursor passed in the query parameter {@code parameter}. */
    public static List<String> decode(String cursor, int expectedKeys, String parameter) {
        try {
            String joined = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> parts = Arrays.asList(joined.split(String.valueOf(SEPARATOR), -1));
            if (parts.size() == expectedKeys + 1 && parts.get(0).equals(VERSION)) {
                return parts.subList(1, parts.size());
            }
        } catch (IllegalArgumentException e) {
            // falls through to the same answer as a well-formed but foreign cursor
        }
        throw ProblemException.invalidField(parameter, "is not a cursor this collection issued");
    }

    /** A timestamp key of a decoded cursor. */
    public static Instant instant(String key) {
        try {
            return Instant.parse(key);
        } catch (DateTimeParseException e) {
            throw foreign();
        }
    }

    /** A UUID key of a decoded cursor. */
    public static UUID uuid(String key) {
        try {
            return UUID.fromString(key);
        } catch (IllegalArgumentException e) {
            throw foreign();
        }
    }

    private static ProblemException foreign() {
        return ProblemException.invalidField("cursor", "is not a cursor this collection issued");
    }
}
