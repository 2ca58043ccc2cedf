package io.exportpermits.common.security;

import io.exportpermits.common.problem.Problem;
import io.exportpermits.common.problem.ProblemResponses;
import io.exportpermits.common.problem.ProblemType;
import io.quarkus.security.AuthenticationFailedException;
import org.jboss.resteasy.reactive.RestResponse;

/** The 401 answers: a problem document plus the RFC 6750 challenge. */
public final class Unauthorized {
    private static final String CHALLENGE = "Bearer realm=\"export-permits\"";

    private Unauthorized() {
    }

    public static Problem missingKey(String path) {
        return Problem.of(ProblemType.UNAUTHORIZED,
                "This operation needs an API key: send Authorization: Bearer <key>.", path);
    }

    /** The reason names the key's public prefix at most, never its secret. */
    public static Problem invalidKey(AuthenticationFailedException e, String path) {
        String reason = e.getMessage() == null || e.getMessage().isBlank() ? "The API key is not valid." : e.getMessage();
        return Problem.of(ProblemType.UNAUTHORIZED, reason, path);
    }

    public static String challenge(boolean invalidKey) {
        return invalidKey ? CHALLENGE + ", error=\"invalid_token\"" : CHALLENGE;
    }

    public static RestResponse<Problem> response(Problem problem, boolean invalidKey) {
        return RestResponse.ResponseBuilder.<Problem>create(401).entity(problem)
                .type(ProblemResponses.MEDIA_TYPE)
                .header("WWW-Authenticate", challenge(invalidKey))
                .build();
    }
}
