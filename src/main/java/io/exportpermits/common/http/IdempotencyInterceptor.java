package io.exportpermits.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.exportpermits.common.problem.ProblemException;
import io.exportpermits.common.problem.ProblemType;
import io.exportpermits.common.security.SecretBox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.ParameterizedType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Idempotency-Key, done the way a crash cannot break: the key is claimed, the operation runs and its
 * answer is stored in one transaction. A repeat blocks on the claim until the first finishes, then
 * replays its answer; if the first failed (or the process died), nothing was stored and the repeat
 * runs afresh. Only 2xx answers are kept.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class IdempotencyInterceptor {
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    static final Duration KEPT_FOR = Duration.ofHours(24);
    /** How long a repeat waits for the first request to finish before it is told to try later. */
    private static final String WAIT_FOR_FIRST = "30s";
    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG);
    private static final String CLAIM = """
            insert into idempotency_record (scope, idempotency_key, fingerprint, created_at, expires_at)
            values (?, ?, ?, ?, ?) on conflict (scope, idempotency_key) do nothing""";

    @Inject
    HttpServerRequest http;
    @Inject
    SecurityIdentity identity;
    @Inject
    DataSource dataSource;
    @Inject
    ObjectMapper json;
    @Inject
    SecretBox box;
    @Inject
    Clock clock;

    private record Stored(String fingerprint, Integer status, String headers, String body, Instant expiresAt) {
    }

    @AroundInvoke
    Object guard(InvocationContext invocation) throws Exception {
        String key = http.getHeader(HEADER);
        if (key == null) {
            return invocation.proceed();
        }
        if (key.isEmpty() || key.length() > 255 || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw ProblemException.invalidField(HEADER, "must be 1 to 255 printable ASCII characters");
        }
        String scope = identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
        String fingerprint = fingerprint(invocation);
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                if (!claim(connection, scope, key, fingerprint)) {
                    Stored earlier = find(connection, scope, key);
                    if (!earlier.fingerprint().equals(fingerprint)) {
                        throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED, "Idempotency-Key " + key
                                + " was used for a different request in the last 24 hours; use a new key for a new "
                                + "request.");
                    }
                    return replay(invocation, earlier);
                }
                Object result = invocation.proceed();
                store(connection, scope, key, (RestResponse<?>) result);
                return result;
            }
        });
    }

    /** True when this request now owns the key; waits while another request holds it. */
    private boolean claim(Connection connection, String scope, String key, String fingerprint) throws SQLException {
        Instant now = clock.instant();
        try (PreparedStatement statement = connection.prepareStatement("set local lock_timeout = '" + WAIT_FOR_FIRST
                + "'")) {
            statement.execute();
        }
        // Housekeeping in step with use: this key if it has expired, and a few other expired records, so the
        // table stays about a day's worth of keys without a scheduled job.
        try (PreparedStatement expired = connection.prepareStatement("""
                delete from idempotency_record where (scope = ? and idempotency_key = ? or ctid in (
                    select ctid from idempotency_record where expires_at < ? limit 10)) and expires_at < ?""")) {
            expired.setString(1, scope);
            expired.setString(2, key);
            expired.setTimestamp(3, Timestamp.from(now));
            expired.setTimestamp(4, Timestamp.from(now));
            expired.executeUpdate();
            try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
                claim.setString(1, scope);
                claim.setString(2, key);
                claim.setString(3, fingerprint);
                claim.setTimestamp(4, Timestamp.from(now));
                claim.setTimestamp(5, Timestamp.from(now.plus(KEPT_FOR)));
                return claim.executeUpdate() == 1;
            }
        } catch (SQLException e) {
            if ("55P03".equals(e.getSQLState())) { // lock_not_available: the first request is still running
                throw new ProblemException(ProblemType.CONFLICT, "A request with Idempotency-Key " + key
                        + " is still being processed; retry later with the same key.");
            }
            throw e;
        }
    }

    private static Stored find(Connection connection, String scope, String key) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select fingerprint, response_status, "
                + "response_headers, response_body, expires_at from idempotency_record where scope = ? and "
                + "idempotency_key = ?")) {
            query.setString(1, scope);
            query.setString(2, key);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return new Stored(row.getString(1), (Integer) row.getObject(2), row.getString(3), row.getString(4),
                        row.getTimestamp(5).toInstant());
            }
        }
    }

    private void store(Connection connection, String scope, String key, RestResponse<?> response)
            throws SQLException, JsonProcessingException {
        if (response.getStatus() < 200 || response.getStatus() > 299) {
            try (PreparedStatement forget = connection.prepareStatement(
                    "delete from idempotency_record where scope = ? and idempotency_key = ?")) {
                forget.setString(1, scope);
                forget.setString(2, key);
                forget.executeUpdate();
            }
            return;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            Object value = response.getHeaders().getFirst(name);
            if (value != null) {
                headers.put(name, value.toString());
            }
        }
        try (PreparedStatement update = connection.prepareStatement("update idempotency_record set response_status = ?, "
                + "response_headers = ?, response_body = ? where scope = ? and idempotency_key = ?")) {
            update.setInt(1, response.getStatus());
            update.setString(2, json.writeValueAsString(headers));
            update.setString(3, response.getEntity() == null ? null : box.seal(json.writeValueAsString(response.getEntity())));
            update.setString(4, scope);
            update.setString(5, key);
            update.executeUpdate();
        }
    }

    private RestResponse<Object> replay(InvocationContext invocation, Stored earlier) throws JsonProcessingException {
        var response = RestResponse.ResponseBuilder.create(earlier.status()).header(REPLAYED, "true");
        json.readValue(earlier.headers(), new TypeReference<Map<String, String>>() { })
                .forEach(response::header);
        if (earlier.body() != null) {
            var returned = (ParameterizedType) invocation.getMethod().getGenericReturnType();
            JavaType bodyType = json.getTypeFactory().constructType(returned.getActualTypeArguments()[0]);
            response.entity(json.readValue(box.open(earlier.body()), bodyType));
        }
        return response.build();
    }

    /** What makes two requests "the same": operation, path, and every argument (path, headers, body). */
    private String fingerprint(InvocationContext invocation) throws JsonProcessingException, NoSuchAlgorithmException {
        List<Object> arguments = new ArrayList<>();
        for (Object argument : invocation.getParameters()) {
            if (!(argument instanceof UriInfo) && !(argument instanceof HttpHeaders)) {
                arguments.add(argument);
            }
        }
        String canonical = invocation.getMethod().getDeclaringClass().getName() + "#" + invocation.getMethod().getName()
                + " " + http.path() + " " + json.writeValueAsString(arguments);
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(canonical.getBytes(StandardCharsets.UTF_8)));
    }
}
