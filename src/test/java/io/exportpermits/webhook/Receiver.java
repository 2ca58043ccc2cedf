package io.exportpermits.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/** A webhook receiver on localhost that records every request and fails the first ones it is told to. */
final class Receiver implements AutoCloseable {
    record Request(String path, String id, String timestamp, String signature, String body, int answered) {
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft;

    Receiver(int failFirst) throws IOException {
        failuresLeft = new AtomicInteger(failFirst);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = failuresLeft.getAndDecrement() > 0 ? 500 : 204;
            var headers = exchange.getRequestHeaders();
            requests.add(new Request(exchange.getRequestURI().getPath(), headers.getFirst("webhook-id"),
                    headers.getFirst("webhook-timestamp"), headers.getFirst("webhook-signature"), body, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    List<Request> succeeded() {
        return requests.stream().filter(r -> r.answered() < 300).toList();
    }

    /** Waits (up to the timeout) until the recorded requests satisfy {@code done}. */
    List<Request> await(Predicate<Receiver> done, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.test(this) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return requests();
    }

    void failAlways() {
        failuresLeft.set(Integer.MAX_VALUE);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
