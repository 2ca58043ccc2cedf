package io.exportpermits.common.problem;

import java.net.URI;

/**
 * Every kind of problem the API reports. The {@link #uri()} is the stable identifier clients switch
 * on; titles may be reworded, types never change once published.
 */
public enum ProblemType {
    MALFORMED_REQUEST("malformed-request", 400, "Malformed request"),
    VALIDATION_FAILED("validation-failed", 400, "Request validation failed"),
    UNAUTHORIZED("unauthorized", 401, "Authentication required"),
    FORBIDDEN("forbidden", 403, "Not allowed for this API key"),
    IMPORTER_NOT_VERIFIED("importer-not-verified", 403, "Importer not verified yet"),
    NOT_FOUND("not-found", 404, "Resource not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", 406, "Not acceptable"),
    REQUEST_TIMEOUT("request-timeout", 408, "Request not received in time"),
    CONFLICT("conflict", 409, "Conflict with the current state"),
    INVALID_TRANSITION("invalid-transition", 409, "Action not allowed in the current state"),
    CURSOR_EXPIRED("cursor-expired", 410, "Cursor older than the events kept"),
    PRECONDITION_FAILED("precondition-failed", 412, "Precondition failed"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "Request body too large"),
    RANGE_NOT_SATISFIABLE("range-not-satisfiable", 416, "Range not satisfiable"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 422, "Idempotency-Key used for another request"),
    PRECONDITION_REQUIRED("precondition-required", 428, "If-Match required"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type"),
    RATE_LIMITED("rate-limited", 429, "Too many requests"),
    SERVICE_UNAVAILABLE("service-unavailable", 503, "Service temporarily unavailable"),
    HTTP_ERROR("http-error", 400, "HTTP error"),
    INTERNAL_ERROR("internal-error", 500, "Internal server error");

    public static final String BASE_URI = "https://export-permits.io/problems/";

    private final String slug;
    private final int status;
    private final String title;

    ProblemType(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public URI uri() {
        return URI.create(BASE_URI + slug);
    }

    public String slug() {
        return slug;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
