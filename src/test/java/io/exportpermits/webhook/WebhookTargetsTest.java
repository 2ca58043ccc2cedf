package io.exportpermits.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookTargetsTest {
    private static WebhookTargets targets(boolean allowPrivate, boolean allowHttp) {
        return new WebhookTargets(new WebhookSettings() {
            public boolean worker() { return false; }
            public Duration connectTimeout() { return Duration.ofSeconds(1); }
            public Duration readTimeout() { return Duration.ofSeconds(1); }
            public int maxAttempts() { return 1; }
            public Duration initialBackoff() { return Duration.ofSeconds(1); }
            public Duration maxBackoff() { return Duration.ofSeconds(1); }
            public Duration idlePoll() { return Duration.ofSeconds(1); }
            public int disableAfterFailures() { return 1; }
            public boolean allowPrivateTargets() { return allowPrivate; }
            public boolean allowHttp() { return allowHttp; }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/hook", "https://localhost/hook", "https://10.1.2.3/", "https://172.16.0.9/",
            "https://192.168.1.1/", "https://169.254.169.254/latest/meta-data", "https://[::1]/", "https://[fd00::1]/",
            "https://0.0.0.0/", "https://100.64.0.1/"})
    void internalTargetsAreRefused(String url) {
        var refused = assertThrows(WebhookTargets.RefusedTarget.class, () -> targets(false, false).resolve(url));
        assertEquals("resolves to a loopback, private or link-local address", refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://93.184.215.14/", "https://user:pw@93.184.215.14/", "not a url", "https:///path"})
    void malformedTargetsAreRefused(String url) {
        assertThrows(WebhookTargets.RefusedTarget.class, () -> targets(false, false).resolve(url));
    }

    @Test
    void plainHttpNeedsItsSetting() throws Exception {
        assertThrows(WebhookTargets.RefusedTarget.class, () -> targets(false, false).resolve("http://93.184.215.14/"));
        assertEquals(80, targets(false, true).resolve("http://93.184.215.14/").port());
    }

    @Test
    void aPublicTargetIsPinnedToTheAddressChecked() throws Exception {
        var target = targets(false, false).resolve("https://93.184.215.14:8443/hooks?x=1");
        assertEquals("93.184.215.14", target.address().getHostAddress());
        assertEquals(8443, target.port());
    }

    @Test
    void loopbackIsAllowedWhenConfigured() throws Exception {
        assertEquals("127.0.0.1", targets(true, true).resolve("http://127.0.0.1:9/").address().getHostAddress());
    }
}
