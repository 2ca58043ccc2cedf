package io.exportpermits.common.http;

import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;

public final class Responses {
    private Responses() {
    }

    public static <T> RestResponse<T> ok(Versioned<T> versioned) {
        return RestResponse.ResponseBuilder.ok(versioned.body()).header(HttpHeaders.ETAG, versioned.etag()).build();
    }

    /** 304 with the ETag and no body when the client's copy is current, otherwise 200. */
    public static <T> RestResponse<T> okUnlessNotModified(Versioned<T> versioned, String ifNoneMatch) {
        if (ETags.noneMatchFails(ifNoneMatch, versioned.etag())) {
            return RestResponse.ResponseBuilder.<T>create(RestResponse.Status.NOT_MODIFIED)
                    .header(HttpHeaders.ETAG, versioned.etag()).build();
        }
        return ok(versioned);
    }

    public static <T> RestResponse<T> created(URI location, Versioned<T> versioned) {
        return RestResponse.ResponseBuilder.<T>created(location).entity(versioned.body())
                .header(HttpHeaders.ETAG, versioned.etag()).build();
    }
}
