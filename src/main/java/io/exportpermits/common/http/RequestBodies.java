package io.exportpermits.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.exportpermits.common.problem.Problem;
import io.exportpermits.common.problem.ProblemResponses;
import io.exportpermits.common.problem.ProblemType;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Request bodies up to {@code quarkus.http.limits.max-body-size}, and 413 with a problem document
 * beyond it, whether the length is declared or the body outgrows it in chunks (Vert.x alone answers
 * an empty 413).
 * <p>
 * A body is read whole on the event loop before the endpoint runs on a worker thread. Left to
 * RESTEasy Reactive, a blocking endpoint reads its body from the worker thread, which then waits for
 * the event loop twice, for the bytes and then for their end: two hand-offs between threads per
 * write request over HTTP/1.1. Bodies are read after authentication and authorisation, so a refused
 * request's never is.
 */
@ApplicationScoped
public class RequestBodies {
    // Routes run in ascending order; Quarkus's security filters run at minus their priority.
    private static final int DECLARED_LENGTH_ORDER = -9_000;
    private static final int READ_ORDER = -SecurityHandlerPriorities.AUTHORIZATION + 50;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    void register(@Observes Router router, ObjectMapper json) {
        long limit = maxBodySize.asLongValue();
        router.route().order(DECLARED_LENGTH_ORDER).handler(context -> {
            String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (declared != null && exceeds(declared, limit)) {
                refuse(context, json, "The request body is " + declared + " bytes; the limit is " + limit + " bytes.");
            } else {
                context.next();
            }
        });
        BodyHandler reader = BodyHandler.create(false).setBodyLimit(limit);
        router.route().order(READ_ORDER).handler(context -> {
            Context requestContext = Vertx.currentContext();
            if (!hasBody(context.request())) {
                context.next();
            } else if (requestContext == null || Context.isOnEventLoopThread()) {
                reader.handle(context);
            } else {
                // Authentication that looked a key up in the database hands the request on from a worker thread.
                requestContext.runOnContext(onEventLoop -> reader.handle(context));
            }
        }).failureHandler(context -> {
            if (context.failure() == null && context.statusCode() == 413 && !context.response().ended()) {
                refuse(context, json, "The request body is over the limit of " + limit + " bytes.");
            } else {
                context.next();
            }
        });
    }

    private static void refuse(RoutingContext context, ObjectMapper json, String detail) {
        try {
            byte[] body = json.writeValueAsBytes(Problem.of(ProblemType.PAYLOAD_TOO_LARGE, detail,
                    context.request().path()));
            context.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, ProblemResponses.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(Buffer.buffer(body));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }

    private static boolean exceeds(String contentLength, long limit) {
        try {
            return Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException e) {
            return false; // Vert.x rejects a malformed Content-Length itself
        }
    }

    private static boolean hasBody(HttpServerRequest request) {
        if (request.version() == HttpVersion.HTTP_2) {
            return false; // RESTEasy Reactive pauses the request it is given, which HTTP/2 refuses once read
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return length != null ? !"0".equals(length) : request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
    }
}
