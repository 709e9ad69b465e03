package org.missionbot.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.missionbot.corpus.LoadOnce;
import org.tartarus.snowball.ext.FrenchStemmer;

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

  private static final Pattern ELISION = Pattern.compile("(?i)\\b(qu|[ldjmnstc])['\u2019]");
  /**
   * A comma, kept where it was typed: it ends a clause the English reading needs to see ("Lè gang yo t
   * ap atake pò a, ki sa ..." is "when gangs attacked the port, what ..."), and no phrase spans it.
   */
  private static final String CLAUSE_END = ",";
  /** An elided word with its apostrophe ("l'"), a word (with inner hyphens, dots, digits), one character, or a comma. */
  private static final Pattern TOKEN = Pattern.compile(
      "(?i)\\b(?:qu|[ldjmnstc])'(?= )|[\\p{L}\\p{N}][\\p{L}\\p{N}'\\-.,%$]*[\\p{L}\\p{N}%]|[\\p{L}\\p{N}$]|"
      + Pattern.quote(CLAUSE_END));
  /** The French "mi-" before a year ("à la mi-2024"), which no entry can list: read as "mi" and the year. */
  private static final Pattern MID_YEAR = Pattern.compile("(?i)\\b(mi)-(?=(?:19|20)\\d{2}\\b)");
  private static final String DROP = "-";
  /** "sept." in a date ("sept. 2025", "le 22 sept"): September, where the word alone is the number seven. */
  private static final Pattern SEPT_IN_DATE = Pattern.compile(
      "(?i)\\bsept\\.?(?=\\s*(?:19|20)\\d{2}\\b)|(?<=\\b\\d{1,2}(?:er)?\\s)sept\\b\\.?");
  /** A word that may be an elision typed without its apostrophe: "l", "d", "qu" ... and a word opening with a vowel or "h". */
  private static final Pattern UNMARKED_ELISION = Pattern.compile("(?i)(qu|[ldjmnstc])([aeiouyhàâäéèêëîïôöûùü]\\p{L}{2,})");
  /** Before an entry's source: the entry holds only for a question's first word. */
  private static final String OPENER = "^";
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  /**
   * A Latin letter or combining mark without its marks. Decomposing a text and dropping its marks is
   * the same as doing so letter by letter (canonical reordering only moves marks), so the letters of
   * the Latin blocks are folded once each, when first met, and a text of other letters whole.
   */
  private static final String[] FOLDED = new String[0x370];

  /**
   * A French verb with its subject after it, as questions put it ("passait-il", "envoie-t-on",
   * Québécois "envoie-tu"): the verb is looked up without the pronoun when the whole is not listed.
   */
  private static final Pattern INVERTED = Pattern.compile("(\\p{L}{3,})-(?:t-)?(?:il|elle|on|ils|elles|je|tu|nous|vous)");

  /** Words shorter than this are never looked up by their stem: too many short words share one. */
  private static final int STEMMED_FROM = 5;
  /** Words shorter than this are never read as a typo of a listed word: too many short words are one edit apart. */
  private static final int TYPO_FROM = 5;

  /** Entries by their source as written (lower case), and by their source without accents. */
  private final Map<String, String> exact;
  private final Map<String, String> folded;
  /**
   * One-word entries by their stem without accents, taken before and after the accents are folded,
   * the first listed winning; made when a word is first looked up by its stem (a French question),
   * not as the glossary loads: stemming tens of thousands of words is most of its load, and an
   * English question never needs it. Null without a stemmer.
   */
  private final LoadOnce<Map<String, String>> stemmed;
  /**
   * Makes the language's stemmer (one per lookup: a Snowball stemmer is not thread-safe, and cheap to
   * make), or null when it has none worth using (Creole barely inflects).
   */
  private final Supplier<UnaryOperator<String>> stemmers;
  /**
   * For each word a listed phrase starts with (its {@link #phraseKey}), how many words the longest
   * such phrase has: most words start none, and are looked up alone.
   */
  private final Map<String, Integer> longestFrom;
  /**
   * One-word entries that hold only where a question starts, by their source without accents: typed
   * without its accent, French "où" is "ou" ("or"), but no question opens with "or" ("ou est ne Ruto").
   */
  private final Map<String, String> openers;
  /**
   * One-word entries of letters without accents, by their length: where a word one typo from them is
   * looked for. Made when first needed, as the stems are.
   */
  private final LoadOnce<Map<Integer, List<String>>> byLength;

  private Glossary(Map<String, String> exact, Map<String, String> folded, LoadOnce<Map<String, String>> stemmed,
                   Supplier<UnaryOperator<String>> stemmers, Map<String, Integer> longestFrom, Map<String, String> openers) {
    this.exact = exact;
    this.folded = folded;
    this.stemmed = stemmed;
    this.stemmers = stemmers;
    this.longestFrom = longestFrom;
    this.openers = openers;
    this.byLength = new LoadOnce<>("the glossary's words by length", () -> folded.keySet().stream()
        .filter(w -> w.length() >= TYPO_FROM - 1 && w.chars().allMatch(Character::isLetter))
        .collect(java.util.stream.Collectors.groupingBy(String::length)));
  }

  /** The glossary of a language other than English. */
  public static Glossary of(Language language) {
    if (language == Language.ENGLISH) {
      throw new IllegalArgumentException("English needs no glossary");
    }
    return load("glossary-" + language.code() + ".tsv", language == Language.FRENCH ? Glossary::frenchStemmer : null);
  }

  /** A French Snowball stemmer ("attaquées", "attaquer": "attaqu"), for one thread. */
  private static UnaryOperator<String> frenchStemmer() {
    FrenchStemmer stemmer = new FrenchStemmer();
    return word -> {
      stemmer.setCurrent(word);
      stemmer.stem();
      return stemmer.getCurrent();
    };
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
  public String translate(String question, java.util.function.Predicate<String> heldByArticles) {
    List<String> tokens = stemmers == null ? tokens(question) : withNegationFirst(withUnmarkedElisions(tokens(question)));
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (tokens.get(i).equals(CLAUSE_END)) {
        if (!out.isEmpty()) {
          out.set(out.size() - 1, out.get(out.size() - 1) + CLAUSE_END);
        }
        i++;
        continue;
      }
      int length = matchAt(tokens, i, true);
      String opener = i == 0 ? openers.get(fold(tokens.get(0))) : null;
      if (opener != null && length <= 1) { // a listed phrase ("ou bien") still reads as the phrase
        out.add(opener);
        i++;
      } else if (length == 0) {
        String token = tokens.get(i);
        boolean name = i > 0 && Character.isUpperCase(token.codePointAt(0)); // "Côte d'Ivoire", "Lenbe"
        String typo = name ? null : nearest(fold(token), heldByArticles);
        out.add(typo != null ? typo : name || !isCompound(token) ? token.replaceAll("['\u2019]$", "")
            : translate(token.replace('-', ' '), heldByArticles)); // "l'après-Henry": after Henry
        i++;
      } else {
        String english = find(tokens.subList(i, i + length), true);
        if (!english.equals(DROP)) {
          out.add(english);
        }
        i += length;
      }
    }
    return String.join(" ", out);
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
      String ne = fold(out.get(i)).replaceAll("['\u2019]$", "");
      if ((ne.equals("ne") || ne.equals("n")) && NEGATION_END.contains(fold(out.get(i + 2))) && matchAt(out, i, false) < 3) {
        Collections.swap(out, i + 1, i + 2);
        i += 2;
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
    List<String> tokens = tokens(question).stream().filter(t -> t.chars().anyMatch(Character::isLetter)).toList();
    if (tokens.isEmpty()) {
      return 0;
    }
    int known = 0;
    int i = 0;
    while (i < tokens.size()) {
      int length = matchAt(tokens, i, false);
      // a word that reads the same in English ("mission", "Kenya") is no sign of this language, nor
      // is a word found by its stem alone ("deploy", "assassination" stem as French words do)
      if (length > 0 && !fold(find(tokens.subList(i, i + length), false)).equals(fold(String.join(" ", tokens.subList(i, i + length))))) {
        known += length;
      }
      i += Math.max(1, length);
    }
    return known / (double) tokens.size();
  }

  /** How many tokens from {@code at} the longest known phrase spans; 0 when none starts there. */
  private int matchAt(List<String> tokens, int at, boolean byStem) {
    int most = Math.min(longestFrom.getOrDefault(phraseKey(tokens.get(at)), 1), tokens.size() - at);
    for (int length = most; length > 0; length--) {
      if (find(tokens.subList(at, at + length), byStem) != null) {
        return length;
      }
    }
    return 0;
  }

  /** A phrase's first word as phrases are indexed by: folded, without its apostrophe ("d'" and "d" alike). */
  private static String phraseKey(String token) {
    return fold(token).replace("'", "");
  }

  private static List<String> tokens(String text) {
    String split = ELISION.matcher(text.replace('\u2019', '\'')).replaceAll("$1' ");
    split = MID_YEAR.matcher(split).replaceAll("$1 "); // "mi-2024": "mi" is a word of its own, the year a number
    split = SEPT_IN_DATE.matcher(split).replaceAll("septembre");
    List<String> tokens = new ArrayList<>();
    var m = TOKEN.matcher(split);
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
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
    return stemmers == null ? null : stemmedEnglish(typed);
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
    if (!isStemmable(typed)) {
      return null;
    }
    Map<String, String> stems = stemmed.get();
    return stemKeys(typed, stemmers.get()).stream().map(stems::get).filter(Objects::nonNull).findFirst().orElse(null);
  }

  /**
   * The English of the listed words one typo from a word (without accents) that no entry, stem,
   * English word or word of the articles accounts for, when they all mean one thing other than a word dropped (words of one English stem, "ordered" and
   * "order", are one); null otherwise (a name, a word too short to tell, or a typo of two words).
   */
  private String nearest(String word, java.util.function.Predicate<String> heldByArticles) {
    if (word.length() < TYPO_FROM || !word.chars().allMatch(Character::isLetter)
        || Lexicon.english().isWord(word) || Lexicon.english().isName(word) || heldByArticles.test(word)) {
      return null; // the articles' index is asked last: it is the one guard that reads from disk
    }
    Map<Integer, List<String>> lengths = byLength.get();
    String english = null;
    for (int length = word.length() - 1; length <= word.length() + 1; length++) {
      for (String listed : lengths.getOrDefault(length, List.of())) {
        String meaning = folded.get(listed);
        if (!meaning.equals(DROP) && isTypoOf(word, listed)) {
          if (english == null) {
            english = meaning;
          } else if (!stems(english).equals(stems(meaning))) {
            return null;
          }
        }
      }
    }
    return english;
  }

  /**
   * Whether a word is a typo of a listed one: a letter added or dropped, two neighbours swapped, or
   * one vowel for another ("maintenent"). A consonant for another too often makes another real word
   * the glossary lacks ("bonne" is not "donne", "métier" not "méfier").
   */
  public static boolean isTypoOf(String word, String listed) {
    if (!Lexicon.oneEditApart(word, listed)) {
      return false;
    }
    if (word.length() != listed.length()) {
      return true;
    }
    int i = 0;
    while (word.charAt(i) == listed.charAt(i)) {
      i++;
    }
    boolean swapped = i + 1 < word.length() && word.charAt(i) == listed.charAt(i + 1) && word.charAt(i + 1) == listed.charAt(i);
    return swapped || VOWELS.indexOf(word.charAt(i)) >= 0 && VOWELS.indexOf(listed.charAt(i)) >= 0;
  }

  private static final String VOWELS = "aeiouy";

  /** An English phrase as its stems: how two meanings are told alike. */
  private static List<String> stems(String english) {
    return List.of(english.split(" ")).stream().map(org.missionbot.index.Analysis::stem).toList();
  }

  /** One-word entries, in the file's order, by their stem keys: the first listed wins a key. */
  private static Map<String, String> byStem(List<Map.Entry<String, String>> entries, UnaryOperator<String> stemmer) {
    Map<String, String> byStem = new HashMap<>();
    for (Map.Entry<String, String> entry : entries) {
      for (String key : stemKeys(entry.getKey(), stemmer)) {
        byStem.putIfAbsent(key, entry.getValue());
      }
    }
    return Map.copyOf(byStem);
  }

  /** The English of a form as listed, typed with its accents or without them; null when not listed. */
  private String listed(String form) {
    String english = exact.get(form);
    return english != null ? english : folded.get(fold(form));
  }

  /**
   * The keys a word's stem is looked up by: the stem without accents, and the stem of the word without
   * accents. The stemmer reads accents ("-èrent"), and people leave them out.
   */
  private static List<String> stemKeys(String word, UnaryOperator<String> stemmer) {
    return List.of(fold(stemmer.apply(word)), stemmer.apply(fold(word)));
  }

  /** A word of letters long enough to be looked up by its stem; names and numbers pass through as typed. */
  private static boolean isStemmable(String word) {
    return word.length() >= STEMMED_FROM && isLetters(word);
  }

  private static boolean isLetters(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isLetter(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Lower case without accents: how entries are looked up, so "ou", "où", "Kilè" and "kile" find theirs. */
  static String fold(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    StringBuilder out = null; // made at the first letter that changes: most words have none
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c >= FOLDED.length) {
        return decomposedWithoutMarks(lower);
      }
      if (c >= 0x80 && out == null) {
        out = new StringBuilder(lower.length()).append(lower, 0, i);
      }
      if (out != null) {
        out.append(c < 0x80 ? String.valueOf(c) : folded(c));
      }
    }
    return out == null ? lower : out.toString();
  }

  private static String folded(char c) {
    String folded = FOLDED[c];
    if (folded == null) {
      folded = decomposedWithoutMarks(String.valueOf(c));
      FOLDED[c] = folded; // a race writes the same string twice
    }
    return folded;
  }

  private static String decomposedWithoutMarks(String text) {
    return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
  }

  /** Reads a glossary; {@code stemmers} makes its language's stemmer, null for a language not stemmed. */
  private static Glossary load(String resource, Supplier<UnaryOperator<String>> stemmers) {
    Map<String, String> exact = new HashMap<>();
    Map<String, String> folded = new HashMap<>();
    Map<String, String> openers = new HashMap<>();
    List<Map.Entry<String, String>> stemmable = new ArrayList<>();
    try (InputStream in = Glossary.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t");
        if (parts.length != 2) {
          throw new IllegalStateException(resource + ": not source<TAB>english: " + line);
        }
        String source = parts[0].strip();
        if (source.startsWith(OPENER)) {
          openers.put(fold(source.substring(OPENER.length())), parts[1].strip());
          continue;
        }
        exact.put(source, parts[1].strip());
        // typed without accents, a word means what its unaccented entry says ("ou" is "or"), else the first accented one
        if (source.equals(fold(source))) {
          folded.put(source, parts[1].strip());
        } else {
          folded.putIfAbsent(fold(source), parts[1].strip());
        }
        if (stemmers != null && isStemmable(source)) {
          stemmable.add(Map.entry(source, parts[1].strip()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Integer> longestFrom = new HashMap<>();
    for (String source : exact.keySet()) {
      if (isLetters(source)) {
        continue; // one word: the tokens of letters alone are the letters
      }
      List<String> words = tokens(source); // as a question's words are read, elisions split off
      if (words.size() > 1) {
        longestFrom.merge(phraseKey(words.get(0)), words.size(), Math::max);
      }
    }
    LoadOnce<Map<String, String>> stemmed = stemmers == null ? null
        : new LoadOnce<>("the stems of " + resource, () -> byStem(stemmable, stemmers.get()));
    // not copied again into immutable maps: 20,000 entries hashed a second time at every start
    return new Glossary(Collections.unmodifiableMap(exact), Collections.unmodifiableMap(folded), stemmed, stemmers,
        Map.copyOf(longestFrom), Map.copyOf(openers));
  }
}
