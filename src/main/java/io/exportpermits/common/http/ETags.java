package io.exportpermits.common.http;

import io.exportpermits.common.problem.ProblemException;
import io.exportpermits.common.problem.ProblemType;
import java.util.Arrays;

/** Strong entity tags from a row version, and the If-Match rules of RFC 9110 section 13.1.1. */
public final class ETags {
    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** RFC 9110 section 13.1.2: weak comparison, {@code *} matches any current representation. */
    public static boolean noneMatchFails(String ifNoneMatch, String current) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(current));
    }

    /**
     * Passes when the client's If-Match names the current tag (or is {@code *}); a stale tag is a 412.
     * Without the header the change goes ahead unless {@code required}, in which case it is a 428.
     */
    public static void checkIfMatch(String ifMatch, String current, boolean required, String what) {
        if (ifMatch == null || ifMatch.isBlank()) {
            if (required) {
                throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, "Send If-Match with the ETag of " + what
                        + " as you last read it, so that you cannot overwrite a change you have not seen.");
            }
            return;
        }
        boolean matches = Arrays.stream(ifMatch.split(","))
                .map(String::trim)
                .anyMatch(tag -> tag.equals("*") || tag.equals(current)); // weak tags never match strongly
        if (!matches) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, what.substring(0, 1).toUpperCase()
                    + what.substring(1) + " has changed since you read it: its ETag is now " + current
                    + ". Read it again, then retry.");
        }
    }
}
