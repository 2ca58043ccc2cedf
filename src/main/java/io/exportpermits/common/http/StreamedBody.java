package io.exportpermits.common.http;

import io.vertx.core.http.HttpMethod;

/**
 * A route that takes a file as its body. {@link RequestBodies} writes such a body to a temporary file
 * as it arrives, hashing and counting it and refusing it past {@link #maxFileSize()}, and hands the
 * endpoint a {@link SpooledBody}; read whole into the heap like other bodies, a file would sit there.
 * A multipart form (a browser's upload) is left to the endpoint's form reader, with room for its
 * framing.
 */
public interface StreamedBody {
    boolean matches(HttpMethod method, String path);

    /** The largest file the route takes. */
    long maxFileSize();
}
