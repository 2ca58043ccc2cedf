package io.exportpermits.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem document: the body of every error response. */
@Schema(name = "Problem", description = "RFC 9457 problem details, served as `application/problem+json`.")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        @Schema(description = "Stable URI identifying the problem kind; switch on this, not on `title`.",
                required = true, examples = "https://export-permits.io/problems/validation-failed")
        URI type,
        @Schema(description = "Short human-readable summary of the problem kind.", required = true,
                examples = "Request validation failed")
        String title,
        @Schema(description = "HTTP status code of this response.", required = true, examples = "400",
                minimum = "400", maximum = "599")
        int status,
        @Schema(description = "Explanation specific to this occurrence.",
                examples = "1 field is invalid: items[0].quantity")
        String detail,
        @Schema(description = "Path of the request that caused the problem.", format = "uri-reference",
                examples = "/api/v1/permits")
        URI instance,
        @Schema(description = "The invalid fields, for `validation-failed`.")
        List<FieldError> errors,
        @Schema(description = "For `internal-error`: quote it to support; it is also in the service's log.",
                examples = "6f1c2f9e-3a57-4d55-9e8b-4a0d8f0c2b51")
        String errorId,
        @Schema(description = "For `invalid-transition`: the actions your key may take on the permit in its current "
                + "state.", examples = "[\"withdraw\"]")
        List<String> allowedActions) {

    public static Problem of(ProblemType type, String detail, String instance) {
        return new Problem(type.uri(), type.title(), type.status(), detail, toUri(instance), List.of(), null, List.of());
    }

    public Problem withStatus(int status) {
        return new Problem(type, title, status, detail, instance, errors, errorId, allowedActions);
    }

    public Problem withErrors(List<FieldError> errors) {
        return new Problem(type, title, status, detail, instance, List.copyOf(errors), errorId, allowedActions);
    }

    public Problem withErrorId(String errorId) {
        return new Problem(type, title, status, detail, instance, errors, errorId, allowedActions);
    }

    public Problem withAllowedActions(List<String> actions) {
        return new Problem(type, title, status, detail, instance, errors, errorId, List.copyOf(actions));
    }

    /**
     * The request path as a URI reference: characters a URI may not hold (spaces, quotes, non-ASCII
     * text) percent-encoded, so that a client parsing {@code instance} as the contract says always can.
     */
    private static URI toUri(String path) {
        if (path == null) {
            return null;
        }
        try {
            return URI.create(new URI(null, null, path, null).toASCIIString());
        } catch (URISyntaxException | IllegalArgumentException e) {
            // A path a client crafted to be unparsable must not turn an error report into a 500.
            return null;
        }
    }
}
