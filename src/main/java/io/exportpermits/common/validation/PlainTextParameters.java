package io.exportpermits.common.validation;

import io.exportpermits.common.problem.FieldError;
import io.exportpermits.common.problem.Problem;
import io.exportpermits.common.problem.ProblemResponses;
import io.exportpermits.common.problem.ProblemType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.PathSegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The same rule as {@link PlainText} for what arrives outside the body: a decoded query parameter or
 * path segment with a NUL or an unpaired surrogate is a 400 naming it, before any query could choke on it.
 */
public class PlainTextParameters {

    @ServerRequestFilter(preMatching = true)
    public Optional<RestResponse<Problem>> check(ContainerRequestContext request) {
        List<FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            String nameProblem = PlainText.problem(parameter.getKey());
            if (nameProblem != null) {
                errors.add(new FieldError("query", "parameter names " + nameProblem));
            }
            for (String value : parameter.getValue()) {
                String problem = PlainText.problem(value);
                if (problem != null) {
                    errors.add(new FieldError(parameter.getKey(), problem));
                }
            }
        }
        for (PathSegment segment : request.getUriInfo().getPathSegments()) {
            String problem = PlainText.problem(segment.getPath());
            if (problem != null) {
                errors.add(new FieldError("path", problem));
            }
        }
        if (errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ProblemResponses.of(Problem.of(ProblemType.VALIDATION_FAILED, FieldError.summary(errors),
                request.getUriInfo().getRequestUri().getRawPath()).withErrors(errors)));
    }
}
