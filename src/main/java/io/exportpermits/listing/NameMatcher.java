package io.exportpermits.listing;

import java.util.ArrayList;
import java.util.Comparator;
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
    private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);
    private static final LevenshteinDistance TWO_EDITS = new LevenshteinDistance(2);
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

    /** How well {@code query} matches {@code listed}, 0 when it does not at all. */
    static Match score(NameForm query, NameForm listed, String listedName) {
        Alignment alignment = align(query.tokens(), listed.tokens());
        double score = alignment.decisive() ? alignment.dice() : 0;
        List<String> matched = alignment.matched();
        double compact = compactSimilarity(query.compact(), listed.compact());
        if (compact >= COMPACT_THRESHOLD && compact > score) {
            score = compact;
            matched = List.of(listed.compact());
        }
        return new Match(score, listedName, listed.text(), matched);
    }

    private record Alignment(double dice, boolean decisive, List<String> matched) {
    }

    private record Pair(int query, int listed, double similarity) {
    }

    private static Alignment align(List<String> query, List<String> listed) {
        List<Pair> pairs = new ArrayList<>();
        for (int q = 0; q < query.size(); q++) {
            for (int l = 0; l < listed.size(); l++) {
                double similarity = tokenSimilarity(query.get(q), listed.get(l));
                if (similarity > 0) {
                    pairs.add(new Pair(q, l, similarity));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::similarity).reversed());
        boolean[] queryUsed = new boolean[query.size()];
        boolean[] listedUsed = new boolean[listed.size()];
        double shared = 0;
        boolean distinctive = false;
        int listedMatched = 0;
        List<String> matched = new ArrayList<>();
        for (Pair pair : pairs) {
            if (queryUsed[pair.query()] || listedUsed[pair.listed()]) {
                continue;
            }
            queryUsed[pair.query()] = true;
            listedUsed[pair.listed()] = true;
            String token = listed.get(pair.listed());
            double weight = Math.min(weight(query.get(pair.query())), weight(token));
            shared += pair.similarity() * weight;
            distinctive |= weight == 1.0;
            listedMatched++;
            matched.add(token);
        }
        double total = query.stream().mapToDouble(NameMatcher::weight).sum()
                + listed.stream().mapToDouble(NameMatcher::weight).sum();
        boolean decisive = distinctive || (listedMatched == listed.size() && !listed.isEmpty());
        return new Alignment(total == 0 ? 0 : 2 * shared / total, decisive, matched);
    }

    static double tokenSimilarity(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        int shorter = Math.min(a.length(), b.length());
        // Typos are forgiven only in Latin words long enough for one letter not to make another word.
        if (shorter < 6 || NameForm.isHan(a.codePointAt(0)) || NameForm.isHan(b.codePointAt(0))) {
            return 0;
        }
        LevenshteinDistance allowed = shorter >= 10 ? TWO_EDITS : ONE_EDIT;
        // Two letters swapped ("Andruil") are two edits for Levenshtein, one slip for a typist.
        boolean swapped = a.length() == b.length() && JARO_WINKLER.apply(a, b) >= SWAP_SIMILARITY;
        return allowed.apply(a, b) >= 0 || swapped ? TYPO : 0;
    }

    private static double compactSimilarity(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        if (Math.min(a.length(), b.length()) < 4) {
            return a.equals(b) && !a.isEmpty() ? 1 : 0;
        }
        int threshold = (int) Math.floor(longer * (1 - COMPACT_THRESHOLD));
        int distance = new LevenshteinDistance(threshold).apply(a, b);
        return distance < 0 ? 0 : 1 - (double) distance / longer;
    }
}
