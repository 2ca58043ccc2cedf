package io.exportpermits.common.http;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Receives the body of a {@link StreamedBody} route into a temporary file, for an endpoint that has
 * checked the request first: a client that sent {@code Expect: 100-continue} is then refused before
 * it sends anything, and the endpoint's thread is not held while a slow client uploads.
 */
@ApplicationScoped
public class FileBodies {
    private final Vertx vertx;
    private final CurrentVertxRequest request;
    private final Duration silenceAllowed;

    FileBodies(Vertx vertx, CurrentVertxRequest request,
               @ConfigProperty(name = "export-permits.http.body-read-timeout") Duration silenceAllowed) {
        this.vertx = vertx;
        this.request = request;
        this.silenceAllowed = silenceAllowed;
    }

    /**
     * The current request's body in a file, once whole. Fails with a problem (413) as soon as it is
     * larger than {@code limit}, and (408) when none of it arrives for
     * {@code export-permits.http.body-read-timeout}; the connection is then closed.
     */
    public CompletionStage<SpooledBody> receive(long limit) {
        RoutingContext context = request.getCurrent();
        // The request's own context: its handlers are called there, and a file opened there may be used there.
        Context requestContext = ((HttpServerRequestInternal) context.request()).context();
        CompletableFuture<SpooledBody> received = new CompletableFuture<>();
        requestContext.runOnContext(onEventLoop -> BodySpool.start(context, vertx, limit, silenceAllowed, received));
        return received;
    }
}
