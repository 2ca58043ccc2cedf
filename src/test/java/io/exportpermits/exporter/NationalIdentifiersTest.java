package io.exportpermits.exporter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NationalIdentifiersTest {

    /** Codes published by their companies or in GB 32100-2015 itself. */
    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91110000600037341L", "914403001922038216", "91440300708461136T"})
    void realUnifiedSocialCreditCodesAreAccepted(String code) {
        assertEquals(Optional.empty(), NationalIdentifiers.problem("CN", code));
    }

    @Test
    void wrongCheckCharacterIsRefusedNamingTheRightOne() {
        var problem = NationalIdentifiers.problem("CN", "91350100M000100Y44");
        assertTrue(problem.orElseThrow().contains("ends in 3"), problem.toString());
    }

    @Test
    void lettersOutsideTheAlphabetAndWrongLengthsAreRefused() {
        assertTrue(NationalIdentifiers.problem("CN", "91350100M000I00Y43").orElseThrow().contains("'I'"));
        assertTrue(NationalIdentifiers.problem("CN", "91350100M000100Y4").orElseThrow().contains("18-character"));
    }

    @Test
    void otherCountriesNeedOnlyANonEmptyNormalisedValue() {
        assertEquals("DE123456789", NationalIdentifiers.normalise(" de 123-456.789 "));
        assertEquals(Optional.empty(), NationalIdentifiers.problem("DE", "DE123456789"));
        assertTrue(NationalIdentifiers.problem("DE", "").isPresent());
    }
}
