package org.missionbot.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Finding the countries a text names, and where a country's name written in it ends. */
class CountryNamesTest {

  private static final CountryNames COUNTRY_NAMES = CountryNames.get();

  @Test
  void aTextNamesTheCountriesOfAnyOfTheirWordsTheLongestFirst() {
    assertEquals(Set.of("united kingdom", "china", "kenya"),
        COUNTRY_NAMES.namedIn("Who is the prime minister of the United Kingdom, and did china or Nairobi pay?"));
    assertEquals(Set.of("papua new guinea", "united states"), COUNTRY_NAMES.namedIn("Papua New Guinea thanked the U.S."));
    assertEquals(Set.of("south korea"), COUNTRY_NAMES.namedIn("South Korean officers"));
    assertEquals(Set.of("haiti", "kenya", "united states"), COUNTRY_NAMES.namedIn("Haiti's Kenya-led, U.S.-backed force"));
    assertEquals(Set.of("kenya", "guinea-bissau"), COUNTRY_NAMES.namedIn("the Kenyans and Guinea-Bissau"));
    assertEquals(Set.of("timor-leste", "haiti"), COUNTRY_NAMES.namedIn("Timor-Leste and Port-au-Prince"));
    assertEquals(Set.of(), COUNTRY_NAMES.namedIn("let us know what happened in the capital"));
  }

  /**
   * Where a name ends, as the alternation of every name (the longest first, not followed by a letter or
   * digit) that the code matched with before finds it: the same end at every word of the articles, the
   * test articles and the evaluation questions, and at every name in other cases, spacings and endings.
   */
  @Test
  void aNameEndsWhereTheAlternationOfAllNamesEndsIt() throws IOException {
    java.util.regex.Pattern alternation = java.util.regex.Pattern.compile(COUNTRY_NAMES.writtenNames().stream()
        .map(CountryNamesTest::asWritten).collect(Collectors.joining("|", "(?:", ")(?![\\p{L}\\p{N}])")));
    List<String> texts = new ArrayList<>();
    for (String folder : List.of("index/articles", "src/test/resources/corpus-extra", "src/test/resources/corpus-train-extra",
        "src/test/resources/eval")) {
      try (Stream<Path> files = Files.walk(Path.of(folder))) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          texts.add(Files.readString(file, StandardCharsets.UTF_8));
        }
      }
    }
    for (String name : COUNTRY_NAMES.writtenNames()) {
      texts.add(name + " " + name.toUpperCase(Locale.ROOT) + " " + name.toLowerCase(Locale.ROOT) + "n " + name + "'s "
          + name.replace(" ", "  ") + "-led " + name.replace("'", "\u2019") + "9 " + name.replace(" ", "\n") + ".");
    }
    texts.add("Nigerian Niger US us U.S.-backed u.s. Côte d’Ivoire CÔTE D'IVOIRE côte  d'ivoire Kenya2 Kenyaⅻ Kenya\u0301");
    int found = 0;
    int starts = 0;
    for (String text : texts) {
      for (int start = 0; start < text.length(); start++) {
        if (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1)) || !Character.isLetterOrDigit(text.charAt(start))) {
          continue;
        }
        java.util.regex.Matcher m = alternation.matcher(text).region(start, text.length());
        int expected = m.lookingAt() ? m.end() : -1;
        assertEquals(expected, COUNTRY_NAMES.nameEnd(text, start), () -> "at " + text.substring(0, Math.min(text.length(), 80)));
        found += expected >= 0 ? 1 : 0;
        starts++;
      }
    }
    assertTrue(found > 2_000 && starts > 50_000, found + " names at " + starts + " word starts");
  }

  /** A regex for a name as written: an acronym exactly, a name in any case. */
  private static String asWritten(String name) {
    String literal = name.codePoints().mapToObj(c -> Character.isLetterOrDigit(c) ? Character.toString(c)
        : Character.isWhitespace(c) ? "\\s+" : c == '\'' || c == '\u2019' ? "['\u2019]" : "\\" + Character.toString(c))
        .collect(Collectors.joining());
    return Countries.isAcronym(name) ? literal : "(?iu:" + literal + ")";
  }
}
