package io.exportpermits.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
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
        HttpResponse<String> answer = service.firstAnswer(http, first);
        assertEquals(200, answer.statusCode(), answer.body());
    }
}
