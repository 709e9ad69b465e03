package org.missionbot.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The world's countries and the words that stand for each in news copy (names, aliases, demonyms and
 * capitals), read once from {@code countries.tsv}. A word is looked up in any case, dots and curly
 * apostrophes aside ("U.S.", "Cote d’Ivoire"), except an acronym such as "US", which counts only when
 * written in capitals: "us" is a pronoun. Accents count: the file spells "Sao Tome" both ways.
 */
public final class Countries {

  /** A word of running text, with the dots and apostrophes names hold ("U.S.", "d'Ivoire", "Guinea-Bissau"). */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'\u2019.-]*");
  /** Where a word's first part ends: a possessive or a hyphen. */
  private static final Pattern INSIDE = Pattern.compile("['\u2019]s$|-");

  /**
   * One country of the file.
   *
   * @param code its ISO 3166 code ("KE")
   * @param name its English name from CLDR ("Kenya")
   * @param aliases its other names ("DRC", "Ivory Coast")
   * @param demonyms its adjectives of nationality ("Kenyan")
   * @param capitals its capital, and the seat of government where that differs ("Nairobi")
   * @param regions the world's regions that hold it, from CLDR's territory containment, the smallest
   *     first ("Eastern Africa", "Africa")
   */
  public record Country(String code, String name, List<String> aliases, List<String> demonyms,
      List<String> capitals, List<String> regions) {

    /** Its lower-case name, what {@link Countries#canonical} returns ("united states"). */
    public String key() {
      return name.toLowerCase(Locale.ROOT);
    }

    /** Its name and its aliases. */
    List<String> names() {
      return Stream.concat(Stream.of(name), aliases.stream()).toList();
    }

    /** Every word that stands for it. */
    List<String> words() {
      return Stream.of(names(), demonyms, capitals).flatMap(List::stream).toList();
    }
  }

  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,}");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Countries LOADED = load();

  private final List<Country> all;
  /** Every word's {@link #key} to its country: acronyms in capitals, other words in lower case. */
  private final Map<String, Country> byKey = new HashMap<>();
  private final Set<String> names;
  private final Set<String> demonyms;
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
  /** Each word that names a region, folded, to the region's name in {@link Country#regions}. */
  private final Map<String, String> regionOf;

  private Countries(List<Country> all, Map<String, String> regionOf) {
    this.all = List.copyOf(all);
    this.regionOf = Map.copyOf(regionOf);
    for (Country country : all) {
      country.words().forEach(word -> index(word, country));
    }
    names = keys(all.stream().flatMap(c -> c.names().stream()));
    demonyms = keys(all.stream().flatMap(c -> c.demonyms().stream()));
    Map<Integer, List<Written>> byFirst = new HashMap<>();
    for (String name : writtenNames(all)) {
      if (!Character.isLetterOrDigit(name.codePointAt(0))) {
        throw new IllegalArgumentException("a name must start with a letter or digit: \"" + name + "\"");
      }
      byFirst.computeIfAbsent(caseFolded(name.codePointAt(0)), k -> new ArrayList<>()).add(new Written(name, isAcronym(name)));
    }
    namesByFirst = Map.copyOf(byFirst);
    firstWords = all.stream().flatMap(c -> c.words().stream()).map(w -> fold(WORD.matcher(w).results().findFirst()
        .map(MatchResult::group).orElse(w))).collect(Collectors.toUnmodifiableSet());
    longestWords = all.stream().flatMap(c -> c.words().stream()).mapToInt(w -> WORD.matcher(w).results().mapToInt(m -> 1).sum())
        .max().orElse(1);
  }

  /** The countries of {@code countries.tsv}, read once. */
  public static Countries get() {
    return LOADED;
  }

  /**
   * Reads a countries file's lines; rejects a line without its five columns (a sixth, the regions, may
   * follow) and a word given to two countries.
   */
  static Countries parse(List<String> lines) {
    return parse(lines, List.of());
  }

  /** Reads a countries file's lines and a region words file's ("Africa", then "African|African"). */
  static Countries parse(List<String> lines, List<String> regionLines) {
    List<Country> all = new ArrayList<>();
    for (String line : rows(lines)) {
      String[] c = line.split("\t", -1);
      if (c.length < 5 || c.length > 6 || c[1].isBlank()) {
        throw new IllegalArgumentException("not a country line of 5 or 6 columns: " + line);
      }
      all.add(new Country(c[0], c[1], values(c[2]), values(c[3]), values(c[4]), c.length > 5 ? values(c[5]) : List.of()));
    }
    Map<String, String> regionOf = new HashMap<>();
    for (String line : rows(regionLines)) {
      String[] c = line.split("\t", -1);
      if (c.length != 2) {
        throw new IllegalArgumentException("not a region line of 2 columns: " + line);
      }
      for (String word : Stream.concat(Stream.of(c[0]), values(c[1]).stream()).toList()) {
        String before = regionOf.putIfAbsent(fold(word), c[0]);
        if (before != null && !before.equals(c[0])) {
          throw new IllegalArgumentException("\"" + word + "\" stands for both " + before + " and " + c[0]);
        }
      }
    }
    return new Countries(all, regionOf);
  }

  /** A file's lines without its blank lines and comments. */
  private static List<String> rows(List<String> lines) {
    return lines.stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
  }

  /** The region a word names ("caribbean", "West African": "Western Africa"), as the file of region words has it; null when none. */
  public String region(String word) {
    return regionOf.get(fold(word));
  }

  /** Whether the country a word stands for lies in the region ("Benin" in "Africa"); false for no country. */
  public boolean isIn(String word, String region) {
    return lookups(word).stream().map(byKey::get).filter(Objects::nonNull).findFirst()
        .map(c -> c.regions().contains(region)).orElse(false);
  }

  /** Every country, in the file's order. */
  public List<Country> all() {
    return all;
  }

  /** The lower-case name of the country a name, alias, demonym or capital stands for, or null when it is none. */
  public String canonical(String word) {
    return lookups(word).stream().map(byKey::get).filter(Objects::nonNull).findFirst().map(Country::key).orElse(null);
  }

  /**
   * The table as synonym rules, one group a line: each country's name, other names, nationality
   * adjectives and capital ("kenya, republic of kenya, kenyan, nairobi"): news copy names a government
   * by its capital ("Ottawa pledged").
   */
  public String synonymRules() {
    StringBuilder rules = new StringBuilder();
    for (Country c : all) {
      List<String> words = Stream.of(c.names(), c.demonyms(), c.capitals()).flatMap(List::stream)
          .map(w -> w.replaceAll("[,()\\\\=>]", " ").strip()).filter(w -> !w.isEmpty()).distinct().toList();
      if (words.size() > 1) {
        rules.append(String.join(", ", words)).append('\n');
      }
    }
    return rules.toString();
  }

  /** Whether a word, as written, is a country's name or alias ("Kenya", "united states", "US" but not "us"). */
  public boolean isCountry(String name) {
    return lookups(name).stream().anyMatch(names::contains);
  }

  /** Words before a lower-case "us" that make it the country: an article, or a helper verb that wants a subject. */
  private static final Set<String> BEFORE_US_THE_COUNTRY = Set.of("the", "did", "does", "do", "has", "have", "had", "will",
      "would", "can", "could", "should", "is", "was", "are", "were");

  /**
   * Whether a lower-case "us" is the United States rather than the pronoun, by the word before it (null
   * when it opens the question): "the us", "did us troops leave" (a pronoun is no subject), "us pledge
   * mss amount" (a search's first word); "tell us", "for us", "help us" are the pronoun.
   */
  public static boolean usIsTheCountry(String before) {
    return before == null || BEFORE_US_THE_COUNTRY.contains(before.toLowerCase(Locale.ROOT));
  }

  /** Whether a word is a country's demonym ("Kenyan", "south korean"). */
  public boolean isDemonym(String word) {
    return lookups(word).stream().anyMatch(demonyms::contains);
  }

  /**
   * The countries a text names in any of their words (name, alias, nationality, capital; the longest
   * words first: "South Africa" is not Africa), as {@link #canonical} gives them.
   */
  public Set<String> namedIn(CharSequence text) {
    List<String> words = WORD.matcher(text).results().map(MatchResult::group).toList();
    Set<String> named = new java.util.HashSet<>();
    for (int i = 0; i < words.size(); i++) {
      if (!mayStart(words.get(i))) {
        continue; // no country's words start with it: most words of a text
      }
      for (int n = Math.min(longestWords, words.size() - i); n >= 1; n--) {
        String country = canonical(String.join(" ", words.subList(i, i + n)));
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
    return readings(word).stream().anyMatch(r -> firstWords.contains(fold(r)));
  }

  /** The country a word that is no country's word as written stands for in its other {@link #readings}. */
  private String canonicalInside(String word) {
    return readings(word).stream().skip(1).map(this::canonical).filter(Objects::nonNull).findFirst().orElse(null);
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
  static List<String> writtenNames(List<Country> all) {
    return all.stream().flatMap(c -> c.names().stream()).distinct()
        .sorted(Comparator.comparingInt(String::length).reversed()).toList();
  }

  List<String> writtenNames() {
    return writtenNames(all);
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

  /** A word as a lookup key: composed (NFC), lower case, without dots or curly apostrophes, single-spaced. */
  static String fold(String word) {
    String composed = Normalizer.normalize(word, Normalizer.Form.NFC);
    composed = composed.replace('\u2019', '\'').replace(".", "").toLowerCase(Locale.ROOT);
    return SPACES.matcher(composed).replaceAll(" ").strip();
  }

  /** Whether a word is an acronym ("US", "U.S."), which counts only in capitals. */
  static boolean isAcronym(String word) {
    return ACRONYM.matcher(bare(word)).matches();
  }

  /** A word's key: an acronym without its dots ("US"), any other word folded ("united states"). */
  private static String key(String word) {
    return isAcronym(word) ? bare(word) : fold(word);
  }

  /** The keys to look a word up under: its own, then for a word in capitals ("KENYA" in a headline) its folded one. */
  private static List<String> lookups(String word) {
    return isAcronym(word) ? List.of(bare(word), fold(word)) : List.of(fold(word));
  }

  private void index(String word, Country country) {
    Country before = byKey.putIfAbsent(key(word), country);
    if (before != null && before != country) {
      throw new IllegalArgumentException(
          "\"" + word + "\" stands for both " + before.name() + " and " + country.name());
    }
  }

  private static String bare(String word) {
    return word.strip().replace(".", "");
  }

  private static Set<String> keys(Stream<String> words) {
    return words.map(Countries::key).collect(Collectors.toUnmodifiableSet());
  }

  private static List<String> values(String column) {
    return column.isBlank() ? List.of() : List.of(column.split("\\|"));
  }

  private static Countries load() {
    return parse(resource("countries.tsv"), resource("region-words.tsv"));
  }

  private static List<String> resource(String name) {
    try (InputStream in = Countries.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing beside " + Countries.class.getName());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
