package org.missionbot.corpus;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
  private static final Countries LOADED = CountriesFile.load();

  private final List<Country> all;
  /** Every word's {@link #key} to its country: acronyms in capitals, other words in lower case. */
  private final Map<String, Country> byKey = new HashMap<>();
  private final Set<String> names;
  private final Set<String> demonyms;
  /** Each word that names a region, folded, to the region's name in {@link Country#regions}. */
  private final Map<String, String> regionOf;

  /** The countries, in the file's order; rejects a word given to two countries. */
  Countries(List<Country> all, Map<String, String> regionOf) {
    this.all = List.copyOf(all);
    this.regionOf = Map.copyOf(regionOf);
    for (Country country : all) {
      country.words().forEach(word -> index(word, country));
    }
    names = keys(all.stream().flatMap(c -> c.names().stream()));
    demonyms = keys(all.stream().flatMap(c -> c.demonyms().stream()));
  }

  /** The countries of {@code countries.tsv}, read once. */
  public static Countries get() {
    return LOADED;
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
}
