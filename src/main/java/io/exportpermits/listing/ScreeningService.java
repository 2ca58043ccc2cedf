package io.exportpermits.listing;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.exportpermits.common.problem.FieldError;
import io.exportpermits.common.problem.ProblemException;
import io.exportpermits.listing.api.Screening;
import io.exportpermits.listing.api.ScreeningRequest;
import io.exportpermits.listing.api.ScreeningResult;
import io.exportpermits.listing.api.ScreeningResult.Candidate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Screens names against the listings: every name of every listing (English, Chinese, aliases) is
 * scored against each party, and those at or above the threshold are reported with what matched.
 * Nothing is stored.
 */
@ApplicationScoped
public class ScreeningService {
    public static final BigDecimal DEFAULT_THRESHOLD = new BigDecimal("0.88");
    static final double OTHER_COUNTRY_PENALTY = 0.05;
    // A few thousand small answers: enough for the parties an instance screens day to day.
    private static final int ANSWERS_KEPT = 4_096;
    static final String DISCLAIMER = "Information from the lists this service carries, not legal advice: "
            + "the issuing authority decides.";

    private final ListedPartyRepository parties;
    private final Clock clock;
    private final AtomicReference<Index> index = new AtomicReference<>();

    ScreeningService(ListedPartyRepository parties, Clock clock) {
        this.parties = parties;
        this.clock = clock;
    }

    /**
     * Every name of every listing in its compared form, built once per state of the listings, with the
     * answers given since: the same parties come back in determination after determination, and scoring a
     * name against every listing is most of what a screening costs. A change of the listings makes a new
     * index, so no answer outlives the state it was scored against.
     */
    private record Index(ListedPartyRepository.Snapshot snapshot, List<IndexedName> names,
                         Cache<Asked, ScreeningResult> answers) {
    }

    /** What a result depends on besides the listings. */
    private record Asked(ScreeningRequest.Subject subject, LocalDate day, BigDecimal threshold) {
    }

    private record IndexedName(ListedParty party, String name, NameForm form) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Screening screen(ScreeningRequest request) {
        LocalDate day = request.asOf() != null ? request.asOf() : LocalDate.now(clock);
        BigDecimal threshold = request.threshold() != null ? request.threshold() : DEFAULT_THRESHOLD;
        Index current = index();
        List<ScreeningResult> results = screen(current, request.parties(), i -> "parties[" + i + "].name", day,
                threshold);
        return new Screening(day, threshold, consulted(current.snapshot().parties(), day), results, DISCLAIMER);
    }

    /**
     * Parties screened at the default threshold, for answers that screen the parties they name;
     * {@code fields} says where the request holds each name, for the 400 of a name with nothing to compare.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ScreeningResult> screen(List<ScreeningRequest.Subject> subjects, List<String> fields, LocalDate day) {
        if (subjects.isEmpty()) {
            return List.of(); // a determination without parties costs no query
        }
        return screen(index(), subjects, fields::get, day, DEFAULT_THRESHOLD);
    }

    /**
     * Whether a name may be screened as one of {@code names} (a listing's, before and after a change): at
     * the default threshold, a listing of another country included. Cheap enough to ask of every party.
     */
    public Predicate<String> mayMatchAny(Collection<String> names) {
        List<NameForm> listed = names.stream().map(NameForm::of).filter(f -> !f.isEmpty()).toList();
        double bar = DEFAULT_THRESHOLD.doubleValue() - OTHER_COUNTRY_PENALTY;
        return name -> NameForm.variants(name).stream().anyMatch(form -> listed.stream()
                .anyMatch(candidate -> NameMatcher.score(form, candidate, "").score() >= bar));
    }

    /**
     * Each subject's result, from the index's earlier answers where it has one; a name with nothing to
     * compare (only punctuation) is refused, naming its field.
     */
    private List<ScreeningResult> screen(Index current, List<ScreeningRequest.Subject> subjects,
                                         IntFunction<String> fieldOf, LocalDate day, BigDecimal threshold) {
        List<ScreeningResult> results = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < subjects.size(); i++) {
            ScreeningRequest.Subject subject = subjects.get(i);
            Asked asked = new Asked(subject, day, threshold);
            ScreeningResult known = current.answers().getIfPresent(asked);
            if (known == null) {
                List<NameForm> forms = NameForm.variants(subject.name());
                if (forms.isEmpty()) {
                    errors.add(new FieldError(fieldOf.apply(i), "has no letters or digits to compare"));
                    continue;
                }
                known = screen(subject, forms, current, day, threshold);
                current.answers().put(asked, known);
            }
            results.add(known.at(i));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return results;
    }

    private ScreeningResult screen(ScreeningRequest.Subject subject, List<NameForm> forms, Index current, LocalDate day,
                                   BigDecimal threshold) {
        Map<ListedParty, NameMatcher.Match> best = new TreeMap<>(Comparator.comparing((ListedParty p) -> p.id));
        for (IndexedName name : current.names()) {
            if (day.isBefore(name.party().listedOn)) {
                continue;
            }
            NameMatcher.Match match = null;
            for (NameForm form : forms) {
                NameMatcher.Match scored = NameMatcher.score(form, name.form(), name.name());
                if (match == null || scored.score() > match.score()) {
                    match = scored;
                }
            }
            double score = match.score();
            if (subject.country() != null && !subject.country().equals(name.party().country)) {
                score -= OTHER_COUNTRY_PENALTY;
            }
            if (score < threshold.doubleValue()) {
                continue;
            }
            NameMatcher.Match adjusted = new NameMatcher.Match(score, match.matchedName(), match.matchedForm(),
                    match.matchedTokens());
            best.merge(name.party(), adjusted, (a, b) -> a.score() >= b.score() ? a : b);
        }
        List<Candidate> candidates = best.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<ListedParty, NameMatcher.Match> e) -> e.getValue().score())
                        .reversed().thenComparing(e -> e.getKey().name))
                .map(e -> candidate(e.getKey(), e.getValue(), subject, day)).toList();
        ScreeningResult.Outcome outcome = candidates.isEmpty() ? ScreeningResult.Outcome.NO_MATCH
                : ScreeningResult.Outcome.POSSIBLE_MATCH;
        return new ScreeningResult(0, subject.name(), forms.get(0).text(), outcome, candidates,
                summary(candidates.size(), threshold, day));
    }

    private static Candidate candidate(ListedParty party, NameMatcher.Match match, ScreeningRequest.Subject subject,
                                       LocalDate day) {
        return new Candidate(party.id, ListingViews.PATH + party.id, score(match.score()), match.matchedName(),
                match.matchedForm(), match.matchedTokens(),
                subject.country() == null ? null : subject.country().equals(party.country),
                addressesAgree(subject.address(), party.address), party.list, party.name, party.nameZh, party.country,
                ListingViews.standing(ListingStanding.of(party, day)), ListingViews.announcement(party));
    }

    /** Two addresses agree when most words of the shorter one appear in the other. */
    private static Boolean addressesAgree(String sent, String listed) {
        if (sent == null || listed == null) {
            return null;
        }
        Set<String> a = new HashSet<>(NameForm.of(sent).tokens());
        Set<String> b = new HashSet<>(NameForm.of(listed).tokens());
        if (a.isEmpty() || b.isEmpty()) {
            return null;
        }
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        return shared.size() * 2 >= Math.min(a.size(), b.size());
    }

    private static BigDecimal score(double score) {
        BigDecimal rounded = BigDecimal.valueOf(Math.min(1, score)).setScale(2, RoundingMode.DOWN).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }

    private static String summary(int candidates, BigDecimal threshold, LocalDate day) {
        String lists = "MOFCOM's export control list and watch list as of " + day;
        if (candidates == 0) {
            return "No listing scores " + threshold.toPlainString() + " or more on " + lists + ". This is not a clearance: it covers "
                    + "only these lists, the names they give, and listings this service carried on that day.";
        }
        return candidates + (candidates == 1 ? " listing scores " : " listings score ") + threshold.toPlainString() + " or more on "
                + lists + ": review " + (candidates == 1 ? "it" : "them") + " before you ship.";
    }

    /** Each list of each authority: how many listings it held on the day, and when its rows were last verified. */
    private static List<Screening.ListConsulted> consulted(List<ListedParty> all, LocalDate day) {
        Map<String, List<ListedParty>> byList = all.stream().collect(Collectors.groupingBy(
                p -> p.authority + " " + p.list.name(), TreeMap::new, Collectors.toList()));
        return byList.values().stream().map(rows -> new Screening.ListConsulted(rows.get(0).authority, rows.get(0).list,
                (int) rows.stream().filter(p -> !day.isBefore(p.listedOn)).count(),
                rows.stream().map(p -> p.lastVerifiedOn).min(Comparator.naturalOrder()).orElseThrow())).toList();
    }

    private Index index() {
        ListedPartyRepository.Snapshot snapshot = parties.all();
        Index known = index.get();
        if (known != null && known.snapshot() == snapshot) {
            return known;
        }
        List<IndexedName> names = new ArrayList<>();
        for (ListedParty party : snapshot.parties()) {
            for (String name : party.names()) {
                names.add(new IndexedName(party, name, NameForm.of(name)));
            }
        }
        // Evictions run on the screening's own thread: handed to the common pool (Caffeine's default), each
        // of a screening's hundred answers woke a thread to evict one, 9 % of a screening's time.
        Index fresh = new Index(snapshot, List.copyOf(names), Caffeine.newBuilder().maximumSize(ANSWERS_KEPT)
                .executor(Runnable::run).<Asked, ScreeningResult>build());
        index.set(fresh);
        return fresh;
    }
}
