package io.exportpermits.common.problem;

import org.jboss.resteasy.reactive.RestResponse;

public final class ProblemResponses {
    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemResponses() {
    }

    public static RestResponse<Problem> of(Problem problem) {
        return RestResponse.ResponseBuilder.<Problem>create(problem.status()).entity(problem).type(MEDIA_TYPE).build();
    }
}
