package io.exportpermits.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.exportpermits.common.problem.Problem;
import io.exportpermits.common.problem.ProblemResponses;
import io.exportpermits.common.problem.ProblemType;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a declared body over {@code quarkus.http.limits.max-body-size} with a problem document
 * before reading it. Vert.x would refuse it too, but with an empty 413 that breaks the error model.
 */
@ApplicationScoped
public class BodyLimitFilter {
    private static final int PRIORITY = 9_000;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    void register(@Observes Filters filters, ObjectMapper json) {
        long limit = maxBodySize.asLongValue();
        filters.register(context -> {
            String declared = context.request().getHeader("Content-Length");
            if (declared != null && exceeds(declared, limit)) {
                try {
                    byte[] body = json.writeValueAsBytes(Problem.of(ProblemType.PAYLOAD_TOO_LARGE,
                            "The request body is " + declared + " bytes; the limit is " + limit + " bytes.",
                            context.request().path()));
                    context.response().setStatusCode(413)
                            .putHeader("Content-Type", ProblemResponses.MEDIA_TYPE)
                            .putHeader("Connection", "close")
                            .end(io.vertx.core.buffer.Buffer.buffer(body));
                } catch (JsonProcessingException e) {
                    context.fail(e);
                }
                return;
            }
            context.next();
        }, PRIORITY);
    }

    private static boolean exceeds(String contentLength, long limit) {
        try {
            return Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException e) {
            return false; // Vert.x rejects a malformed Content-Length itself
        }
    }
}
