package io.exportpermits.common.http;

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

/**
 * Writes one request body to a temporary file on the event loop, hashing and counting it as it arrives,
 * and moves the request on with a {@link SpooledBody} once the file is whole. The file is written from
 * Vert.x's file threads, so the event loop never waits for the disk (when the writes fall behind, the
 * socket is paused), in pieces of {@link #WRITE_BYTES}: waking a thread costs about as much as writing
 * what the socket delivers at a time, so handing over every piece (or, as before, reading the body from
 * a worker thread through a blocking stream) doubled an upload's time.
 */
final class BodySpool {
    private static final int WRITE_BYTES = 256 * 1024;

    private final RoutingContext context;
    private final FileSystem files;
    private final long limit;
    private final Runnable refuseAsTooLarge;
    private final MessageDigest digest = SpooledBody.newDigest();
    private Buffer pending = Buffer.buffer();
    private long size;
    private long lastArrival = System.nanoTime();
    private boolean refused;

    private BodySpool(RoutingContext context, Vertx vertx, long limit, Runnable refuseAsTooLarge) {
        this.context = context;
        this.files = vertx.fileSystem();
        this.limit = limit;
        this.refuseAsTooLarge = refuseAsTooLarge;
    }

    /** Spools the body of the context's request, which the caller has paused; then {@code context.next()}. */
    static BodySpool start(RoutingContext context, Vertx vertx, long limit, Runnable refuseAsTooLarge) {
        BodySpool spool = new BodySpool(context, vertx, limit, refuseAsTooLarge);
        spool.open();
        return spool;
    }

    /** How long since the last part of the body arrived (or since the spool began). */
    Duration silence() {
        return Duration.ofNanos(System.nanoTime() - lastArrival);
    }

    private void open() {
        files.createTempFile(SpooledBody.TEMPORARY_PREFIX, ".part").onComplete(created -> {
            if (created.failed()) {
                context.fail(created.cause());
                return;
            }
            String path = created.result();
            // Whatever becomes of the request, the file goes with it unless the endpoint moved it.
            context.addEndHandler(ended -> files.delete(path));
            files.open(path, new OpenOptions().setWrite(true).setTruncateExisting(true)).onComplete(opened -> {
                if (opened.failed()) {
                    context.fail(opened.cause());
                } else {
                    receive(path, opened.result());
                }
            });
        });
    }

    private void receive(String path, AsyncFile file) {
        HttpServerRequest request = context.request();
        // One piece being written while the next arrives; beyond that the socket waits.
        file.setWriteQueueMaxSize(2 * WRITE_BYTES);
        file.exceptionHandler(context::fail);
        request.exceptionHandler(failure -> file.close());
        request.handler(buffer -> write(request, file, buffer));
        if (request.version() == HttpVersion.HTTP_1_1
                && "100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
            // The client waits for this before it sends the body (curl for a second, then sends it anyway).
            context.response().writeContinue();
        }
        request.endHandler(end -> file.write(pending).compose(written -> file.close()).onComplete(closed -> {
            if (refused || context.response().ended()) {
                return; // answered already: too large, or timed out just before the end came
            }
            if (closed.failed()) {
                context.fail(closed.cause());
                return;
            }
            new SpooledBody(Path.of(path), size, SpooledBody.hex(digest)).attachTo(context);
            context.next();
        }));
        request.resume();
    }

    private void write(HttpServerRequest request, AsyncFile file, Buffer buffer) {
        if (refused) {
            return;
        }
        lastArrival = System.nanoTime();
        size += buffer.length();
        if (size > limit) {
            refused = true;
            file.close();
            refuseAsTooLarge.run();
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
}
