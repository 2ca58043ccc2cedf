package io.exportpermits.apikey;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keyed hash of API key secrets. Secrets are 256 random bits, so a fast keyed hash is enough: no
 * dictionary to slow down, and a stolen table is useless without the pepper, which lives only in
 * configuration.
 */
@Singleton
public class SecretDigester {
    private static final String ALGORITHM = "HmacSHA256";
    /** One keyed Mac per thread: looking one up and keying it on every request costs more than the hash. */
    private final ThreadLocal<Mac> macs;

    /** Optional here so that a missing pepper is reported by {@link io.exportpermits.Main}, in its one line. */
    SecretDigester(@ConfigProperty(name = "export-permits.api-keys.pepper") Optional<String> pepper) {
        SecretKeySpec key = new SecretKeySpec(pepper.orElseThrow().getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.macs = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance(ALGORITHM);
                mac.init(key);
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HMAC-SHA-256 is part of every JDK", e);
            }
        });
    }

    public byte[] digest(String secret) {
        return macs.get().doFinal(secret.getBytes(StandardCharsets.UTF_8));
    }

    /** Constant time, so response timing reveals nothing about how much of a digest matched. */
    public static boolean sameDigest(byte[] a, byte[] b) {
        return MessageDigest.isEqual(a, b);
    }
}
