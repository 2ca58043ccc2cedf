package io.exportpermits.permit;

import io.exportpermits.common.security.StrictRateLimit;
import io.exportpermits.page.PageLocale;
import io.exportpermits.permit.api.PermitVerification;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Verify a licence, for people holding a printed copy: the form, and the answer the API gives
 * (`GET /api/v1/permit-verifications`), under the same strict per-address limit. A QR code on the
 * licence can link here with both fields filled in.
 */
@Path("/verify")
@PermitAll
public class VerificationPage {
    private final PermitStatusService statuses;

    VerificationPage(PermitStatusService statuses) {
        this.statuses = statuses;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance verify(String switchHref, String number, String checkCode, boolean incomplete,
                                              PermitVerification result, String checkedAt);
    }

    @GET
    @StrictRateLimit
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public RestResponse<TemplateInstance> verify(@QueryParam("number") String number,
                                                 @QueryParam("checkCode") String checkCode,
                                                 @QueryParam("lang") String lang,
                                                 @HeaderParam("Accept-Language") String acceptLanguage) {
        Locale locale = PageLocale.of(lang, acceptLanguage);
        String givenNumber = number == null ? null : number.strip();
        String givenCode = checkCode == null ? null : checkCode.strip();
        Map<String, String> query = new LinkedHashMap<>();
        query.put("number", givenNumber);
        query.put("checkCode", givenCode);
        boolean asked = !isEmpty(givenNumber) || !isEmpty(givenCode);
        boolean complete = !isEmpty(givenNumber) && !isEmpty(givenCode) && givenNumber.length() <= 20
                && givenCode.length() <= 16;
        PermitVerification result = asked && complete ? statuses.verify(givenNumber, givenCode) : null;
        TemplateInstance page = Templates.verify(PageLocale.switchHref("/verify", locale, query), givenNumber, givenCode,
                asked && !complete, result, result == null ? null
                        : DateTimeFormatter.ISO_INSTANT.format(result.checkedAt().truncatedTo(ChronoUnit.SECONDS)))
                .setLocale(locale);
        return RestResponse.ResponseBuilder.create(asked && !complete ? RestResponse.Status.BAD_REQUEST
                : RestResponse.Status.OK, page).header("Cache-Control", "no-store").build();
    }

    private static boolean isEmpty(String value) {
        return value == null || value.isEmpty();
    }
}
