package io.exportpermits.listing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Scores how well a name matches one of a listed party's names, from 0 to 1, and says what matched.
 *
 * <p>Tokens are aligned one to one, in any order: equal tokens count fully, a Latin token of six
 * letters or more with one typo or two letters swapped (ten or more: two typos) counts 0.9. Each token weighs 1, except words that
 * many different companies share ("Industries", "Technologies", "Group", ...), which weigh 0.2, and
 * words that say what a company does ("Aerospace", "Software", "Electric", ...), which weigh 0.5, so
 * that sharing them says little. The score is the weighted Dice coefficient of the alignment; a name
 * written with different word breaks ("Sourcemap", "Source Map") also matches through its compact
 * form. A match needs at least one distinctive token in common, or every token of the listed name.
 */
final class NameMatcher {
    static final double TYPO = 0.9;
    static final double COMMON_WORD_WEIGHT = 0.2;
    static final double DESCRIPTIVE_WORD_WEIGHT = 0.5;
    private static final double COMPACT_THRESHOLD = 0.9;
    private static final LevenshteinDistance TWO_EDITS = new LevenshteinDistance(2);
    /** Bounded distances by their bound, for compact forms of up to 300 characters (bound 30). */
    private static final LevenshteinDistance[] BOUNDED = java.util.stream.IntStream.rangeClosed(0, 30)
            .mapToObj(LevenshteinDistance::new).toArray(LevenshteinDistance[]::new);
    /** No threshold a client may ask for is lower; below it, what matched is not worked out. */
    static final double MINIMUM_REPORTED = 0.5;
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final double SWAP_SIMILARITY = 0.95;

    /** Words in the names of many unrelated companies; the listed names themselves are full of them. */
    static final Set<String> COMMON_WORDS = Set.of(
            "industries", "industry", "industrial", "technologies", "technology", "tech", "systems", "system",
            "solutions", "services", "service", "group", "holdings", "holding", "international", "global",
            "national", "american", "america", "usa", "us", "united", "general", "advanced", "applied",
            "enterprises", "enterprise", "products", "partners", "ventures", "development", "world", "new", "first",
            "japan", "nippon", "taiwan", "europe", "european", "china", "asia", "center", "centre", "management",
            "operations", "trading", "integration", "innovations", "innovation", "info", "information");
    /** Words that say what a company does: shared by fewer companies, still weaker than a name. */
    static final Set<String> DESCRIPTIVE_WORDS = Set.of(
            "aerospace", "aeronautics", "aeronautical", "aviation", "defense", "defence", "security", "engineering",
            "electronics", "electronic", "electric", "materials", "material", "research", "institute", "laboratory",
            "laboratories", "labs", "lab", "space", "science", "sciences", "manufacturing", "machinery", "equipment",
            "heavy", "marine", "maritime", "networks", "network", "communications", "federal", "logistics", "power",
            "energy", "capital", "design", "air", "mission", "tactical", "precision", "dynamics", "robotics",
            "drones", "drone", "unmanned", "software", "digital", "data", "pacific", "atlantic", "east", "west",
            "north", "south", "photonics", "motors", "motor", "chemical", "chemicals", "metal", "metals", "sensor",
            "sensors", "technical", "university");

    record Match(double score, String matchedName, String matchedForm, List<String> matchedTokens) {
    }

    private NameMatcher() {
    }

    static double weight(String token) {
        return COMMON_WORDS.contains(token) ? COMMON_WORD_WEIGHT
                : DESCRIPTIVE_WORDS.contains(token) ? DESCRIPTIVE_WORD_WEIGHT : 1.0;
    }

    /**
     * How well {@code query} matches {@code listed}, 0 when it does not at all. Scores are computed for
     * every listed name of every screening, so the common case (no match) allocates next to nothing;
     * what matched is worked out only for a score that may be reported.
     */
    static Match score(NameForm query, NameForm listed, String listedName) {
        double tokens = tokenScore(query.tokens(), listed.tokens(), null);
        double compact = compactSimilarity(query.compact(), listed.compact());
        boolean byCompact = compact >= COMPACT_THRESHOLD && compact > tokens;
        double score = byCompact ? compact : tokens;
        if (score < MINIMUM_REPORTED) {
            return new Match(score, listedName, listed.text(), List.of());
        }
        List<String> matched = new ArrayList<>();
        if (byCompact) {
            matched.add(listed.compact());
        } else {
            tokenScore(query.tokens(), listed.tokens(), matched);
        }
        return new Match(score, listedName, listed.text(), List.copyOf(matched));
    }

    /**
     * The weighted Dice coefficient of the best one-to-one alignment of the tokens, found greedily
     * (most similar pair first); 0 unless it is decisive. The listed tokens aligned go to {@code matched}.
     */
    private static double tokenScore(List<String> query, List<String> listed, List<String> matched) {
        int rows = query.size();
        int columns = listed.size();
        double[] similarity = new double[rows * columns];
        boolean any = false;
        for (int q = 0; q < rows; q++) {
            for (int l = 0; l < columns; l++) {
                similarity[q * columns + l] = tokenSimilarity(query.get(q), listed.get(l));
                any |= similarity[q * columns + l] > 0;
            }
        }
        if (!any) {
            return 0;
        }
        boolean[] queryUsed = new boolean[rows];
        boolean[] listedUsed = new boolean[columns];
        double shared = 0;
        boolean distinctive = false;
        int listedMatched = 0;
        while (true) {
            int best = -1;
            for (int i = 0; i < similarity.length; i++) {
                if (similarity[i] > 0 && !queryUsed[i / columns] && !listedUsed[i % columns]
                        && (best < 0 || similarity[i] > similarity[best])) {
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            queryUsed[best / columns] = true;
            listedUsed[best % columns] = true;
            String token = listed.get(best % columns);
            double weight = Math.min(weight(query.get(best / columns)), weight(token));
            shared += similarity[best] * weight;
            distinctive |= weight == 1.0;
            listedMatched++;
            if (matched != null) {
                matched.add(token);
            }
        }
        double total = 0;
        for (String token : query) {
            total += weight(token);
        }
        for (String token : listed) {
            total += weight(token);
        }
        boolean decisive = distinctive || listedMatched == columns;
        return decisive && total > 0 ? 2 * shared / total : 0;
    }

    static double tokenSimilarity(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        int shorter = Math.min(a.length(), b.length());
        // Typos are forgiven only in Latin words long enough for one letter not to make another word, and two
        // edits cannot bridge three letters more. The lengths first: they rule out most pairs, and cost less.
        if (shorter < 6 || Math.abs(a.length() - b.length()) > 2
                || NameForm.isHan(a.codePointAt(0)) || NameForm.isHan(b.codePointAt(0))) {
            return 0;
        }
        int distance = TWO_EDITS.apply(a, b);
        if (distance < 0) {
            return 0;
        }
        if (distance == 1 || shorter >= 10) {
            return TYPO;
        }
        // Two letters swapped ("Andruil") are two edits for Levenshtein, one slip for a typist.
        return a.length() == b.length() && JARO_WINKLER.apply(a, b) >= SWAP_SIMILARITY ? TYPO : 0;
    }

    private static double compactSimilarity(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        if (Math.min(a.length(), b.length()) < 4) {
            return a.equals(b) && !a.isEmpty() ? 1 : 0;
        }
        int threshold = (int) Math.floor(longer * (1 - COMPACT_THRESHOLD));
        if (Math.abs(a.length() - b.length()) > threshold) {
            return 0;
        }
        int distance = (threshold < BOUNDED.length ? BOUNDED[threshold] : new LevenshteinDistance(threshold)).apply(a, b);
        return distance < 0 ? 0 : 1 - (double) distance / longer;
    }
}
