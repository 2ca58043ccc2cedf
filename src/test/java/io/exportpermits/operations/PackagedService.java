package io.exportpermits.operations;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The packaged jar (target/quarkus-app, prod mode) as a process of its own, on one schema of the local
 * database, always on the same port so that a restarted service is found where the first one was.
 */
final class PackagedService {
    static final String DATABASE = "jdbc:postgresql://localhost:5432/postgres";
    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(60);

    private final Map<String, String> settings = new LinkedHashMap<>();
    private final int port = freePort();
    private Process process;
    private Path log;

    PackagedService(String schema, String authorityKey, Map<String, String> moreSettings) {
        settings.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        settings.put("QUARKUS_DATASOURCE_JDBC_URL", DATABASE);
        settings.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        settings.put("EXPORT_PERMITS_DB_SCHEMA", schema);
        settings.put("EXPORT_PERMITS_API_KEYS_PEPPER", "packaged-test-pepper-not-for-production");
        settings.put("EXPORT_PERMITS_BOOTSTRAP_AUTHORITY_KEY", authorityKey);
        settings.putAll(moreSettings);
    }

    /** For a first start on an empty schema. */
    static void dropSchema(String schema) throws SQLException {
        try (Connection db = DriverManager.getConnection(DATABASE, "postgres", "");
             Statement statement = db.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
        }
    }

    /** Starts the jar, its output in target/{logName}.log; returns without waiting for it to listen. */
    void start(String logName) throws IOException {
        log = Path.of("target", logName + ".log");
        var builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", "target/quarkus-app/quarkus-run.jar");
        builder.environment().keySet().removeIf(name -> name.startsWith("QUARKUS_") || name.startsWith("EXPORT_PERMITS_"));
        builder.environment().putAll(settings);
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        process = builder.start();
    }

    void awaitReady(HttpClient http) throws InterruptedException {
        HttpRequest ready = HttpRequest.newBuilder(uri("/q/health/ready")).build();
        long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
        while (firstAnswer(http, ready).statusCode() != 200) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the service did not become ready in " + STARTUP_LIMIT);
            }
            Thread.sleep(200);
        }
    }

    /** The answer to {@code request}, sent again every 10 ms until the service listens. */
    HttpResponse<String> firstAnswer(HttpClient http, HttpRequest request) throws InterruptedException {
        long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                assertTrue(process.isAlive(), "the service exited; see " + log);
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the service did not listen in " + STARTUP_LIMIT);
    }

    /** SIGKILL: no shutdown hook, no flush, connections cut mid-transaction. */
    void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
