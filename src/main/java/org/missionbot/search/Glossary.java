package org.missionbot.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.missionbot.corpus.Countries;

/**
 * A bilingual glossary (French or Haitian Creole to English, {@code glossary-xx.tsv}) that reads a
 * question into English words the articles use: the longest phrase known at each place is replaced,
 * function words are dropped, and what it does not know (names, numbers) passes through unchanged.
 * Accents may be typed or not, and French elisions ("l'argent", "qu'a", or "largent" typed without its
 * apostrophe) are split off first. A French
 * word the glossary does not list is looked up by its Snowball stem among the words it lists, so that
 * "attaquées" and "débarquaient" find "attaquer" and "débarquer" without every form being written out.
 * A word still unknown that is one typo (a letter added or dropped, two swapped, a vowel for another)
 * from listed words that all mean one thing reads as they do ("maintenent", "pwomt"), as English
 * questions are corrected against the articles' words; an English word, a name (a word the articles
 * hold, or one capitalised after the first) is never read so.
 */
public final class Glossary {

  /** A word that may be an elision typed without its apostrophe: "l", "d", "qu" ... and a word opening with a vowel or "h". */
  private static final Pattern UNMARKED_ELISION = Pattern.compile("(?i)(qu|[ldjmnstc])([aeiouyhàâäéèêëîïôöûùü]\\p{L}{2,})");

  /**
   * A French verb with its subject after it, as questions put it ("passait-il", "envoie-t-on",
   * Québécois "envoie-tu"): the verb is looked up without the pronoun when the whole is not listed.
   */
  private static final Pattern INVERTED = Pattern.compile("(\\p{L}{3,})-(?:t-)?(?:il|elle|on|ils|elles|je|tu|nous|vous)");

  /** Entries by their source as written (lower case), and by their source without accents. */
  private final Map<String, String> exact;
  private final Map<String, String> folded;
  /**
   * The stems of its one-word entries, by which a French word it does not list in that form is read;
   * null for a language without a stemmer worth using (Creole barely inflects).
   */
  private final Stems stems;
  /**
   * For each word a listed phrase starts with (its {@link GlossaryTokens#phraseKey}), how many words
   * the longest such phrase has: most words start none, and are looked up alone.
   */
  private final Map<String, Integer> longestFrom;
  /**
   * One-word entries that hold only where a question starts, by their source without accents: typed
   * without its accent, French "où" is "ou" ("or"), but no question opens with "or" ("ou est ne Ruto").
   */
  private final Map<String, String> openers;
  /** Its one-word entries, looked through for a word one typo from them. */
  private final Typos typos;

  Glossary(Map<String, String> exact, Map<String, String> folded, Stems stems, Map<String, Integer> longestFrom,
           Map<String, String> openers) {
    this.exact = exact;
    this.folded = folded;
    this.stems = stems;
    this.longestFrom = longestFrom;
    this.openers = openers;
    this.typos = new Typos(folded);
  }

  /** The glossary of a language other than English. */
  public static Glossary of(Language language) {
    if (language == Language.ENGLISH) {
      throw new IllegalArgumentException("English needs no glossary");
    }
    return GlossaryFile.read("glossary-" + language.code() + ".tsv", language == Language.FRENCH ? Stems::frenchStemmer : null);
  }

  /**
   * The question in English words; what the glossary does not know (names, numbers, and words it
   * lacks, which then count as words the articles lack) is kept as typed.
   */
  public String translate(String question) {
    return translate(question, word -> false);
  }

  /**
   * As {@link #translate(String)}, where a word the articles hold ({@code heldByArticles}, lower case:
   * a name typed lower case, "monique") is never read as a typo of a listed word.
   */
  public String translate(String question, Predicate<String> heldByArticles) {
    List<String> tokens = tokens(question);
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (tokens.get(i).equals(GlossaryTokens.CLAUSE_END)) {
        endClause(out);
        i++;
      } else {
        i += readPhrase(tokens, i, heldByArticles, out);
      }
    }
    return String.join(" ", out);
  }

  /**
   * The question's tokens; in French, elisions typed without their apostrophe split off, negations read
   * first and an adjective of nationality that splits a phrase put before it.
   */
  private List<String> tokens(String question) {
    List<String> tokens = GlossaryTokens.of(question);
    return stems == null ? tokens : withNationalityFirst(withNegationFirst(withUnmarkedElisions(tokens)));
  }

  /** Marks the end of a clause on the last word read, where there is one. */
  private static void endClause(List<String> out) {
    if (!out.isEmpty()) {
      out.set(out.size() - 1, out.get(out.size() - 1) + GlossaryTokens.CLAUSE_END);
    }
  }

  /**
   * Adds to {@code out} the English of the longest phrase known at token {@code i} (nothing for a word
   * dropped), or of the one word there it does not list; returns how many tokens it read.
   */
  private int readPhrase(List<String> tokens, int i, Predicate<String> heldByArticles, List<String> out) {
    int length = matchAt(tokens, i, true);
    String opener = i == 0 ? openers.get(Accents.fold(tokens.get(0))) : null;
    if (opener != null && length <= 1) { // a listed phrase ("ou bien") still reads as the phrase
      out.add(opener);
      return 1;
    }
    if (length == 0) {
      out.add(unlisted(tokens.get(i), i > 0, heldByArticles));
      return 1;
    }
    String english = find(tokens.subList(i, i + length), true);
    if (!english.equals(GlossaryFile.DROP)) {
      out.add(english);
    }
    return length;
  }

  /**
   * The reading of a word no entry lists: the English of listed words it is one typo from, else the words
   * of a compound read one by one, else the word as typed (a name capitalised after the first word is
   * never a typo); a closing apostrophe goes.
   */
  private String unlisted(String token, boolean afterFirst, Predicate<String> heldByArticles) {
    boolean name = afterFirst && Character.isUpperCase(token.codePointAt(0)); // "Côte d'Ivoire", "Lenbe"
    String typo = name ? null : typos.nearest(Accents.fold(token), heldByArticles);
    return typo != null ? typo : name || !isCompound(token) ? token.replaceAll("['\u2019]$", "")
        : translate(token.replace('-', ' '), heldByArticles); // "l'après-Henry": after Henry
  }

  /**
   * Whether a word no entry lists is words joined by hyphens, each listed or a name: "après-Henry",
   * "ex-président" are read word by word; "Port-au-Prince" is listed whole, and a misspelt
   * "port-au-prinse" is left whole, a name typed as it sounds, not "port to the prinse".
   */
  private boolean isCompound(String token) {
    return token.indexOf('-') > 0 && java.util.Arrays.stream(token.split("-+"))
        .allMatch(part -> !part.isEmpty() && (Character.isUpperCase(part.codePointAt(0)) || find(List.of(part), false) != null));
  }

  /** What closes a French negation after its verb: "ne prend pas", "n'a jamais". */
  private static final Set<String> NEGATION_END = Set.of("pas", "jamais", "plus", "point");

  /**
   * The tokens with a French negation's second word put before the verb it wraps ("ne prend pas la
   * tête" as "ne pas prend la tête"), so that the verb's phrase is read whole ("prend la tête": leads);
   * not where a listed phrase holds the negation ("ne peut pas", "n'est-ce pas").
   */
  private List<String> withNegationFirst(List<String> tokens) {
    List<String> out = new ArrayList<>(tokens);
    for (int i = 0; i + 2 < out.size(); i++) {
      String ne = Accents.fold(out.get(i)).replaceAll("['\u2019]$", "");
      if ((ne.equals("ne") || ne.equals("n")) && NEGATION_END.contains(Accents.fold(out.get(i + 2))) && matchAt(out, i, false) < 3) {
        Collections.swap(out, i + 1, i + 2);
        i += 2;
      }
    }
    return out;
  }

  /**
   * The tokens with a French adjective of nationality put before the noun it follows when it splits a
   * listed phrase ("le ministre canadien des affaires étrangères" as "canadien ministre des affaires
   * étrangères": the Canadian foreign minister), as English places it; one that splits none stays. Only a
   * phrase that starts at the noun just before the adjective is seen ("le conseil présidentiel haïtien de
   * transition" is still read word by word after "conseil présidentiel").
   */
  private List<String> withNationalityFirst(List<String> tokens) {
    List<String> out = new ArrayList<>(tokens);
    for (int i = 0; i + 2 < out.size(); i++) {
      String english = find(List.of(out.get(i + 1)), false);
      if (english != null && Countries.get().isDemonym(english)) {
        List<String> without = new ArrayList<>(out);
        without.remove(i + 1);
        if (matchAt(without, i, false) > Math.max(1, matchAt(out, i, false))) {
          out.add(i, out.remove(i + 1));
          i++;
        }
      }
    }
    return out;
  }

  /**
   * The tokens with each elision typed without its apostrophe split off, as phones type French ("cest",
   * "laide", "lequipe" for "c'est", "l'aide", "l'équipe"): a word the glossary does not know whose rest,
   * after an elided "l", "d", "qu" ..., is a word it knows.
   */
  private List<String> withUnmarkedElisions(List<String> tokens) {
    List<String> out = new ArrayList<>(tokens.size());
    for (String token : tokens) {
      Matcher elided = UNMARKED_ELISION.matcher(token);
      if (elided.matches() && find(List.of(token), true) == null && find(List.of(elided.group(2)), true) != null) {
        out.add(elided.group(1) + "'");
        out.add(elided.group(2));
      } else {
        out.add(token);
      }
    }
    return out;
  }

  /**
   * The share of the question's words that this glossary knows as words of its own language (not
   * names or words spelt the same in English): how much the question looks like this language.
   */
  public double coverage(String question) {
    List<String> tokens = GlossaryTokens.of(question).stream().filter(t -> t.chars().anyMatch(Character::isLetter)).toList();
    if (tokens.isEmpty()) {
      return 0;
    }
    int known = 0;
    int i = 0;
    while (i < tokens.size()) {
      int length = matchAt(tokens, i, false);
      // a word that reads the same in English ("mission", "Kenya") is no sign of this language, nor
      // is a word found by its stem alone ("deploy", "assassination" stem as French words do)
      if (length > 0 && !Accents.fold(find(tokens.subList(i, i + length), false)).equals(Accents.fold(String.join(" ", tokens.subList(i, i + length))))) {
        known += length;
      }
      i += Math.max(1, length);
    }
    return known / (double) tokens.size();
  }

  /** How many tokens from {@code at} the longest known phrase spans; 0 when none starts there. */
  private int matchAt(List<String> tokens, int at, boolean byStem) {
    int most = Math.min(longestFrom.getOrDefault(GlossaryTokens.phraseKey(tokens.get(at)), 1), tokens.size() - at);
    for (int length = most; length > 0; length--) {
      if (find(tokens.subList(at, at + length), byStem) != null) {
        return length;
      }
    }
    return 0;
  }

  /**
   * The English of a phrase: as typed ("où"), else without accents ("kile" for "kilè"), else, when
   * {@code byStem}, for one word its stem's ("débarquèrent" for "débarquer"); null when unknown.
   */
  private String find(List<String> words, boolean byStem) {
    String typed = String.join(" ", words).toLowerCase(Locale.ROOT);
    // an elided word may be listed joined ("d'argent") or apart ("d argent"); most words have no elision
    List<String> forms = typed.contains("' ") ? List.of(typed, typed.replace("' ", "'"), typed.replace("' ", " ")) : List.of(typed);
    for (String form : forms) {
      String english = listed(form);
      if (english != null) {
        return english;
      }
    }
    if (!byStem || words.size() != 1) {
      return null;
    }
    return stems == null ? null : stemmedEnglish(typed);
  }

  /** The English of a French word the glossary lists in another form ("débarquèrent"); null when none. */
  private String stemmedEnglish(String typed) {
    Matcher inverted = INVERTED.matcher(typed);
    if (inverted.matches()) {
      typed = inverted.group(1); // "passait-il" is "passait" asked
      String english = listed(typed);
      if (english != null) {
        return english;
      }
    }
    return stems.english(typed);
  }

  /** The English of a form as listed, typed with its accents or without them; null when not listed. */
  private String listed(String form) {
    String english = exact.get(form);
    return english != null ? english : folded.get(Accents.fold(form));
  }
}
