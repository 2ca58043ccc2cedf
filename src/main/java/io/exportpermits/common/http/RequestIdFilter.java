package io.exportpermits.common.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an id that the client sees in {@code X-Request-Id} and that every log line of
 * the request carries, so a support ticket leads straight to the logs.
 */
@ApplicationScoped
public class RequestIdFilter {
    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** Runs before every other filter, so even authentication failures carry the id. */
    private static final int PRIORITY = 10_000;
    /** Incoming ids are echoed only when they cannot forge or break a log line. */
    private static final Pattern ACCEPTABLE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    void register(@Observes Filters filters) {
        filters.register(context -> {
            String id = context.request().getHeader(HEADER);
            if (id == null || !ACCEPTABLE_ID.matcher(id).matches()) {
                id = UUID.randomUUID().toString();
            }
            context.response().putHeader(HEADER, id);
            MDC.put(MDC_KEY, id);
            context.next();
        }, PRIORITY);
    }
}
