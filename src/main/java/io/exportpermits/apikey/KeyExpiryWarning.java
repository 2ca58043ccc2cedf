package io.exportpermits.apikey;

import io.exportpermits.common.security.Caller;
import io.exportpermits.common.security.PermissionContract;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Tells software calling with a key that expires soon, on every answer, so that an expiry set at rotation
 * or creation does not come as an outage: the header is there in the logs for two weeks before.
 */
public class KeyExpiryWarning {
    static final Duration WARNING = Duration.ofDays(14);
    private static final String EXPIRES = KeyExpiryWarning.class.getName() + ".expires";

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    /**
     * Noted while the request is being handled, where the key is known: an answer to a request whose key
     * could not be checked (the database down) has no identity to ask, and must not fail for it.
     */
    @ServerRequestFilter
    public void note(ContainerRequestContext request) {
        Instant expires = Caller.of(identity).keyExpiresAt();
        if (expires != null && expires.isBefore(clock.instant().plus(WARNING))) {
            request.setProperty(EXPIRES, expires);
        }
    }

    @ServerResponseFilter
    public void warn(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(EXPIRES) instanceof Instant expires) {
            response.getHeaders().putSingle(PermissionContract.EXPIRY_HEADER, expires.toString());
        }
    }
}
