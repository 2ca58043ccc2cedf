package io.exportpermits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The packaged jar in prod, with no database or key pepper configured, stops at once and says what to set. */
class ProductionWithoutConfigurationIT {

    @Test
    void startupStopsWithOneLineNamingEveryMissingVariable() throws IOException, InterruptedException {
        var builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=0", "-jar", "target/quarkus-app/quarkus-run.jar");
        builder.environment().keySet().removeIf(name -> name.startsWith("QUARKUS_"));
        builder.redirectErrorStream(true);
        Process process = builder.start();
        boolean exited = process.waitFor(60, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!exited) {
            process.destroyForcibly();
        }
        assertTrue(exited, "the service must not keep running without a database:\n" + output);
        assertNotEquals(0, process.exitValue());
        List<String> lines = output.lines().filter(l -> l.contains("QUARKUS_DATASOURCE_JDBC_URL")).toList();
        assertEquals(1, lines.size(), output);
        assertTrue(lines.get(0).contains("EXPORT_PERMITS_API_KEYS_PEPPER"), output);
        assertTrue(output.lines().noneMatch(l -> l.trim().startsWith("at ")), "no stack trace:\n" + output);
    }
}
