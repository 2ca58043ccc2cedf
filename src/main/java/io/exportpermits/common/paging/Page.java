package io.exportpermits.common.paging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The one envelope of every collection: a page of items and the cursor of the next page. */
public record Page<T>(
        @Schema(description = "The items of this page, in the collection's stable order.", required = true)
        List<T> items,
        @Schema(description = "Opaque cursor of the next page: pass it back as `cursor`. Absent on the last page.",
                examples = "WyIyMDI2LTAxLTMxIiwiNDIiXQ")
        String next,
        @Schema(description = "How many items match across all pages; only where the collection offers it and you "
                + "ask for it, since counting costs a query of its own.", examples = "1234")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        Long total) {

    public Page {
        items = List.copyOf(items);
    }

    public Page(List<T> items, String next) {
        this(items, next, null);
    }

    public Page<T> withTotal(long total) {
        return new Page<>(items, next, total);
    }

    /**
     * Builds a page from a query that fetched one row more than the limit, the cheap way to know
     * whether a next page exists without counting.
     */
    public static <T> Page<T> fromLookahead(List<T> fetched, int limit, java.util.function.Function<T, String> cursorOf) {
        if (fetched.size() <= limit) {
            return new Page<>(fetched, null);
        }
        List<T> items = fetched.subList(0, limit);
        return new Page<>(items, cursorOf.apply(items.get(limit - 1)));
    }
}
