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
    private final SecretKeySpec pepper;

    /** Optional here so that a missing pepper is reported by {@link io.exportpermits.Main}, in its one line. */
    SecretDigester(@ConfigProperty(name = "export-permits.api-keys.pepper") Optional<String> pepper) {
        this.pepper = new SecretKeySpec(pepper.orElseThrow().getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    public byte[] digest(String secret) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(pepper);
            return mac.doFinal(secret.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every JDK", e);
        }
    }

    /** Constant time, so response timing reveals nothing about how much of a digest matched. */
    public static boolean sameDigest(byte[] a, byte[] b) {
        return MessageDigest.isEqual(a, b);
    }
}
