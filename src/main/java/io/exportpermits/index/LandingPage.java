package io.exportpermits.index;

import io.exportpermits.page.PageLocale;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** `/` for people: what the service is, its pages, and where developers start. Not part of the API. */
@Path("/")
@PermitAll
public class LandingPage {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance landing(String switchHref);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance landing(@QueryParam("lang") String lang,
                                    @HeaderParam("Accept-Language") String acceptLanguage) {
        Locale locale = PageLocale.of(lang, acceptLanguage);
        return Templates.landing(PageLocale.switchHref("/", locale, Map.of())).setLocale(locale);
    }
}
