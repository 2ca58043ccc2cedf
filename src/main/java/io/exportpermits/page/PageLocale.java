package io.exportpermits.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The language of a page: `lang` when the reader chose one, else their Accept-Language, else English. */
public final class PageLocale {
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale CHINESE = Locale.CHINESE;
    private static final List<Locale> OFFERED = List.of(ENGLISH, CHINESE);

    private PageLocale() {
    }

    /** The same page in the other language, with the reader's query kept. */
    public static String switchHref(String path, Locale current, Map<String, String> query) {
        StringBuilder href = new StringBuilder(path).append("?lang=").append(current == CHINESE ? "en" : "zh");
        query.forEach((name, value) -> {
            if (value != null && !value.isEmpty()) {
                href.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return href.toString();
    }

    public static Locale of(String lang, String acceptLanguage) {
        if ("zh".equals(lang)) {
            return CHINESE;
        }
        if ("en".equals(lang)) {
            return ENGLISH;
        }
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return ENGLISH;
        }
        try {
            Locale chosen = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), OFFERED);
            return chosen == null ? ENGLISH : chosen;
        } catch (IllegalArgumentException unreadable) {
            return ENGLISH; // a malformed header must not cost the reader the page
        }
    }
}
