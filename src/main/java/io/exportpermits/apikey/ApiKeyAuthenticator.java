package io.exportpermits.apikey;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.exportpermits.common.security.Caller;
import io.exportpermits.importer.ImporterRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Turns a presented secret into the key it belongs to. A key is cached for at most one second, so a
 * revocation made on another instance sharing the database takes effect within that second; this
 * instance forgets a key the moment it revokes it.
 */
@Singleton
public class ApiKeyAuthenticator {
    static final Duration CACHE_TTL = Duration.ofSeconds(1);
    private static final Duration TOUCH_INTERVAL = Duration.ofSeconds(60);

    private final ApiKeyRepository keys;
    private final SecretDigester digester;
    private final BootstrapAuthorityKey bootstrap;
    private final ImporterRepository importers;
    private final Clock clock;
    private final Cache<String, AuthenticatedKey> byDigest = Caffeine.newBuilder()
            .expireAfterWrite(CACHE_TTL)
            .maximumSize(100_000)
            .build();

    ApiKeyAuthenticator(ApiKeyRepository keys, SecretDigester digester, BootstrapAuthorityKey bootstrap,
                        ImporterRepository importers, Clock clock) {
        this.keys = keys;
        this.importers = importers;
        this.digester = digester;
        this.bootstrap = bootstrap;
        this.clock = clock;
    }

    /**
     * The caller a secret stands for when this instance already knows the key and has nothing to write
     * about it: no database, so it may run on an I/O thread. Empty when {@link #authenticate} is needed.
     */
    public Optional<Caller> fromMemory(String secret) {
        byte[] digest = digester.digest(secret);
        AuthenticatedKey key = byDigest.getIfPresent(HexFormat.of().formatHex(digest));
        Instant now = clock.instant();
        if (key == null || needsTouch(key, now)) {
            return Optional.empty();
        }
        return Optional.of(check(key, digest, secret, now));
    }

    /** The caller a secret stands for; blocking (may read the database). */
    public Caller authenticate(String secret) {
        byte[] digest = digester.digest(secret);
        String cacheKey = HexFormat.of().formatHex(digest);
        AuthenticatedKey key = byDigest.getIfPresent(cacheKey);
        if (key == null) {
            // Asked before the lookup: a creation that commits while the lookup runs must be looked for again.
            boolean creating = bootstrap.creating();
            Optional<AuthenticatedKey> found = find(digest);
            if (found.isEmpty() && creating) {
                bootstrap.awaitCreation();
                found = find(digest);
            }
            key = found.orElseThrow(() -> failure("The API key is not recognised.", secret));
            byDigest.put(cacheKey, key);
        }
        Instant now = clock.instant();
        Caller caller = check(key, digest, secret, now);
        if (needsTouch(key, now)) {
            String id = key.id();
            QuarkusTransaction.requiringNew().run(() -> keys.touch(id, now));
            byDigest.put(cacheKey, key.usedAt(now));
        }
        return caller;
    }

    private Optional<AuthenticatedKey> find(byte[] digest) {
        return keys.findByDigest(digest)
                .map(key -> AuthenticatedKey.of(key, key.importerId == null ? null : importers.scope(key.importerId)));
    }

    private static Caller check(AuthenticatedKey key, byte[] digest, String secret, Instant now) {
        if (!SecretDigester.sameDigest(digest, key.digest())) {
            throw failure("The API key is not recognised.", secret);
        }
        if (key.revokedAt() != null) {
            throw failure("The API key has been revoked.", secret);
        }
        if (key.expiresAt() != null && !key.expiresAt().isAfter(now)) {
            throw failure("The API key expired at " + key.expiresAt() + ".", secret);
        }
        return key.caller();
    }

    private static boolean needsTouch(AuthenticatedKey key, Instant now) {
        return key.lastUsedAt() == null || key.lastUsedAt().isBefore(now.minus(TOUCH_INTERVAL));
    }

    void forget(byte[] digest) {
        byDigest.invalidate(HexFormat.of().formatHex(digest));
    }

    private static AuthenticationFailedException failure(String reason, String secret) {
        String who = ApiKeySecrets.publicPrefix(secret).map(p -> "key " + p).orElse("a value not shaped like a key");
        return new AuthenticationFailedException(reason + " (" + who + ")");
    }
}
