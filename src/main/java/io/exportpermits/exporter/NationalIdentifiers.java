package io.exportpermits.exporter;

import java.util.Locale;
import java.util.Optional;

/**
 * National company identifiers: normalised everywhere, and for China checked as a unified social
 * credit code (GB 32100-2015: 18 characters from a 31-character alphabet, the last a weighted
 * modulo-31 check character over the first 17).
 */
public final class NationalIdentifiers {
    private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private NationalIdentifiers() {
    }

    /** Upper case, without the spaces, dots and hyphens people type for readability. */
    public static String normalise(String identifier) {
        return identifier.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT);
    }

    /** Why a normalised identifier is not valid for the country, or empty when it is. */
    public static Optional<String> problem(String country, String normalised) {
        if (normalised.isEmpty()) {
            return Optional.of("must not be empty");
        }
        if ("CN".equals(country)) {
            return usccProblem(normalised);
        }
        return Optional.empty();
    }

    static Optional<String> usccProblem(String code) {
        if (code.length() != 18) {
            return Optional.of("must be an 18-character unified social credit code (GB 32100-2015)");
        }
        for (int i = 0; i < 18; i++) {
            if (USCC_ALPHABET.indexOf(code.charAt(i)) < 0) {
                return Optional.of("contains '" + code.charAt(i) + "', which a unified social credit code never does");
            }
        }
        char expected = usccCheckCharacter(code.substring(0, 17));
        if (code.charAt(17) != expected) {
            return Optional.of("has a wrong check character: a unified social credit code starting "
                    + code.substring(0, 17) + " ends in " + expected);
        }
        return Optional.empty();
    }

    /** The check character that completes the first 17 characters of a unified social credit code. */
    public static char usccCheckCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += USCC_ALPHABET.indexOf(first17.charAt(i)) * USCC_WEIGHTS[i];
        }
        return USCC_ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
