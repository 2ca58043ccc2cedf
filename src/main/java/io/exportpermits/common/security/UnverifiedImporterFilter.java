package io.exportpermits.common.security;

import io.exportpermits.common.problem.Problem;
import io.exportpermits.common.problem.ProblemResponses;
import io.exportpermits.common.problem.ProblemType;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Keeps an importer organisation nobody has verified from reading anything but itself and public data. */
public class UnverifiedImporterFilter {
    @Inject
    SecurityIdentity identity;

    @ServerRequestFilter
    public Optional<RestResponse<Problem>> refuse(ContainerRequestContext request, ResourceInfo resource) {
        Caller caller = Caller.of(identity);
        Method method = resource.getResourceMethod();
        if (!caller.isUnverifiedImporter() || method == null || !needsAKey(method, resource.getResourceClass())
                || method.isAnnotationPresent(OpenToUnverifiedImporters.class)) {
            return Optional.empty();
        }
        Problem problem = Problem.of(ProblemType.IMPORTER_NOT_VERIFIED, "Importer " + caller.importer().id()
                + " is not verified: until an authority verifies it, its keys may read only the importer "
                + "(GET /api/v1/importers/" + caller.importer().id() + ") and its own keys.",
                request.getUriInfo().getRequestUri().getRawPath());
        return Optional.of(ProblemResponses.of(problem));
    }

    /** What anyone may read (policies, the control list) stays readable with any key. */
    private static boolean needsAKey(Method method, Class<?> resourceClass) {
        return method.isAnnotationPresent(RolesAllowed.class)
                || !method.isAnnotationPresent(PermitAll.class) && resourceClass.isAnnotationPresent(RolesAllowed.class);
    }
}
