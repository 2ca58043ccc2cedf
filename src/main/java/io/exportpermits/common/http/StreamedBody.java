package io.exportpermits.common.http;

import io.vertx.core.http.HttpMethod;

/**
 * A route whose endpoint reads its own body as a stream (a file upload) up to its own limit.
 * {@link RequestBodies} then refuses only a declared length over that limit and leaves the reading to
 * the endpoint, which must count what arrives: read whole, such a body would sit in the heap.
 */
public interface StreamedBody {
    boolean matches(HttpMethod method, String path);

    /** The largest body the route takes, framing included (a multipart body is larger than its file). */
    long maxBodySize();
}
