package io.exportpermits.common.http;

import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Registers the `Deprecation` and `Sunset` headers on the operations annotated {@link Sunset}, and on no
 * other: the hot paths pay nothing for the policy.
 */
@Provider
public class SunsetHeaders implements DynamicFeature {
    public static final String DEPRECATION = "Deprecation";
    public static final String SUNSET = "Sunset";
    /** IMF-fixdate (RFC 9110): unlike RFC_1123_DATE_TIME, always two digits for the day. */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'",
            Locale.ENGLISH);

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Sunset sunset = resource.getResourceMethod().getAnnotation(Sunset.class);
        if (sunset == null) {
            return;
        }
        // RFC 9745: a structured-field date, seconds since the epoch; RFC 8594: an HTTP-date.
        String deprecation = "@" + LocalDate.parse(sunset.announced()).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        String sunsetDate = HTTP_DATE.format(LocalDate.parse(sunset.on()).atStartOfDay(ZoneOffset.UTC));
        context.register((ContainerResponseFilter) (request, response) -> {
            response.getHeaders().putSingle(DEPRECATION, deprecation);
            response.getHeaders().putSingle(SUNSET, sunsetDate);
        });
    }
}
