package io.exportpermits.apikey;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shape of a key: {@code ep_<key id>_<secret>}. The key id is public, so a key that leaks into a
 * log or a repository can be identified and revoked without anyone handling the secret.
 */
final class ApiKeySecrets {
    static final String PREFIX = "ep_";
    private static final String ID_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final int ID_LENGTH = 12;
    private static final Pattern SHAPE = Pattern.compile("ep_([a-z2-9]{" + ID_LENGTH + "})_[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeySecrets() {
    }

    static String newKeyId() {
        StringBuilder id = new StringBuilder(ID_LENGTH);
        for (int i = 0; i < ID_LENGTH; i++) {
            id.append(ID_ALPHABET.charAt(RANDOM.nextInt(ID_ALPHABET.length())));
        }
        return id.toString();
    }

    static String newSecret(String keyId) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return PREFIX + keyId + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** The public part of a presented key, safe to log; empty when the value has another shape. */
    static Optional<String> publicPrefix(String presented) {
        var matcher = SHAPE.matcher(presented);
        return matcher.matches() ? Optional.of(PREFIX + matcher.group(1)) : Optional.empty();
    }
}
