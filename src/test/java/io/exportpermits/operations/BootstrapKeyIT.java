package io.exportpermits.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged service creates its bootstrap AUTHORITY key after start-up, off the main thread: a request
 * with that key sent the moment the port opens, on a database that has no key yet, must still be let in.
 */
class BootstrapKeyIT {
    private static final String SCHEMA = "export_permits_bootstrap";
    private static final String AUTHORITY = "ep_bootstrap_it_authority_key";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final PackagedService service = new PackagedService(SCHEMA, AUTHORITY, Map.of());

    @AfterEach
    void stop() throws InterruptedException {
        service.kill();
    }

    @Test
    void theBootstrapKeyIsAcceptedFromTheFirstRequest() throws Exception {
        PackagedService.dropSchema(SCHEMA);
        service.start("bootstrap-key-run");
        HttpRequest first = HttpRequest.newBuilder(service.uri("/api/v1/api-keys"))
                .header("Authorization", "Bearer " + AUTHORITY).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            HttpResponse<String> answer;
            try {
                answer = http.send(first, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                service.assertAlive();
                Thread.sleep(10);
                continue;
            }
            assertEquals(200, answer.statusCode(), answer.body());
            return;
        }
        throw new AssertionError("the service did not answer in 60 s");
    }
}
