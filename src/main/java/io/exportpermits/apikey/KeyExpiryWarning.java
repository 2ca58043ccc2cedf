package io.exportpermits.apikey;

import io.exportpermits.common.security.Caller;
import io.exportpermits.common.security.PermissionContract;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.time.Clock;
import java.time.Duration;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Tells software calling with a key that expires soon, on every answer, so that an expiry set at rotation
 * or creation does not come as an outage: the header is there in the logs for two weeks before.
 */
public class KeyExpiryWarning {
    static final Duration WARNING = Duration.ofDays(14);

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    @ServerResponseFilter
    public void warn(ContainerResponseContext response) {
        Caller caller = Caller.of(identity);
        if (caller.keyExpiresAt() != null && caller.keyExpiresAt().isBefore(clock.instant().plus(WARNING))) {
            response.getHeaders().putSingle(PermissionContract.EXPIRY_HEADER, caller.keyExpiresAt().toString());
        }
    }
}
