package io.exportpermits.apikey;

import io.exportpermits.common.security.Unauthorized;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Reads {@code Authorization: Bearer <API key>}. No header means anonymous (public operations stay
 * open); a header that is present but wrong is refused everywhere, so a misconfigured client learns
 * at once instead of silently reading only public data.
 */
@ApplicationScoped
public class ApiKeyAuthenticationMechanism implements HttpAuthenticationMechanism {
    private static final String BEARER = "Bearer ";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviders) {
        String authorization = context.request().getHeader("Authorization");
        if (authorization == null) {
            return Uni.createFrom().optional(java.util.Optional.empty());
        }
        if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || authorization.substring(BEARER.length()).isBlank()) {
            return Uni.createFrom().failure(new AuthenticationFailedException(
                    "Send the API key as Authorization: Bearer <key>."));
        }
        var request = new ApiKeyAuthenticationRequest(authorization.substring(BEARER.length()).trim());
        HttpSecurityUtils.setRoutingContextAttribute(request, context);
        return identityProviders.authenticate(request);
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", Unauthorized.challenge(false)));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ApiKeyAuthenticationRequest.class);
    }
}
