package io.exportpermits.common.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.exportpermits.common.problem.DatabaseUnavailable;
import io.exportpermits.common.problem.ProblemResponses;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Authentication runs before the REST layer (proactively, for every request), so its failures never
 * reach the exception mappers; this gives them the same problem+json body as every other error.
 */
@ApplicationScoped
public class AuthenticationFailureHandler {

    void register(@Observes Router router, ObjectMapper json) {
        router.route().order(Integer.MIN_VALUE).failureHandler(context -> {
            Throwable failure = context.failure();
            if (!(failure instanceof AuthenticationFailedException authentication) || context.response().ended()) {
                context.next();
                return;
            }
            try {
                if (DatabaseUnavailable.causes(authentication)) {
                    // The key could not be checked, which says nothing against it.
                    context.response().setStatusCode(503)
                            .putHeader("Content-Type", ProblemResponses.MEDIA_TYPE)
                            .putHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS))
                            .end(Buffer.buffer(json.writeValueAsBytes(DatabaseUnavailable.problem(context.request().path()))));
                    return;
                }
                byte[] body = json.writeValueAsBytes(Unauthorized.invalidKey(authentication, context.request().path()));
                context.response().setStatusCode(401)
                        .putHeader("Content-Type", ProblemResponses.MEDIA_TYPE)
                        .putHeader("WWW-Authenticate", Unauthorized.challenge(true))
                        .end(Buffer.buffer(body));
            } catch (JsonProcessingException e) {
                context.next();
            }
        });
    }
}
