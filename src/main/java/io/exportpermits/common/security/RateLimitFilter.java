package io.exportpermits.common.security;

import io.exportpermits.common.problem.Problem;
import io.exportpermits.common.problem.ProblemResponses;
import io.exportpermits.common.problem.ProblemType;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Applies {@link RateLimiter} to every API operation and reports the allowance in RateLimit headers. */
public class RateLimitFilter {
    private static final String DECISION = RateLimitFilter.class.getName() + ".decision";
    private static final String SUBJECT = RateLimitFilter.class.getName() + ".subject";

    @Inject
    RateLimiter limiter;

    @Inject
    SecurityIdentity identity;

    /** Answers on the thread it was called on when the buckets are local, and on Redis's answer otherwise. */
    @ServerRequestFilter
    public Uni<RestResponse<Problem>> charge(ContainerRequestContext request, HttpServerRequest http,
                                             ResourceInfo resource) {
        boolean strict = resource.getResourceMethod() != null
                && resource.getResourceMethod().isAnnotationPresent(StrictRateLimit.class);
        RateLimiter.Plan plan = strict ? RateLimiter.Plan.STRICT
                : identity.isAnonymous() ? RateLimiter.Plan.ANONYMOUS : RateLimiter.Plan.KEYED;
        String subject = plan == RateLimiter.Plan.KEYED ? identity.getPrincipal().getName() : clientAddress(http);
        boolean conditional = request.getHeaderString("If-None-Match") != null;
        return Uni.createFrom().completionStage(limiter.charge(subject, plan,
                conditional ? RateLimiter.CONDITIONAL_COST : RateLimiter.FULL_COST)).map(decision -> {
            request.setProperty(DECISION, decision);
            request.setProperty(SUBJECT, new Subject(subject, plan, conditional));
            return decision.allowed() ? null : refusal(decision, plan, strict, request);
        });
    }

    private static RestResponse<Problem> refusal(RateLimiter.Decision decision, RateLimiter.Plan plan, boolean strict,
                                                 ContainerRequestContext request) {
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (!decision.counted()) {
            Problem unavailable = Problem.of(ProblemType.SERVICE_UNAVAILABLE, "This operation is limited per address "
                    + "and its limits cannot be counted just now; nothing was done. Retry in "
                    + decision.retryAfterSeconds() + " s.", path);
            return RestResponse.ResponseBuilder.<Problem>create(503).entity(unavailable)
                    .type(ProblemResponses.MEDIA_TYPE).header("Retry-After", decision.retryAfterSeconds()).build();
        }
        Problem problem = Problem.of(ProblemType.RATE_LIMITED, "More than " + decision.limitPerMinute()
                + " requests a minute " + (plan == RateLimiter.Plan.KEYED ? "with this API key" : "from this address")
                + (strict ? " to this operation" : "") + "; retry in " + decision.retryAfterSeconds() + " s.", path);
        return RestResponse.ResponseBuilder.<Problem>create(429).entity(problem)
                .type(ProblemResponses.MEDIA_TYPE)
                .header("Retry-After", decision.retryAfterSeconds()).build();
    }

    @ServerResponseFilter
    public Uni<Void> report(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(DECISION) instanceof RateLimiter.Decision decision) || !decision.counted()) {
            return Uni.createFrom().voidItem();
        }
        response.getHeaders().putSingle("RateLimit-Limit", decision.limitPerMinute());
        response.getHeaders().putSingle("RateLimit-Remaining", decision.remaining());
        response.getHeaders().putSingle("RateLimit-Reset", decision.resetSeconds());
        if (request.getProperty(SUBJECT) instanceof Subject subject && subject.conditional()
                && decision.allowed() && response.getStatus() != 304) {
            return Uni.createFrom().completionStage(limiter.chargeAfterwards(subject.name(), subject.plan(),
                    RateLimiter.FULL_COST - RateLimiter.CONDITIONAL_COST));
        }
        return Uni.createFrom().voidItem();
    }

    private static String clientAddress(HttpServerRequest http) {
        return http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
    }

    private record Subject(String name, RateLimiter.Plan plan, boolean conditional) {
    }
}
