package io.exportpermits.common.paging;

import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.jboss.resteasy.reactive.RestResponse;

public final class PageResponses {
    private PageResponses() {
    }

    /** 200 with the page, and the next page's address in a `Link` header as GitHub does. */
    public static <T> RestResponse<Page<T>> ok(Page<T> page, UriInfo uri) {
        var response = RestResponse.ResponseBuilder.ok(page);
        linkHeader(page, uri).forEach(response::header);
        return response.build();
    }

    /** The `Link` header of a page, if it has a next one. */
    public static Map<String, String> linkHeader(Page<?> page, UriInfo uri) {
        if (page.next() == null) {
            return Map.of();
        }
        var next = uri.getRequestUriBuilder().replaceQueryParam("cursor", page.next()).build();
        return Map.of("Link", "<" + next.getRawPath() + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery())
                + ">; rel=\"next\"");
    }
}
