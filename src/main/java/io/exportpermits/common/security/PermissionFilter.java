package io.exportpermits.common.security;

import io.exportpermits.common.problem.Problem;
import io.exportpermits.common.problem.ProblemResponses;
import io.exportpermits.common.problem.ProblemType;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Refuses a restricted key the operations outside its permissions, naming what is missing. */
public class PermissionFilter {
    private static final Map<Method, Optional<Permission>> REQUIRED = new ConcurrentHashMap<>();

    @Inject
    SecurityIdentity identity;

    @ServerRequestFilter
    public Optional<RestResponse<Problem>> refuse(ContainerRequestContext request, ResourceInfo resource) {
        Caller caller = Caller.of(identity);
        Method method = resource.getResourceMethod();
        if (caller.isAnonymous() || !caller.isRestricted() || method == null) {
            return Optional.empty();
        }
        Optional<Permission> required = REQUIRED.computeIfAbsent(method,
                m -> Permission.requiredFor(httpMethod(m), template(resource.getResourceClass(), m)));
        if (required.isEmpty() || caller.permissions().contains(required.get())) {
            return Optional.empty();
        }
        String has = caller.permissions().isEmpty() ? "none"
                : caller.permissions().stream().map(p -> p.wireName).sorted().collect(Collectors.joining(", "));
        return Optional.of(ProblemResponses.of(Problem.of(ProblemType.FORBIDDEN, "This API key is restricted and "
                + "lacks the permission " + required.get().wireName + " this operation needs; it has " + has + ".",
                request.getUriInfo().getRequestUri().getRawPath())));
    }

    private static String template(Class<?> resourceClass, Method method) {
        Path classPath = resourceClass.getAnnotation(Path.class);
        Path methodPath = method.getAnnotation(Path.class);
        String template = (classPath == null ? "" : classPath.value())
                + (methodPath == null ? "" : (methodPath.value().startsWith("/") ? "" : "/") + methodPath.value());
        return template.endsWith("/") ? template.substring(0, template.length() - 1) : template;
    }

    private static String httpMethod(Method method) {
        return Arrays.stream(method.getAnnotations()).map(Annotation::annotationType)
                .map(type -> type.getAnnotation(HttpMethod.class)).filter(java.util.Objects::nonNull)
                .map(HttpMethod::value).findFirst().orElse("GET");
    }
}
