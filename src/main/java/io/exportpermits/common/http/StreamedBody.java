package io.exportpermits.common.http;

import io.vertx.core.http.HttpMethod;

/**
 * A route that takes a file as its body. {@link RequestBodies} leaves such a body unread (read whole
 * into the heap like other bodies, a file would sit there) and refuses only a declared length over
 * {@link #maxFileSize()}; the endpoint receives it with {@link FileBodies} once it has checked the
 * request. A multipart form (a browser's upload) is read by the endpoint's form reader, with room
 * for its framing.
 */
public interface StreamedBody {
    boolean matches(HttpMethod method, String path);

    /** The largest file the route takes. */
    long maxFileSize();
}
