package io.exportpermits.apikey;

import io.exportpermits.common.security.Caller;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyAuthenticationRequest> {
    private static final Logger LOG = Logger.getLogger(ApiKeyIdentityProvider.class);

    private final ApiKeyAuthenticator authenticator;
    private final MeterRegistry metrics;

    ApiKeyIdentityProvider(ApiKeyAuthenticator authenticator, MeterRegistry metrics) {
        this.authenticator = authenticator;
        this.metrics = metrics;
    }

    @Override
    public Class<ApiKeyAuthenticationRequest> getRequestType() {
        return ApiKeyAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyAuthenticationRequest request, AuthenticationRequestContext context) {
        // A key this instance knows is checked where the request is, without a hop to a worker thread.
        try {
            var remembered = authenticator.fromMemory(request.secret());
            if (remembered.isPresent()) {
                return Uni.createFrom().item(identity(remembered.get()));
            }
        } catch (AuthenticationFailedException e) {
            return Uni.createFrom().failure(counted(e));
        }
        return context.runBlocking(() -> {
            try {
                return identity(authenticator.authenticate(request.secret()));
            } catch (AuthenticationFailedException e) {
                throw counted(e);
            }
        });
    }

    private AuthenticationFailedException counted(AuthenticationFailedException failure) {
        metrics.counter("export_permits.authentication.failures").increment();
        LOG.infof("Authentication failed: %s", failure.getMessage());
        return failure;
    }

    private static SecurityIdentity identity(Caller caller) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(caller.keyId()))
                .addRole(caller.role().name())
                .addAttribute(Caller.ATTRIBUTE, caller)
                .build();
    }
}
