package io.exportpermits.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.exportpermits.common.problem.Problem;
import io.exportpermits.common.problem.ProblemResponses;
import io.exportpermits.common.problem.ProblemType;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Request bodies up to {@code export-permits.http.max-body-size}, and 413 with a problem document
 * beyond it, whether the length is declared or the body outgrows it in chunks (Vert.x alone answers
 * an empty 413). A body without a Content-Type is a 415: left to JAX-RS it would be read as JSON
 * anyway. A body not received whole within {@code export-permits.http.body-read-timeout} is a 408 and
 * the connection is closed: a client sending a few bytes a minute would otherwise hold a connection,
 * and a buffer, for as long as it liked.
 * <p>
 * A body is read whole on the event loop before the endpoint runs on a worker thread. Left to
 * RESTEasy Reactive, a blocking endpoint reads its body from the worker thread, which then waits for
 * the event loop twice, for the bytes and then for their end: two hand-offs between threads per
 * write request over HTTP/1.1. Bodies are read after authentication and authorisation, so a refused
 * request's never is. The body of a {@link StreamedBody} route (a file upload) is left to its endpoint,
 * which receives it into a file once it has checked the request ({@link FileBodies}).
 */
@ApplicationScoped
public class RequestBodies {
    // Routes run in ascending order; Quarkus's security filters run at minus their priority.
    private static final int DECLARED_LENGTH_ORDER = -9_000;
    private static final int READ_ORDER = -SecurityHandlerPriorities.AUTHORIZATION + 50;

    private static final String DEADLINE = RequestBodies.class.getName() + ".deadline";
    // Room for a multipart body's boundaries and form fields around its file.
    private static final long MULTIPART_FRAMING = 64 * 1024;

    @ConfigProperty(name = "export-permits.http.max-body-size")
    MemorySize maxBodySize;

    @ConfigProperty(name = "export-permits.http.body-read-timeout")
    Duration bodyReadTimeout;

    void register(@Observes Router router, ObjectMapper json, Vertx vertx, Instance<StreamedBody> streamedBodies) {
        long limit = maxBodySize.asLongValue();
        List<StreamedBody> streamed = streamedBodies.stream().toList();
        router.route().order(DECLARED_LENGTH_ORDER).handler(context -> {
            String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            long routeLimit = streamedRoute(streamed, context.request())
                    .map(route -> route.maxFileSize() + (isForm(context.request()) ? MULTIPART_FRAMING : 0))
                    .orElse(limit);
            if (declared != null && exceeds(declared, routeLimit)) {
                refuse(context, json, ProblemType.PAYLOAD_TOO_LARGE,
                        "The request body is " + declared + " bytes; the limit is " + routeLimit + " bytes.");
            } else {
                context.next();
            }
        });
        BodyHandler reader = BodyHandler.create(false).setBodyLimit(limit);
        router.route().order(READ_ORDER).handler(context -> {
            Context requestContext = Vertx.currentContext();
            if (declaresBody(context.request()) && context.request().getHeader(HttpHeaders.CONTENT_TYPE) == null) {
                refuse(context, json, ProblemType.UNSUPPORTED_MEDIA_TYPE,
                        "The request has a body but no Content-Type header; send application/json.");
            } else if (!readAhead(context.request()) || streamedRoute(streamed, context.request()).isPresent()) {
                context.next();
            } else if (requestContext == null || Context.isOnEventLoopThread()) {
                read(context, reader, json, vertx);
            } else {
                // Authentication that looked a key up in the database hands the request on from a worker thread.
                requestContext.runOnContext(onEventLoop -> read(context, reader, json, vertx));
            }
        }).failureHandler(context -> {
            if (context.response().ended()) {
                // Already answered (408, 413): the read then fails as the connection closes, which is the
                // client's doing and no error of ours to log.
                return;
            }
            if (context.failure() instanceof HttpClosedException) {
                // The client went away before its body was whole: no one is left to answer, and it is no
                // error of ours (the access log has the request, written as the connection closed).
                return;
            }
            if (context.failure() == null && context.statusCode() == 413) {
                refuse(context, json, ProblemType.PAYLOAD_TOO_LARGE,
                        "The request body is over the limit of " + limit + " bytes.");
            } else {
                context.next();
            }
        });
        // The body is whole: the deadline was for receiving it, not for the endpoint that now runs.
        router.route().order(READ_ORDER + 1).handler(context -> {
            if (context.get(DEADLINE) instanceof Long timer) {
                vertx.cancelTimer(timer);
            }
            context.next();
        });
    }

    private void read(RoutingContext context, BodyHandler reader, ObjectMapper json, Vertx vertx) {
        long timer = vertx.setTimer(bodyReadTimeout.toMillis(), expired -> {
            if (!context.response().ended()) {
                // Vert.x would keep the connection until the rest of the body came: it is closed instead.
                refuse(context, json, ProblemType.REQUEST_TIMEOUT, "The request body did not arrive within "
                        + bodyReadTimeout.toSeconds() + " seconds; nothing was done.")
                        .onComplete(sent -> context.request().connection().close());
            }
        });
        context.put(DEADLINE, timer);
        context.addEndHandler(ended -> vertx.cancelTimer(timer)); // answered before the body was whole: a 413
        reader.handle(context);
    }

    private static Future<Void> refuse(RoutingContext context, ObjectMapper json, ProblemType type, String detail) {
        try {
            byte[] body = json.writeValueAsBytes(Problem.of(type, detail, decodedPath(context)));
            return context.response().setStatusCode(type.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, ProblemResponses.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(Buffer.buffer(body));
        } catch (JsonProcessingException e) {
            context.fail(e);
            return Future.failedFuture(e);
        }
    }

    /** The path as JAX-RS reports it elsewhere: decoded, for the problem to encode in its own way. */
    private static String decodedPath(RoutingContext context) {
        try {
            return URI.create(context.request().path()).getPath();
        } catch (IllegalArgumentException e) {
            return context.request().path();
        }
    }

    private static Optional<StreamedBody> streamedRoute(List<StreamedBody> streamed, HttpServerRequest request) {
        return streamed.stream().filter(route -> route.matches(request.method(), request.path())).findFirst();
    }

    private static boolean isForm(HttpServerRequest request) {
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    private static boolean exceeds(String contentLength, long limit) {
        try {
            return Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException e) {
            return false; // Vert.x rejects a malformed Content-Length itself
        }
    }

    private static boolean readAhead(HttpServerRequest request) {
        // RESTEasy Reactive pauses the request it is given, which HTTP/2 refuses once read
        return request.version() != HttpVersion.HTTP_2 && declaresBody(request);
    }

    private static boolean declaresBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return length != null ? !"0".equals(length.trim()) : request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
    }
}
