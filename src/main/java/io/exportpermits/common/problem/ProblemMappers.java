package io.exportpermits.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.exportpermits.common.http.AllowedMethods;
import io.exportpermits.common.security.Unauthorized;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure that reaches the REST layer into an RFC 9457 problem response. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    AllowedMethods allowedMethods;

    @Inject
    JsonBodyProblems jsonBodies;

    @ServerExceptionMapper
    public RestResponse<Problem> problem(ProblemException e, UriInfo uri) {
        return ProblemResponses.of(Problem.of(e.type(), e.getMessage(), path(uri)).withErrors(e.errors())
                .withAllowedActions(e.allowedActions()));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> notFound(NotFoundException e, UriInfo uri) {
        return ProblemResponses.of(Problem.of(ProblemType.NOT_FOUND,
                "No resource exists at " + path(uri) + ".", path(uri)));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> methodNotAllowed(NotAllowedException e, UriInfo uri) {
        String allow = String.join(", ", allowedMethods.at(path(uri)));
        return RestResponse.ResponseBuilder.<Problem>create(405)
                .entity(Problem.of(ProblemType.METHOD_NOT_ALLOWED, "This resource supports " + allow + ".", path(uri)))
                .type(ProblemResponses.MEDIA_TYPE)
                .header(HttpHeaders.ALLOW, allow)
                .build();
    }

    @ServerExceptionMapper
    public RestResponse<Problem> notAcceptable(NotAcceptableException e, UriInfo uri, HttpHeaders headers) {
        return ProblemResponses.of(Problem.of(ProblemType.NOT_ACCEPTABLE,
                "None of the media types in the Accept header (" + headers.getHeaderString(HttpHeaders.ACCEPT)
                        + ") can be produced; this resource serves application/json.", path(uri)));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unsupportedMediaType(NotSupportedException e, UriInfo uri, HttpHeaders headers) {
        String sent = headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
        return ProblemResponses.of(Problem.of(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                (sent == null ? "The request has no Content-Type" : "Content-Type " + sent + " is not supported")
                        + "; send application/json.", path(uri)));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> invalidParameter(InvalidParameterException e, UriInfo uri) {
        var errors = List.of(e.error());
        return ProblemResponses.of(Problem.of(ProblemType.VALIDATION_FAILED, FieldError.summary(errors), path(uri))
                .withErrors(errors));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> webApplication(WebApplicationException e, UriInfo uri, ResourceInfo resource,
            RoutingContext routing) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri, resource, routing);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        if (status == 413) {
            return ProblemResponses.of(Problem.of(ProblemType.PAYLOAD_TOO_LARGE,
                    "The request body exceeds the size limit.", path(uri)));
        }
        return ProblemResponses.of(Problem.of(ProblemType.HTTP_ERROR, e.getMessage(), path(uri)).withStatus(status));
    }

    /** More specific than the bare 400 that Quarkus maps this exception to by default. */
    @ServerExceptionMapper
    public RestResponse<Problem> mismatchedJson(MismatchedInputException e, UriInfo uri, ResourceInfo resource,
            RoutingContext routing) {
        return unreadableJson(e, uri, resource, routing);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unreadableJson(JsonProcessingException e, UriInfo uri, ResourceInfo resource,
            RoutingContext routing) {
        Buffer body = routing == null || routing.body() == null ? null : routing.body().buffer();
        return ProblemResponses.of(jsonBodies.of(e, resource == null ? null : resource.getResourceMethod(), body,
                path(uri)));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> constraintViolation(ConstraintViolationException e, UriInfo uri,
            ResourceInfo resource) {
        boolean violatedByServer = e.getConstraintViolations().stream()
                .anyMatch(v -> v.getPropertyPath().toString().contains("<return value>")
                        || resource.getResourceMethod() == null);
        if (violatedByServer) {
            // Only the request is validated at the boundary; anything else is a bug of ours.
            return unexpected(e, uri);
        }
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v, resource.getResourceMethod()), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(FieldError::message))
                .toList();
        return ProblemResponses.of(Problem.of(ProblemType.VALIDATION_FAILED, FieldError.summary(errors), path(uri))
                .withErrors(errors));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unauthorized(UnauthorizedException e, UriInfo uri) {
        return Unauthorized.response(Unauthorized.missingKey(path(uri)), false);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        if (DatabaseUnavailable.causes(e)) {
            return unexpected(e, uri);
        }
        return Unauthorized.response(Unauthorized.invalidKey(e, path(uri)), true);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> forbidden(ForbiddenException e, UriInfo uri) {
        return ProblemResponses.of(Problem.of(ProblemType.FORBIDDEN,
                "Your API key's role may not perform this operation.", path(uri)));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unexpected(Throwable e, UriInfo uri) {
        if (DatabaseUnavailable.causes(e)) {
            LOG.warnf("Database unreachable on %s: %s", path(uri), e.getMessage());
            return RestResponse.ResponseBuilder.<Problem>create(503).entity(DatabaseUnavailable.problem(path(uri)))
                    .type(ProblemResponses.MEDIA_TYPE).header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS)
                    .build();
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            // Races the service could not rule out beforehand: two writers, one row.
            if (cause instanceof org.hibernate.exception.ConstraintViolationException) {
                return ProblemResponses.of(Problem.of(ProblemType.CONFLICT,
                        "The change conflicts with one made at the same time; read the resource again and retry.",
                        path(uri)));
            }
            if (cause instanceof jakarta.persistence.OptimisticLockException
                    || cause instanceof org.hibernate.StaleStateException) {
                return ProblemResponses.of(Problem.of(ProblemType.CONFLICT,
                        "The resource was changed by another request at the same time; read it again and retry.",
                        path(uri)));
            }
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", errorId, path(uri));
        return ProblemResponses.of(Problem.of(ProblemType.INTERNAL_ERROR,
                "Something went wrong on our side. Quote error id " + errorId + " to support.", path(uri))
                .withErrorId(errorId));
    }

    /**
     * The name the client used: a query, path or header parameter by its wire name, a body field by its
     * JSON path (`items[0].quantity`). Hibernate Validator's own path (`create.arg0.items`) is useless
     * to a client.
     */
    static String fieldOf(ConstraintViolation<?> violation, Method method) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                String wireName = parameterWireName(method, node.as(Path.ParameterNode.class).getParameterIndex());
                if (wireName != null) {
                    field.append(wireName);
                }
                continue;
            }
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.isEmpty() ? null : field.toString();
    }

    private static String parameterWireName(Method method, int index) {
        if (method == null || index >= method.getParameterCount()) {
            return null;
        }
        for (Annotation annotation : method.getParameterAnnotations()[index]) {
            if (annotation instanceof QueryParam q) {
                return q.value();
            }
            if (annotation instanceof PathParam p) {
                return p.value();
            }
            if (annotation instanceof HeaderParam h) {
                return h.value();
            }
        }
        // The body, or a bean parameter whose fields carry their own names.
        return null;
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}
