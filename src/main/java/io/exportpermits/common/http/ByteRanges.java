package io.exportpermits.common.http;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one byte range of a {@code Range} header (RFC 9110, 14.2), for downloads a client resumes or
 * reads in parts. Several ranges, another unit or a malformed header are ignored and the whole
 * content is sent, as the RFC allows; a range starting past the end cannot be satisfied (416).
 */
public final class ByteRanges {
    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    private ByteRanges() {
    }

    /** Bytes {@code first} to {@code last}, both included. */
    public record Range(long first, long last, boolean partial) {
        public long length() {
            return last - first + 1;
        }

        public String contentRange(long size) {
            return "bytes " + first + "-" + last + "/" + size;
        }
    }

    /** The range to send of content of {@code size} bytes; empty when it cannot be satisfied. */
    public static Optional<Range> of(String header, long size) {
        Range whole = new Range(0, size - 1, false);
        Matcher single = header == null ? null : SINGLE.matcher(header.strip());
        if (single == null || !single.matches() || single.group(1).isEmpty() && single.group(2).isEmpty()) {
            return Optional.of(whole);
        }
        try {
            if (single.group(1).isEmpty()) {
                long suffix = Long.parseLong(single.group(2));
                return suffix == 0 ? Optional.empty()
                        : Optional.of(new Range(Math.max(0, size - suffix), size - 1, true));
            }
            long first = Long.parseLong(single.group(1));
            Long last = single.group(2).isEmpty() ? null : Long.parseLong(single.group(2));
            if (last != null && last < first) {
                return Optional.of(whole); // invalid, so ignored
            }
            return first >= size ? Optional.empty()
                    : Optional.of(new Range(first, last == null ? size - 1 : Math.min(last, size - 1), true));
        } catch (NumberFormatException beyondLong) {
            return Optional.of(whole);
        }
    }
}
