package io.exportpermits.common.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The ISO 7064 MOD 97-10 check, held to LEIs published in GLEIF's register rather than to our own arithmetic. */
class LegalEntityIdentifierTest {
    /** GLEIF's own LEI, and two more from its public register. */
    private static final List<String> PUBLISHED = List.of("506700GE1G29325QX363", "7LTWFZYICNSX8D621K86",
            "HWUPKR0MPOU8FGXBT394");

    @Test
    void publishedLeisPassAndTheirCheckDigitsAreComputedAgain() {
        for (String lei : PUBLISHED) {
            assertEquals(Optional.empty(), LegalEntityIdentifier.Validator.problem(lei), lei);
            assertEquals(lei.substring(18), LegalEntityIdentifier.Validator.checkDigits(lei.substring(0, 18)), lei);
        }
    }

    /**
     * A digit typed for a digit, or a letter for a letter, is always caught (97 is prime and larger than any
     * difference); a letter for a digit can slip through, since it reads as two digits (5Z6700... passes).
     */
    @Test
    void everyDigitForDigitAndLetterForLetterTypoIsCaught() {
        String lei = PUBLISHED.get(0);
        for (int i = 0; i < 18; i++) {
            String sameKind = Character.isDigit(lei.charAt(i)) ? "0123456789" : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
            for (char c : sameKind.toCharArray()) {
                if (c != lei.charAt(i)) {
                    String typo = lei.substring(0, i) + c + lei.substring(i + 1);
                    assertTrue(LegalEntityIdentifier.Validator.problem(typo).isPresent(), typo);
                }
            }
        }
    }

    @Test
    void theMessageSaysWhatIsWrong() {
        assertEquals(Optional.of("has wrong check digits: an LEI starting 506700GE1G29325QX3 ends in 63 "
                + "(ISO 7064 MOD 97-10)"), LegalEntityIdentifier.Validator.problem("506700GE1G29325QX364"));
        for (String malformed : List.of("506700ge1g29325qx363", "506700GE1G29325QX36", "506700GE1G29325QX3AB")) {
            assertTrue(LegalEntityIdentifier.Validator.problem(malformed).orElseThrow().startsWith("must be a 20-character"),
                    malformed);
        }
    }
}
