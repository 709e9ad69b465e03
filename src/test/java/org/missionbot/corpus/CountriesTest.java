package org.missionbot.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.missionbot.Checkout;
import org.missionbot.corpus.Countries.Country;
import org.missionbot.corpus.Mention.Kind;

/** Lints countries.tsv and checks that the mention finder reads it. */
class CountriesTest {

  /** Lower-case English words (SCOWL), which a name read in any case must not be, unless noted below. */
  private static final Path ENGLISH_WORDS = Path.of("src", "main", "resources", "org", "missionbot", "search",
      "english-words.txt");
  /**
   * Names that are also English words, kept because the country is meant far more often in news copy and
   * the code only reads capitalised words as countries: the word is at risk at a sentence's start only.
   */
  private static final Map<String, String> NOTED = Map.ofEntries(
      Map.entry("afghan", "a blanket, a hound"), Map.entry("chad", "a paper scrap; also a given name"),
      Map.entry("chile", "a pepper"), Map.entry("china", "porcelain"), Map.entry("french", "french fries"),
      Map.entry("guinea", "a coin, a guinea pig"), Map.entry("japan", "a lacquer"),
      Map.entry("jersey", "a garment (Jersey is a Crown Dependency)"), Map.entry("morocco", "a leather"),
      Map.entry("muscat", "a grape"), Map.entry("polish", "to polish"), Map.entry("turkey", "the bird"),
      Map.entry("wellington", "a boot"));
  /** Every country, demonym and capital the five articles name, as they write it. */
  private static final List<String> IN_THE_ARTICLES = List.of("Kenya", "Canada", "Haiti", "United States", "U.S.",
      "US", "USA", "America", "Bahamas", "Benin", "Chad", "Bangladesh", "China", "Iran", "Ukraine", "Kenyan",
      "Canadian", "Haitian", "Ukrainian", "Nairobi", "Ottawa", "Port-au-Prince", "Washington");

  private static final Countries COUNTRIES = Countries.get();

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
  }

  private static List<String> found(String text) {
    return MentionFinder.find(text).stream().filter(m -> m.kind() == Kind.COUNTRY).map(m -> m.in(text)).toList();
  }

  private static List<String> people(String text) {
    return MentionFinder.find(text).stream().filter(m -> m.kind() == Kind.PERSON).map(m -> m.in(text)).toList();
  }

  @Test
  void everyLineHasSixColumnsOfCleanValues() throws IOException {
    for (String line : lines(CountriesFileGenerator.COUNTRIES)) {
      String[] columns = line.split("\t", -1);
      assertEquals(6, columns.length, line);
      assertTrue(columns[0].matches("[A-Z]{2}") && !columns[1].isBlank(), line);
      for (int i = 2; i < 6; i++) {
        for (String value : columns[i].isEmpty() ? new String[0] : columns[i].split("\\|", -1)) {
          assertTrue(!value.isBlank() && value.equals(value.strip()), "a blank or padded value in: " + line);
        }
      }
    }
  }

  @Test
  void everyIsoCodeHasOneLine() {
    assertEquals(Set.of(Locale.getISOCountries()),
        COUNTRIES.all().stream().map(Country::code).collect(Collectors.toSet()));
    assertEquals(Locale.getISOCountries().length, COUNTRIES.all().size());
  }

  @Test
  void theFileHoldsTheExtrasAsWrittenSoTheGeneratorHasRun() throws IOException {
    List<String> extras = Files.readAllLines(CountriesFileGenerator.EXTRAS, StandardCharsets.UTF_8);
    List<String> expected = withoutNames(CountriesFileGenerator.lines(extras).stream().filter(l -> !l.startsWith("#")));
    List<String> stale = new ArrayList<>(expected);
    stale.removeAll(withoutNames(lines(CountriesFileGenerator.COUNTRIES).stream()));

    assertEquals(List.of(), stale, "country-extras.tsv changed since countries.tsv was written: run the generator");
    assertEquals(expected.size(), COUNTRIES.all().size());
  }

  /** The lines without their CLDR name, which may differ by a letter between JDKs. */
  private static List<String> withoutNames(Stream<String> lines) {
    return lines.map(l -> l.replaceFirst("\t[^\t]*", "")).toList();
  }

  @Test
  void noWordStandsForTwoCountries() {
    Map<String, Set<String>> countriesOf = new TreeMap<>();
    for (Country country : COUNTRIES.all()) {
      for (String word : country.words()) {
        countriesOf.computeIfAbsent(Countries.fold(word), k -> new TreeSet<>()).add(country.code());
      }
    }
    countriesOf.values().removeIf(codes -> codes.size() == 1);

    assertEquals(Map.of(), countriesOf);
  }

  @Test
  void everyCountryLiesInARegionAndEveryRegionWordNamesOneOfThem() throws IOException {
    assertEquals(List.of("Caribbean", "Americas"), COUNTRIES.all().stream().filter(c -> c.code().equals("BS")).findFirst()
        .orElseThrow().regions());
    assertTrue(COUNTRIES.all().stream().allMatch(c -> !c.regions().isEmpty()), "CLDR places every territory");
    Set<String> regions = COUNTRIES.all().stream().flatMap(c -> c.regions().stream()).collect(Collectors.toSet());
    for (String word : List.of("Caribbean", "African", "west african", "South Asian", "asian", "Europe")) {
      assertTrue(regions.contains(COUNTRIES.region(word)), word + " -> " + COUNTRIES.region(word));
    }
    assertNull(COUNTRIES.region("American"), "the United States' demonym names no region");
    try (var in = Countries.class.getResourceAsStream("region-words.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          assertTrue(regions.contains(line.split("\t")[0]), "no country lies in the region of: " + line);
        }
      }
    }
  }

  @Test
  void aCountryLiesInTheRegionsThatHoldItWhateverWordNamesIt() {
    assertTrue(COUNTRIES.isIn("Benin", "Africa"));
    assertTrue(COUNTRIES.isIn("Beninese", "Western Africa"));
    assertTrue(COUNTRIES.isIn("Nassau", "Caribbean"));
    assertFalse(COUNTRIES.isIn("Bangladesh", "Caribbean"));
    assertFalse(COUNTRIES.isIn("Atlantis", "Caribbean"), "no country lies anywhere");
  }

  @Test
  void noNameReadInAnyCaseIsAnEnglishWordUnlessNoted() throws IOException {
    Set<String> english = Set.copyOf(Files.readAllLines(ENGLISH_WORDS, StandardCharsets.UTF_8));
    List<String> clashes = new ArrayList<>();
    for (Country country : COUNTRIES.all()) {
      country.words().stream().filter(w -> !Countries.isAcronym(w)).map(Countries::fold)
          .filter(english::contains).filter(w -> !NOTED.containsKey(w)).forEach(clashes::add);
    }
    assertEquals(List.of(), clashes);
    assertTrue(english.contains("us") && english.contains("male"), "the word list has the words it guards against");
    for (String noted : NOTED.keySet()) {
      assertTrue(COUNTRIES.canonical(noted) != null, noted + " is noted but no longer in the file");
    }
  }

  @Test
  void usThePronounIsNoCountryButUsTheAcronymIs() {
    assertEquals("united states", COUNTRIES.canonical("US"));
    assertEquals("united states", COUNTRIES.canonical("U.S."));
    assertEquals("united states", COUNTRIES.canonical("USA"));
    assertNull(COUNTRIES.canonical("us"));
    assertNull(COUNTRIES.canonical("Us"));
    assertFalse(COUNTRIES.isCountry("us"));
    assertEquals("kenya", COUNTRIES.canonical("KENYA"));
    assertEquals(List.of("US", "U.S."), found("Let us thank the US, and Us Weekly, and the U.S. for it."));
  }

  @Test
  void everyCountryTheArticlesNameResolves() throws IOException {
    String articles = String.join("\n", Checkout.corpus().articles().stream().map(Article::body).toList());
    for (String word : IN_THE_ARTICLES) {
      assertTrue(articles.contains(word), word + " is not in the articles");
      assertTrue(COUNTRIES.canonical(word) != null, word);
    }
    assertEquals("united states", COUNTRIES.canonical("United States"));
    assertEquals("bahamas", COUNTRIES.canonical("The Bahamas"));
    assertEquals("jamaica", COUNTRIES.canonical("Jamaica"));
  }

  @Test
  void capitalsAndDemonymsStandForTheirCountry() {
    assertEquals("canada", COUNTRIES.canonical("Ottawa"));
    assertEquals("kenya", COUNTRIES.canonical("Nairobi"));
    assertEquals("kenya", COUNTRIES.canonical("Kenyan"));
    assertEquals("united states", COUNTRIES.canonical("Washington"));
    assertEquals("united states", COUNTRIES.canonical("White House"), "the building news copy names a government by");
    assertEquals("russia", COUNTRIES.canonical("Kremlin"));
    assertEquals("united kingdom", COUNTRIES.canonical("Downing Street"));
    assertEquals("united states", COUNTRIES.canonical("American"));
    assertEquals("haiti", COUNTRIES.canonical("Port-au-Prince"));
    assertEquals("united kingdom", COUNTRIES.canonical("Britain"));
    assertEquals("congo - kinshasa", COUNTRIES.canonical("DRC"));
    assertEquals("côte d’ivoire", COUNTRIES.canonical("Cote d\u2019Ivoire"));
    assertEquals("türkiye", COUNTRIES.canonical("turkey"));
    assertTrue(COUNTRIES.isDemonym("South Korean"));
    assertFalse(COUNTRIES.isCountry("Kenyan"));
    assertNull(COUNTRIES.canonical("Caribbean"));
  }

  @Test
  void theMentionFinderFindsCountriesFromTheFile() {
    // Mongolia was found before, from the JDK's names; Turkey, the DRC and the two-island names were not
    assertEquals(List.of("Mongolia", "Turkey", "Democratic Republic of the Congo", "DRC", "Trinidad and Tobago"),
        found("Mongolia, Turkey, the Democratic Republic of the Congo (DRC) and Trinidad and Tobago signed."));
    assertEquals(List.of("Papua New Guinea"), found("Papua New Guinea voted."));
    assertEquals(List.of(), found("New Jersey and New Mexico are states."));
  }

  @Test
  void capitalsAndDemonymsAreNoCountryMentionsAndHideNoPerson() {
    assertEquals(List.of(), found("Ottawa and Nairobi agreed, and Kenyan officers left."));
    assertEquals(List.of("Victoria Nuland", "George Washington"),
        people("They quoted Victoria Nuland and George Washington on it."));
    assertEquals(List.of("Ukhnaa Khurelsukh"), people("It was signed by Mongolian President Ukhnaa Khurelsukh."));
  }
}
