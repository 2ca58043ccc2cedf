package io.exportpermits.common.security;

import io.exportpermits.common.problem.Problem;
import io.exportpermits.common.problem.ProblemResponses;
import io.exportpermits.common.problem.ProblemType;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * What a valid key still may not do, beyond its role: an importer organisation nobody has verified reads
 * only itself, its keys and public data; a restricted key only the operations its permissions name.
 */
public class KeyRestrictions {
    private static final Map<Method, Optional<Permission>> REQUIRED = new ConcurrentHashMap<>();

    @Inject
    SecurityIdentity identity;

    @ServerRequestFilter
    public Optional<RestResponse<Problem>> refuse(ContainerRequestContext request, ResourceInfo resource) {
        Caller caller = Caller.of(identity);
        Method method = resource.getResourceMethod();
        if (caller.isAnonymous() || method == null) {
            return Optional.empty();
        }
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (caller.isUnverifiedImporter() && needsAKey(method, resource.getResourceClass())
                && !method.isAnnotationPresent(OpenToUnverifiedImporters.class)) {
            return Optional.of(ProblemResponses.of(Problem.of(ProblemType.IMPORTER_NOT_VERIFIED, "Importer "
                    + caller.importer().id() + " is not verified: until an authority verifies it, its keys may read "
                    + "only the importer (GET /api/v1/importers/" + caller.importer().id() + ") and its own keys.",
                    path)));
        }
        if (!caller.isRestricted()) {
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
                path)));
    }

    /** What anyone may read (policies, the control list) stays readable with any key. */
    private static boolean needsAKey(Method method, Class<?> resourceClass) {
        return method.isAnnotationPresent(RolesAllowed.class)
                || !method.isAnnotationPresent(PermitAll.class) && resourceClass.isAnnotationPresent(RolesAllowed.class);
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
                .map(type -> type.getAnnotation(HttpMethod.class)).filter(Objects::nonNull)
                .map(HttpMethod::value).findFirst().orElse("GET");
    }
}
