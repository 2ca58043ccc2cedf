package io.exportpermits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The README's curl tour, run as written against the packaged jar, twice: a newcomer who pastes it
 * again (the dev database keeps what the first run made) must not hit an error. Only the port and the
 * bootstrap key of the test profile take the place of dev mode's.
 */
@QuarkusIntegrationTest
class ReadmeTourIT {

    @Test
    void theTourRunsAsWrittenAndAgain() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int section = readme.indexOf("## A curl tour");
        int start = readme.indexOf("```bash\n", section) + "```bash\n".length();
        String tour = readme.substring(start, readme.indexOf("```\n", start))
                .replace("localhost:8080", "localhost:" + RestAssured.port)
                .replace("ep_dev_authority_key", "ep_test_authority_key");
        Path script = Files.createTempFile("readme-tour", ".sh");
        Files.writeString(script, "set -euo pipefail\n" + tour);
        for (int run = 1; run <= 2; run++) {
            String output = run(script);
            for (String expected : List.of("\"screening\":{\"outcome\":\"NO_MATCH\"", "\"status\":\"SUBMITTED\"",
                    "\"mediaType\":\"application/pdf\"",
                    "HTTP/1.1 304 Not Modified", "POSSIBLE_MATCH", "\"valid\":false,\"reason\":\"NOT_ISSUED\"",
                    "\"basis\":\"SCHEDULED\"", "allow:", "\"basis\":\"EXPORTER_CONFIRMED\"")) {
                assertTrue(output.toLowerCase().contains(expected.toLowerCase()),
                        "run " + run + " shows " + expected + ":\n" + output);
            }
            assertEquals(2, output.lines().filter(line -> line.startsWith("\"exporterId\":")).distinct().count(),
                    "run " + run + ": the importer sees the permits of both suppliers:\n" + output);
        }
    }

    private static String run(Path script) throws IOException, InterruptedException {
        Process bash = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true).start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(bash.waitFor(120, TimeUnit.SECONDS), "the tour ends");
        assertEquals(0, bash.exitValue(), "the tour stops at an error:\n" + output);
        return output;
    }
}
