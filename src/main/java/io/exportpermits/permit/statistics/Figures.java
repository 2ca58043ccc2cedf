package io.exportpermits.permit.statistics;

import io.exportpermits.common.http.CanonicalDecimals;
import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.util.List;

/** How the statistics page writes figures: decimals as the API does ({@code 2400}, not {@code 2400.000}). */
@TemplateExtension
final class Figures {
    private Figures() {
    }

    static String plain(BigDecimal value) {
        return CanonicalDecimals.text(value);
    }

    static String listed(List<String> values) {
        return String.join(", ", values);
    }
}
