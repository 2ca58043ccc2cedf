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
        return context.runBlocking(() -> {
            try {
                return identity(authenticator.authenticate(request.secret()));
            } catch (AuthenticationFailedException e) {
                metrics.counter("export_permits.authentication.failures").increment();
                LOG.infof("Authentication failed: %s", e.getMessage());
                throw e;
            }
        });
    }

    private static SecurityIdentity identity(Caller caller) {
        var identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(caller.keyId()))
                .addRole(caller.role().name());
        if (caller.exporterId() != null) {
            identity.addAttribute(Caller.EXPORTER_ATTRIBUTE, caller.exporterId());
        }
        if (caller.partyId() != null) {
            identity.addAttribute(Caller.PARTY_ATTRIBUTE, caller.partyId());
        }
        return identity.build();
    }
}
