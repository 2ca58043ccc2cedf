package io.exportpermits.policy;

import io.exportpermits.common.paging.PageRequest;
import io.exportpermits.page.PageLocale;
import io.exportpermits.policy.api.PolicyView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** What is in force: the restriction policies on a time axis, for people, with each one's details and sources. */
@Path("/in-force")
@PermitAll
public class PolicyTimelinePage {
    private final PolicyService policies;
    private final Clock clock;

    PolicyTimelinePage(PolicyService policies, Clock clock) {
        this.policies = policies;
        this.clock = clock;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance timeline(String switchHref, PolicyTimeline timeline, List<PolicyView> policies);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance timeline(@QueryParam("lang") String lang,
                                     @HeaderParam("Accept-Language") String acceptLanguage) {
        Locale locale = PageLocale.of(lang, acceptLanguage);
        LocalDate today = LocalDate.now(clock);
        PolicySearch search = new PolicySearch();
        search.asOf = today;
        PageRequest page = new PageRequest();
        page.limit = PageRequest.MAX_LIMIT;
        List<PolicyView> all = policies.search(search, page).items();
        PolicyTimeline timeline = PolicyTimeline.of(all, today);
        return Templates.timeline(PageLocale.switchHref("/in-force", locale, Map.of()), timeline,
                timeline.rows().stream().map(PolicyTimeline.Row::policy).toList()).setLocale(locale);
    }
}
