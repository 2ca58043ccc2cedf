package io.exportpermits.common.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging parameters every collection takes: one capped `limit`, one opaque `cursor`. */
public class PageRequest {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    @QueryParam("limit")
    @DefaultValue("" + DEFAULT_LIMIT)
    @Min(1)
    @Max(MAX_LIMIT)
    @Parameter(description = "Maximum number of items on the page (1 to " + MAX_LIMIT + ").")
    public int limit = DEFAULT_LIMIT;

    @QueryParam("cursor")
    @Size(max = 1024)
    @Parameter(description = "The `next` cursor of the previous page; omit for the first page.")
    public String cursor;
}
