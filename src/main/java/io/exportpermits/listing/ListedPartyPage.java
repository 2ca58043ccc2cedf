package io.exportpermits.listing;

import io.exportpermits.common.paging.PageRequest;
import io.exportpermits.listing.api.ListedPartyView;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Is this party listed? A search over the control and watch lists for people, with today's standing. */
@Path("/listed-parties")
@PermitAll
public class ListedPartyPage {
    private static final int NAME_LIMIT = 300;

    private final ListedPartyService parties;

    ListedPartyPage(ListedPartyService parties) {
        this.parties = parties;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(String switchHref, String q, boolean searched,
                                              List<ListedPartyView> parties);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance search(@QueryParam("q") String q, @QueryParam("lang") String lang,
                                   @HeaderParam("Accept-Language") String acceptLanguage) {
        Locale locale = PageLocale.of(lang, acceptLanguage);
        String words = q == null ? "" : q.strip();
        if (words.length() > NAME_LIMIT) {
            words = words.substring(0, NAME_LIMIT);
        }
        boolean searched = !words.isEmpty() && !NameForm.of(words).isEmpty();
        List<ListedPartyView> found = List.of();
        if (searched) {
            ListedPartySearch search = new ListedPartySearch();
            search.q = words;
            PageRequest page = new PageRequest();
            page.limit = PageRequest.MAX_LIMIT;
            found = parties.search(search, page).items();
        }
        return Templates.search(PageLocale.switchHref("/listed-parties", locale, Map.of("q", words)), words, searched,
                found).setLocale(locale);
    }
}
