package io.exportpermits.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "export-permits.webhooks")
public interface WebhookSettings {
    /** Whether this instance runs a delivery worker (every instance may: they share work safely). */
    @WithDefault("true")
    boolean worker();

    @WithDefault("PT5S")
    Duration connectTimeout();

    /** Longest silence from the receiver, once connected, before the attempt fails. */
    @WithDefault("PT10S")
    Duration readTimeout();

    @WithDefault("8")
    int maxAttempts();

    /** The first retry waits about this long; each further retry twice as long, up to {@link #maxBackoff()}. */
    @WithDefault("PT30S")
    Duration initialBackoff();

    @WithDefault("PT2H")
    Duration maxBackoff();

    /** How often an idle worker looks for retries that have fallen due; new events wake it at once. */
    @WithDefault("PT1S")
    Duration idlePoll();

    /** Failed attempts in a row, across deliveries, after which the subscription is disabled. */
    @WithDefault("20")
    int disableAfterFailures();

    /** Loopback, private and link-local targets are refused unless this is set (tests need it). */
    @WithDefault("false")
    boolean allowPrivateTargets();

    /** Plain-HTTP targets are refused unless this is set. */
    @WithDefault("false")
    boolean allowHttp();
}
