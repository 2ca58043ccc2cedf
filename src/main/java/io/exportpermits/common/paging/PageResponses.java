package io.exportpermits.common.paging;

import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

public final class PageResponses {
    private PageResponses() {
    }

    /** 200 with the page, and the next page's address in a `Link` header as GitHub does. */
    public static <T> RestResponse<Page<T>> ok(Page<T> page, UriInfo uri) {
        var response = RestResponse.ResponseBuilder.ok(page);
        if (page.next() != null) {
            var next = uri.getRequestUriBuilder().replaceQueryParam("cursor", page.next()).build();
            response.header("Link", "<" + next.getRawPath()
                    + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery()) + ">; rel=\"next\"");
        }
        return response.build();
    }
}
