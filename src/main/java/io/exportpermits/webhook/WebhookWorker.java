package io.exportpermits.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.exportpermits.common.TimeOrderedIds;
import io.exportpermits.common.http.ETags;
import io.exportpermits.common.security.SecretBox;
import io.exportpermits.event.EventFeed;
import io.exportpermits.event.EventLog;
import io.exportpermits.event.EventSignals;
import io.exportpermits.event.EventType;
import io.exportpermits.event.SubjectType;
import io.exportpermits.event.api.EventView;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Delivers webhooks, at least once, in feed order per subscription. Workers on any number of
 * instances share the queue: each claims due deliveries with FOR UPDATE SKIP LOCKED and leases them
 * for the length of an attempt, so that an attempt is made by one worker only, and by another only if
 * the first one died mid-attempt.
 */
@ApplicationScoped
public class WebhookWorker {
    private static final Logger LOG = Logger.getLogger(WebhookWorker.class);
    private static final int BATCH = 16;
    private static final long COALESCE_MILLIS = 20;
    /**
     * Due, leased by nobody, committed below the horizon (see V9), and the oldest pending delivery of
     * its subscription, so that a retrying delivery holds back the later ones instead of being overtaken.
     */
    private static final String CLAIM = """
            with due as (
                select d.id
                from webhook_delivery d
                join webhook_subscription s on s.id = d.subscription_id and s.enabled
                join event e on e.seq = d.event_seq
                where d.state = 'PENDING' and d.next_attempt_at <= clock_timestamp()
                  and (d.leased_until is null or d.leased_until < clock_timestamp())
                  and d.tx < pg_snapshot_xmin(pg_current_snapshot())
                  and not exists (
                      select 1 from webhook_delivery p join event pe on pe.seq = p.event_seq
                      where p.subscription_id = d.subscription_id and p.state = 'PENDING' and p.id <> d.id
                        and ((pe.tx, pe.seq) < (e.tx, e.seq) or pe.seq = e.seq and p.created_at < d.created_at))
                order by d.next_attempt_at
                limit ?
                for update of d skip locked
            )
            update webhook_delivery d
            set leased_until = clock_timestamp() + cast(? as interval), attempts = d.attempts + 1
            from due, webhook_subscription s
            where d.id = due.id and s.id = d.subscription_id
            returning d.id, d.subscription_id, d.event_seq, d.attempts, s.url, s.secret""";

    private record Claim(UUID id, UUID subscriptionId, long eventSeq, int attempt, String url, String secret) {
    }

    private record Outcome(Integer status, String error, int durationMs) {
        boolean succeeded() {
            return status != null && status >= 200 && status < 300;
        }
    }

    private final DataSource dataSource;
    private final EventFeed feed;
    private final EventSignals signals;
    private final EventLog events;
    private final WebhookSubscriptionRepository subscriptions;
    private final WebhookTargets targets;
    private final SecretBox vault;
    private final WebhookSettings settings;
    private final ObjectMapper json;
    private final Clock clock;
    private final HttpClient http;
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    WebhookWorker(DataSource dataSource, EventFeed feed, EventSignals signals, EventLog events,
                  WebhookSubscriptionRepository subscriptions, WebhookTargets targets, SecretBox vault,
                  WebhookSettings settings,
                  ObjectMapper json, Clock clock, Vertx vertx) {
        this.dataSource = dataSource;
        this.feed = feed;
        this.signals = signals;
        this.events = events;
        this.subscriptions = subscriptions;
        this.targets = targets;
        this.vault = vault;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
        this.http = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) settings.connectTimeout().toMillis())
                .setVerifyHost(true)
                .setMaxPoolSize(BATCH));
    }

    void start(@Observes StartupEvent startup) {
        if (!settings.worker()) {
            return;
        }
        running = true;
        signals.onEveryEvent(wake::release);
        thread = new Thread(this::run, "webhook-worker");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void run() {
        while (running) {
            int delivered = 0;
            try {
                delivered = deliverDue();
            } catch (RuntimeException e) {
                // At shutdown a round may lose its connection to the closing pool: nothing for anyone to act on.
                if (running) {
                    LOG.warnf(e, "Webhook delivery round failed; retrying");
                }
            }
            if (delivered == 0) {
                try {
                    // New events wake the worker; retries fall due by the clock, so look again after a while.
                    // Events that commit close together are claimed in one round: under a steady stream of
                    // writes a round per event would keep a core busy claiming nothing.
                    if (wake.tryAcquire(settings.idlePoll().toMillis(), TimeUnit.MILLISECONDS)) {
                        Thread.sleep(COALESCE_MILLIS);
                    }
                    wake.drainPermits();
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** One round: claims what is due, attempts it, records the outcomes. Returns how many it attempted. */
    public int deliverDue() {
        List<Claim> claims;
        Map<Long, EventView> bodies;
        try (Connection connection = dataSource.getConnection()) {
            claims = claim(connection);
            if (claims.isEmpty()) {
                return 0;
            }
            bodies = feed.bySeq(connection, claims.stream().map(Claim::eventSeq).toList());
        } catch (SQLException e) {
            throw new IllegalStateException("could not claim webhook deliveries", e);
        }
        List<CompletableFuture<Outcome>> attempts = new ArrayList<>();
        for (Claim claim : claims) {
            attempts.add(attempt(claim, bodies.get(claim.eventSeq())));
        }
        for (int i = 0; i < claims.size(); i++) {
            record(claims.get(i), attempts.get(i).join());
        }
        return claims.size();
    }

    private List<Claim> claim(Connection connection) throws SQLException {
        Duration lease = settings.connectTimeout().plus(settings.readTimeout()).multipliedBy(2);
        List<Claim> claims = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(CLAIM)) {
            statement.setInt(1, BATCH);
            statement.setString(2, lease.toMillis() + " milliseconds");
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    claims.add(new Claim(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class), rows.getLong(3),
                            rows.getInt(4), rows.getString(5), rows.getString(6)));
                }
            }
        }
        return claims;
    }

    private CompletableFuture<Outcome> attempt(Claim claim, EventView event) {
        long started = System.nanoTime();
        WebhookTargets.Target target;
        String body;
        try {
            target = targets.resolve(claim.url());
            body = json.writeValueAsString(event);
        } catch (WebhookTargets.RefusedTarget e) {
            return CompletableFuture.completedFuture(new Outcome(null, "target refused: the URL " + e.getMessage(), 0));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        long timestamp = clock.instant().getEpochSecond();
        String id = event.id().toString();
        String path = target.uri().getRawPath() == null || target.uri().getRawPath().isEmpty() ? "/"
                : target.uri().getRawPath();
        RequestOptions request = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(target.port(), target.address().getHostAddress()))
                .setHost(target.uri().getHost())
                .setPort(target.port())
                .setSsl(target.tls())
                .setURI(path + (target.uri().getRawQuery() == null ? "" : "?" + target.uri().getRawQuery()))
                .setFollowRedirects(false)
                .setIdleTimeout(settings.readTimeout().toMillis())
                .putHeader("content-type", "application/json")
                .putHeader("user-agent", "export-permits-webhooks/1")
                .putHeader("webhook-id", id)
                .putHeader("webhook-timestamp", Long.toString(timestamp))
                .putHeader("webhook-signature", WebhookSigner.sign(vault.open(claim.secret()), id, timestamp, body));
        return http.request(request)
                .compose(outbound -> outbound.send(Buffer.buffer(body)))
                .compose(response -> response.end().map(done -> response.statusCode()))
                .toCompletionStage().toCompletableFuture()
                .handle((status, failure) -> {
                    int millis = (int) TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                    if (failure != null) {
                        return new Outcome(null, truncate(failure.getClass().getSimpleName() + ": " + failure.getMessage()),
                                millis);
                    }
                    return new Outcome(status, status >= 200 && status < 300 ? null : "HTTP " + status, millis);
                });
    }

    private void record(Claim claim, Outcome outcome) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection connection = dataSource.getConnection()) {
                Instant now = clock.instant();
                update(connection, "insert into webhook_attempt (id, delivery_id, attempt, attempted_at, duration_ms, "
                        + "status_code, error) values (?, ?, ?, ?, ?, ?, ?)", TimeOrderedIds.next(), claim.id(),
                        claim.attempt(), Timestamp.from(now), outcome.durationMs(), outcome.status(), outcome.error());
                if (outcome.succeeded()) {
                    update(connection, "update webhook_delivery set state = 'SUCCEEDED', completed_at = ?, leased_until = null, "
                            + "last_status = ?, last_error = null where id = ?", Timestamp.from(now), outcome.status(),
                            claim.id());
                    update(connection, "update webhook_subscription set consecutive_failures = 0 where id = ? "
                            + "and consecutive_failures <> 0", claim.subscriptionId());
                    return;
                }
                boolean givingUp = claim.attempt() >= settings.maxAttempts();
                update(connection, "update webhook_delivery set state = ?, completed_at = ?, next_attempt_at = ?, "
                        + "leased_until = null, last_status = ?, last_error = ? where id = ?",
                        givingUp ? "FAILED" : "PENDING", givingUp ? Timestamp.from(now) : null,
                        Timestamp.from(now.plus(backoff(claim.attempt()))), outcome.status(), outcome.error(), claim.id());
                int failures = countFailure(connection, claim.subscriptionId());
                if (failures >= settings.disableAfterFailures()) {
                    disable(connection, claim.subscriptionId(), failures + " consecutive failed attempts; last: "
                            + outcome.error());
                }
            } catch (SQLException e) {
                throw new IllegalStateException("could not record a webhook attempt", e);
            }
        });
    }

    /** Disables the subscription and says so in an event its tenant can read (and other subscriptions receive). */
    private void disable(Connection connection, UUID subscriptionId, String reason) throws SQLException {
        update(connection, "update webhook_subscription set enabled = false, disabled_reason = ?, updated_at = ?, "
                + "version = version + 1 where id = ?", truncate(reason), Timestamp.from(clock.instant()), subscriptionId);
        WebhookSubscription subscription = subscriptions.findById(subscriptionId);
        LOG.warnf("Webhook subscription %s disabled: %s", subscriptionId, reason);
        events.emit(EventType.WEBHOOK_SUBSCRIPTION_DISABLED, SubjectType.WEBHOOK_SUBSCRIPTION, subscriptionId.toString(),
                subscription.audience(), WebhookService.view(subscription), ETags.of(subscription.version));
    }

    /** Exponential, with "equal jitter": half the delay fixed, half random, so retries of many deliveries spread. */
    Duration backoff(int attempt) {
        long base = settings.initialBackoff().toMillis() << Math.min(attempt - 1, 30);
        long delay = Math.min(base, settings.maxBackoff().toMillis());
        return Duration.ofMillis(delay / 2 + ThreadLocalRandom.current().nextLong(delay / 2 + 1));
    }

    /** Failed attempts in a row, this one included; 0 when the subscription is gone or already disabled. */
    private static int countFailure(Connection connection, UUID subscriptionId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update webhook_subscription set "
                + "consecutive_failures = consecutive_failures + 1 where id = ? and enabled returning consecutive_failures")) {
            update.setObject(1, subscriptionId);
            try (ResultSet row = update.executeQuery()) {
                return row.next() ? row.getInt(1) : 0;
            }
        }
    }

    private static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 497) + "...";
    }
}
