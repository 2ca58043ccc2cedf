package io.exportpermits.listing;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A company name reduced to what identifies it: Unicode compatibility forms folded (full-width letters,
 * ligatures, circled characters), case folded, accents and traditional characters mapped to their
 * plain and simplified forms, punctuation dropped, and legal forms in many languages removed (Inc.,
 * Co., Ltd., GmbH, a.s., UAB, 株式会社, 有限公司, ...). Two spellings of one name reduce to the same
 * tokens; screening then compares tokens, not raw text.
 *
 * @param tokens  the identifying words, in their original order
 * @param compact the tokens joined without spaces, for names written with or without word breaks
 */
public record NameForm(String text, List<String> tokens, String compact) {
    private static final Normalizer2 FOLD = Normalizer2.getNFKCCasefoldInstance();
    // ICU transliterators keep state while they work: one per thread.
    private static final ThreadLocal<Transliterator> PLAIN = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Traditional-Simplified; Latin-ASCII"));
    private static final Pattern JAPANESE_ABBREVIATION = Pattern.compile("[(（]\\s*(株|有)\\s*[)）]");
    /** "People's" is "peoples", but "d'Herstal" is "d Herstal". */
    private static final Pattern POSSESSIVE = Pattern.compile("['’`´]s\\b");
    private static final Pattern APOSTROPHES = Pattern.compile("['’`´]");
    /** "E&S", "AT&T": an ampersand between single letters is part of an abbreviation, not "and". */
    private static final Pattern INITIALS_AMPERSAND = Pattern.compile(
            "(?<=(?<!\\p{IsLatin})\\p{IsLatin})&(?=\\p{IsLatin}(?!\\p{IsLatin}))");
    /** The Czech and Slovak "spol. s r.o.", once its periods are gone. */
    private static final Pattern SPOL_SRO = Pattern.compile("\\bspol\\s*s\\s*r\\s*o\\b");
    private static final Pattern PARENTHESES = Pattern.compile("[(（]([^()（）]*)[)）]");
    /** Periods inside abbreviations join their letters: "a.s." is "as", "S.p.A." is "spa", "Inc." is "inc". */
    private static final Pattern PERIODS = Pattern.compile("\\.");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Legal forms and their abbreviations, as single tokens after periods are dropped; removed wherever they stand. */
    private static final Set<String> LEGAL_FORMS = Set.of(
            "inc", "incorporated", "corp", "corporation", "co", "company", "cos", "ltd", "limited", "llc", "lc",
            "llp", "lp", "plc", "partnership", "pllc", "gmbh", "mbh", "ag", "kg", "gmbhcokg", "ohg", "ev", "eg",
            "sa", "sas", "sarl", "sasu", "eurl", "snc", "sca", "srl", "spa", "sapa", "scarl", "bv", "nv", "vof",
            "cv", "as", "asa", "ab", "oy", "oyj", "aps", "hf", "ehf", "uab", "sia", "ou", "sro", "spolsro", "spol",
            "odstepny", "zavod", "sp", "zoo", "spzoo", "ska", "doo", "dd", "ad", "ood", "eood", "kft", "zrt", "nyrt",
            "bt", "sl", "slu", "sau", "lda", "ltda", "sac", "saa", "eireli", "epp", "pte", "pty", "pvt", "bhd",
            "sdn", "tbk", "pt", "jsc", "ojsc", "pjsc", "cjsc", "ooo", "zao", "oao", "pao", "tov", "kk", "gk", "yk",
            "kabushiki", "kaisha", "yugen", "godo", "se", "ptyltd", "aktiengesellschaft", "spolka", "akcyjna",
            "ograniczona", "odpowiedzialnoscia", "akciova", "spolecnost", "societa", "azioni", "responsabilita",
            "limitata", "societe", "anonyme", "naamloze", "vennootschap", "besloten", "oo");
    /** Words that join a name and identify nothing. */
    private static final Set<String> JOINERS = Set.of(
            "and", "the", "of", "for", "de", "du", "des", "la", "le", "et", "und", "der", "die", "das", "di",
            "del", "d", "l", "per", "a", "z");
    /** Chinese and Japanese legal forms, longest first, removed from the end (or the start) of a name. */
    private static final List<String> CJK_LEGAL_FORMS = List.of("股份有限公司", "有限责任公司", "有限公司", "株式会社",
            "有限会社", "合同会社", "分公司", "公司", "会社", "集团");

    public static NameForm of(String raw) {
        String text = FOLD.normalize(raw);
        text = JAPANESE_ABBREVIATION.matcher(text).replaceAll(" ");
        if (!text.chars().allMatch(c -> c < 0x80)) {
            text = PLAIN.get().transliterate(text); // most names are ASCII once folded, and need none of it
        }
        text = POSSESSIVE.matcher(text).replaceAll("s");
        text = APOSTROPHES.matcher(text).replaceAll(" ");
        text = INITIALS_AMPERSAND.matcher(text).replaceAll("");
        text = PERIODS.matcher(text).replaceAll("");
        text = SPOL_SRO.matcher(text).replaceAll(" sro ");
        text = text.replace("&", " and ").replace("+", " and ");
        List<String> words = new ArrayList<>();
        for (String word : SEPARATORS.split(text)) {
            if (!word.isEmpty()) {
                words.addAll(splitScripts(word));
            }
        }
        List<String> tokens = withoutLegalForms(joinInitials(words));
        return new NameForm(String.join(" ", tokens), List.copyOf(tokens), String.join("", tokens));
    }

    /**
     * The forms a name may be matched by: the whole name and, when it has parentheses, the name
     * without them and each part within them ("Japan Aerospace Exploration Agency (JAXA)").
     */
    public static List<NameForm> variants(String raw) {
        List<NameForm> variants = new ArrayList<>();
        variants.add(of(raw));
        var inside = PARENTHESES.matcher(raw);
        while (inside.find()) {
            variants.add(of(inside.group(1)));
        }
        if (variants.size() > 1) {
            variants.add(of(PARENTHESES.matcher(raw).replaceAll(" ")));
        }
        return variants.stream().filter(v -> !v.isEmpty()).distinct().toList();
    }

    public boolean isEmpty() {
        return tokens.isEmpty();
    }

    /** "s r o", "a s", "l l c": single letters written apart are one abbreviation. */
    private static List<String> joinInitials(List<String> words) {
        List<String> joined = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (String word : words) {
            if (word.length() == 1 && isLatin(word.codePointAt(0))) {
                run.append(word);
                continue;
            }
            if (!run.isEmpty()) {
                joined.add(run.toString());
                run.setLength(0);
            }
            joined.add(word);
        }
        if (!run.isEmpty()) {
            joined.add(run.toString());
        }
        return joined;
    }

    private static List<String> withoutLegalForms(List<String> words) {
        List<String> kept = new ArrayList<>();
        for (String word : words) {
            String bare = !isHan(word.codePointAt(0)) ? word
                    : CJK_LEGAL_FORMS.contains(word) ? "" : withoutCjkLegalForms(word);
            if (!bare.isEmpty() && !LEGAL_FORMS.contains(bare) && !JOINERS.contains(bare)) {
                kept.add(bare);
            }
        }
        // A name made only of legal forms ("Company Limited") keeps them: it has nothing else.
        return kept.isEmpty() ? words.stream().filter(w -> !JOINERS.contains(w)).toList() : kept;
    }

    private static String withoutCjkLegalForms(String word) {
        String bare = word;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String form : CJK_LEGAL_FORMS) {
                if (bare.length() > form.length() && bare.endsWith(form)) {
                    bare = bare.substring(0, bare.length() - form.length());
                    changed = true;
                } else if (bare.length() > form.length() && bare.startsWith(form)) {
                    bare = bare.substring(form.length());
                    changed = true;
                }
            }
        }
        return bare;
    }

    /** "IHI航空" is two words: Latin letters and Han characters are never one token. */
    private static List<String> splitScripts(String word) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (next < word.length() && isHan(cp) != isHan(word.codePointAt(next))) {
                parts.add(word.substring(start, next));
                start = next;
            }
            i = next;
        }
        parts.add(word.substring(start));
        return parts;
    }

    static boolean isHan(int codePoint) {
        int script = UScript.getScript(codePoint);
        return script == UScript.HAN || script == UScript.HIRAGANA || script == UScript.KATAKANA;
    }

    private static boolean isLatin(int codePoint) {
        return UScript.getScript(codePoint) == UScript.LATIN;
    }
}
