package io.exportpermits.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The webhook verification snippets of docs/integrating.md, exactly as published, accept what the service
 * signs and refuse a changed body, a stale timestamp and a wrong secret: an integrator who copies them is
 * right.
 */
class WebhookSnippetsTest {
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String OTHER_SECRET = "whsec_" + "A".repeat(43) + "=";
    private static final String ID = "3f6c1a52-8d4e-4b7a-9f21-6e0d5c4b3a29";
    private static final String BODY = "{\"type\":\"permit.approved\",\"data\":{\"exporter\":\"福建艾克美稀土有限公司\"}}";

    private interface Verifier {
        boolean verify(String secret, String id, String timestamp, String signatures, byte[] body) throws Exception;
    }

    @Test
    void theJavaSnippetVerifiesWhatTheServiceSigns() throws Exception {
        Path dir = Files.createTempDirectory("readme-java");
        Path source = dir.resolve("WebhookVerifier.java");
        Files.writeString(source, snippet("java", "final class WebhookVerifier"));
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", dir.toString(),
                source.toString()), "the Java snippet compiles");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()})) {
            Method verify = loader.loadClass("WebhookVerifier").getDeclaredMethod("verify", String.class,
                    String.class, String.class, String.class, byte[].class);
            verify.setAccessible(true);
            checkAgainstTheSigner((secret, id, timestamp, signatures, body) ->
                    (Boolean) verify.invoke(null, secret, id, timestamp, signatures, body));
        }
    }

    @Test
    void thePythonSnippetVerifiesWhatTheServiceSigns() throws Exception {
        Path script = Files.createTempFile("readme-python", ".py");
        Files.writeString(script, snippet("python", "def verify(") + """

                import sys
                print(verify(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], open(sys.argv[5], "rb").read()))
                """);
        checkAgainstTheSigner((secret, id, timestamp, signatures, body) -> {
            Path bodyFile = Files.createTempFile("delivery", ".json");
            Files.write(bodyFile, body);
            Process python = new ProcessBuilder("python3", script.toString(), secret, id, timestamp, signatures,
                    bodyFile.toString()).redirectErrorStream(true).start();
            String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            assertEquals(0, python.waitFor(), output);
            return Boolean.parseBoolean(output.toLowerCase());
        });
    }

    private static void checkAgainstTheSigner(Verifier verifier) throws Exception {
        long now = Instant.now().getEpochSecond();
        String signature = WebhookSigner.sign(SECRET, ID, now, BODY);
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);

        assertTrue(verifier.verify(SECRET, ID, Long.toString(now), signature, body), "a genuine delivery");
        assertTrue(verifier.verify(SECRET, ID, Long.toString(now), "v1,bm90IGl0 " + signature, body),
                "one of several signatures (a secret being rotated)");
        assertFalse(verifier.verify(SECRET, ID, Long.toString(now), signature,
                BODY.replace("approved", "refused").getBytes(StandardCharsets.UTF_8)), "a changed body");
        assertFalse(verifier.verify(OTHER_SECRET, ID, Long.toString(now), signature, body), "another secret");
        long stale = now - 600;
        assertFalse(verifier.verify(SECRET, ID, Long.toString(stale), WebhookSigner.sign(SECRET, ID, stale,
                BODY), body), "a replay ten minutes later");
    }

    /** The guide's fenced block of that language containing the marker. */
    private static String snippet(String language, String marker) throws IOException {
        String guide = Files.readString(Path.of("docs", "integrating.md"));
        Matcher block = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(guide);
        List<String> matching = block.results().map(match -> match.group(1))
                .filter(code -> code.contains(marker)).toList();
        assertEquals(1, matching.size(), "one " + language + " block in docs/integrating.md contains " + marker);
        return matching.get(0);
    }
}
