package io.exportpermits.permit.document;

import java.util.Locale;

/** MOFCOM reads Chinese: a document in another language comes with a Chinese translation. */
final class ChineseLanguage {
    private ChineseLanguage() {
    }

    static boolean is(String languageTag) {
        return "zh".equals(Locale.forLanguageTag(languageTag).getLanguage());
    }
}
