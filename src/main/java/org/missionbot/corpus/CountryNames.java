package org.missionbot.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.missionbot.corpus.Countries.Country;

/**
 * Where a text names countries: the end of a country's name or alias written at a place in it, and the
 * countries it names in any of their words, as {@link Countries} reads them.
 */
public final class CountryNames {

  /** A word of running text, with the dots and apostrophes names hold ("U.S.", "d'Ivoire", "Guinea-Bissau"). */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'\u2019.-]*");
  /** Where a word's first part ends: a possessive or a hyphen. */
  private static final Pattern INSIDE = Pattern.compile("['\u2019]s$|-");
  private static final CountryNames LOADED = new CountryNames(Countries.get());

  private final Countries countries;
  /**
   * The countries' names and aliases, the longest first, grouped by their first letter in either case:
   * the ones {@link #nameEnd} tries at a letter.
   */
  private final Map<Integer, List<Written>> namesByFirst;

  /** A name or alias as {@link #nameEnd} compares it: an acronym in its own case, another in any. */
  private record Written(String name, boolean exactCase) {}
  /** The first word of each of the countries' words, folded: where a country's name may start. */
  private final Set<String> firstWords;
  /** The most words any of the countries' words has ("Saint Vincent and the Grenadines"). */
  private final int longestWords;

  /** Where a text names the countries; rejects a name that starts with neither a letter nor a digit. */
  CountryNames(Countries countries) {
    this.countries = countries;
    List<Country> all = countries.all();
    namesByFirst = byFirstLetter(writtenNames(all));
    firstWords = all.stream().flatMap(c -> c.words().stream()).map(w -> Countries.fold(WORD.matcher(w).results().findFirst()
        .map(MatchResult::group).orElse(w))).collect(Collectors.toUnmodifiableSet());
    longestWords = all.stream().flatMap(c -> c.words().stream()).mapToInt(w -> WORD.matcher(w).results().mapToInt(m -> 1).sum())
        .max().orElse(1);
  }

  /** Where a text names the countries of {@code countries.tsv}. */
  public static CountryNames get() {
    return LOADED;
  }

  private static Map<Integer, List<Written>> byFirstLetter(List<String> names) {
    Map<Integer, List<Written>> byFirst = new HashMap<>();
    for (String name : names) {
      byFirst.computeIfAbsent(caseFolded(name.codePointAt(0)), k -> new ArrayList<>())
          .add(new Written(name, Countries.isAcronym(name)));
    }
    return Map.copyOf(byFirst);
  }

  /**
   * The countries a text names in any of their words (name, alias, nationality, capital; the longest
   * words first: "South Africa" is not Africa), as {@link Countries#canonical} gives them.
   */
  public Set<String> namedIn(CharSequence text) {
    List<String> words = WORD.matcher(text).results().map(MatchResult::group).toList();
    Set<String> named = new HashSet<>();
    for (int i = 0; i < words.size(); i++) {
      if (!mayStart(words.get(i))) {
        continue; // no country's words start with it: most words of a text
      }
      for (int n = Math.min(longestWords, words.size() - i); n >= 1; n--) {
        String country = countries.canonical(String.join(" ", words.subList(i, i + n)));
        country = country != null || n > 1 ? country : canonicalInside(words.get(i));
        if (country != null) {
          named.add(country);
          i += n - 1;
          break;
        }
      }
    }
    return Set.copyOf(named);
  }

  /** Whether a country's words may start with the word, in any of its {@link #readings}. */
  private boolean mayStart(String word) {
    return readings(word).stream().anyMatch(r -> firstWords.contains(Countries.fold(r)));
  }

  /** The country a word that is no country's word as written stands for in its other {@link #readings}. */
  private String canonicalInside(String word) {
    return readings(word).stream().skip(1).map(countries::canonical).filter(Objects::nonNull).findFirst().orElse(null);
  }

  /**
   * A word as written, then its first part, before a possessive or a hyphen ("Haiti's", "Kenya-led",
   * "U.S.-backed"), then that part without a plural's "s" ("Kenyans").
   */
  private static List<String> readings(String word) {
    List<String> readings = new ArrayList<>(List.of(word));
    String bare = INSIDE.split(word, 2)[0];
    if (!bare.equals(word)) {
      readings.add(bare);
    }
    if (bare.endsWith("s") && bare.length() >= 4) {
      readings.add(bare.substring(0, bare.length() - 1));
    }
    return readings;
  }

  /** The names and aliases in the order {@link #nameEnd} tries them: the longest first, else as listed. */
  private static List<String> writtenNames(List<Country> all) {
    return all.stream().flatMap(c -> c.names().stream()).distinct()
        .sorted(Comparator.comparingInt(String::length).reversed()).toList();
  }

  /** The names and aliases of these countries in the order {@link #nameEnd} tries them. */
  List<String> writtenNames() {
    return writtenNames(countries.all());
  }

  /**
   * The end (exclusive) of the country's name or alias written at {@code start} of the text, or -1 when
   * none is: the longest that is written there and not followed by a letter or digit ("Niger" is not
   * in "Nigerian"). An acronym must be written as listed ("US", not "us"); another name in any case,
   * with any run of spaces for its space and either apostrophe for its own.
   */
  public int nameEnd(CharSequence text, int start) {
    if (start >= text.length()) {
      return -1;
    }
    List<Written> names = namesByFirst.get(caseFolded(Character.codePointAt(text, start)));
    if (names == null) {
      return -1;
    }
    for (Written name : names) {
      int end = endOf(name.name(), name.exactCase(), text, start);
      if (end >= 0 && !isLetterOrNumber(text, end)) {
        return end;
      }
    }
    return -1;
  }

  /** Where the name ends when it is written at {@code start}, else -1. */
  private static int endOf(String name, boolean exactCase, CharSequence text, int start) {
    int at = start;
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isWhitespace(c)) {
        int from = at;
        while (at < text.length() && isSpace(text.charAt(at))) {
          at++;
        }
        if (at == from) {
          return -1;
        }
      } else if (c == '\'' || c == '\u2019') {
        if (at >= text.length() || text.charAt(at) != '\'' && text.charAt(at) != '\u2019') {
          return -1;
        }
        at++;
      } else {
        if (at >= text.length()) {
          return -1;
        }
        int t = Character.codePointAt(text, at);
        if (exactCase ? t != c : caseFolded(t) != caseFolded(c)) {
          return -1;
        }
        at += Character.charCount(t);
      }
    }
    return at;
  }

  /** A letter as case-blind matching compares it ("É", "é"). */
  private static int caseFolded(int c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  /** A space between a name's words: a space, tab or line break. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static boolean isLetterOrNumber(CharSequence text, int at) {
    if (at >= text.length()) {
      return false;
    }
    int c = Character.codePointAt(text, at);
    int type = Character.getType(c);
    return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }
}
