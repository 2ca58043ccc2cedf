package io.exportpermits.common.http;

import io.exportpermits.common.problem.ProblemException;
import io.exportpermits.common.problem.ProblemType;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.FileSystem;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Writes one request body to a temporary file on the event loop, hashing and counting it as it arrives.
 * Read from a worker thread through a blocking stream instead, a 20 MB body cost a hand-off between
 * threads for every few kilobytes the socket delivered. The file is written from Vert.x's file threads,
 * so the event loop never waits for the disk (when the writes fall behind, the socket is paused), in
 * pieces of {@link #WRITE_BYTES}: waking a file thread for every socket read cost as much again.
 */
final class BodySpool {
    private static final int WRITE_BYTES = 256 * 1024;
    private static final long LINGER_MILLIS = 2_000;

    private final RoutingContext context;
    private final HttpServerRequest request;
    private final Vertx vertx;
    private final FileSystem files;
    private final long limit;
    private final Duration silenceAllowed;
    private final CompletableFuture<SpooledBody> received;
    private final MessageDigest digest = SpooledBody.newDigest();
    private Buffer pending = Buffer.buffer();
    private long size;
    private long lastArrival = System.nanoTime();
    private long watch;
    private boolean failed;

    private BodySpool(RoutingContext context, Vertx vertx, long limit, Duration silenceAllowed,
                      CompletableFuture<SpooledBody> received) {
        this.context = context;
        this.request = context.request();
        this.vertx = vertx;
        this.files = vertx.fileSystem();
        this.limit = limit;
        this.silenceAllowed = silenceAllowed;
        this.received = received;
    }

    /** On the request's event loop: spools its body, completing {@code received} with the file or a problem. */
    static void start(RoutingContext context, Vertx vertx, long limit, Duration silenceAllowed,
                      CompletableFuture<SpooledBody> received) {
        new BodySpool(context, vertx, limit, silenceAllowed, received).open();
    }

    private void open() {
        request.pause();
        // A file is timed by its silences rather than its length (as nginx's client_body_timeout is): 20 MB
        // from a slow link may take minutes, and what a stalled upload holds is a connection and a file.
        watch = vertx.setPeriodic(Math.max(1, silenceAllowed.toMillis() / 10), tick -> {
            if (Duration.ofNanos(System.nanoTime() - lastArrival).compareTo(silenceAllowed) >= 0) {
                fail(new ProblemException(ProblemType.REQUEST_TIMEOUT, "No part of the request body arrived for "
                        + silenceAllowed.toSeconds() + " seconds; nothing was stored."));
            }
        });
        context.addEndHandler(ended -> {
            vertx.cancelTimer(watch);
            if (failed && !request.isEnded() && request.version() != HttpVersion.HTTP_2) {
                // The rest of the body would come to be read for nothing. Closed a moment after the answer rather
                // than at once, so that a client still sending reads it first (nginx lingers so too).
                vertx.setTimer(LINGER_MILLIS, linger -> request.connection().close());
            }
        });
        files.createTempFile(SpooledBody.TEMPORARY_PREFIX, ".part").onComplete(created -> {
            if (created.failed()) {
                fail(created.cause());
                return;
            }
            String path = created.result();
            // Whatever becomes of the request, the file goes with it unless the endpoint moved it.
            context.addEndHandler(ended -> files.delete(path));
            files.open(path, new OpenOptions().setWrite(true).setTruncateExisting(true)).onComplete(opened -> {
                if (opened.failed()) {
                    fail(opened.cause());
                } else {
                    receive(path, opened.result());
                }
            });
        });
    }

    private void receive(String path, AsyncFile file) {
        // One piece being written while the next arrives; beyond that the socket waits.
        file.setWriteQueueMaxSize(2 * WRITE_BYTES);
        file.exceptionHandler(this::fail);
        request.exceptionHandler(failure -> {
            file.close();
            // The client left: no one will read the answer, and it is no error of ours to log.
            fail(new ProblemException(ProblemType.MALFORMED_REQUEST, "The connection closed before the request "
                    + "body was whole; nothing was stored."));
        });
        request.handler(buffer -> write(file, buffer));
        request.endHandler(end -> file.write(pending).compose(written -> file.close()).onComplete(closed -> {
            if (closed.failed()) {
                fail(closed.cause());
            } else if (!failed) {
                vertx.cancelTimer(watch);
                received.complete(new SpooledBody(Path.of(path), size, SpooledBody.hex(digest)));
            }
        }));
        if (request.version() == HttpVersion.HTTP_1_1
                && "100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
            // The client waits for this before it sends the body (curl for a second, then sends it anyway).
            context.response().writeContinue();
        }
        request.resume();
    }

    private void write(AsyncFile file, Buffer buffer) {
        if (failed) {
            return;
        }
        lastArrival = System.nanoTime();
        size += buffer.length();
        if (size > limit) {
            file.close();
            fail(new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, SpooledBody.tooLarge(limit)));
            return;
        }
        digest.update(buffer.getByteBuf().nioBuffer());
        pending.appendBuffer(buffer);
        if (pending.length() < WRITE_BYTES) {
            return;
        }
        file.write(pending);
        pending = Buffer.buffer();
        if (file.writeQueueFull()) {
            request.pause();
            file.drainHandler(drained -> request.resume());
        }
    }

    private void fail(Throwable failure) {
        failed = true;
        vertx.cancelTimer(watch);
        received.completeExceptionally(failure);
    }
}
