package org.missionbot.corpus;

import com.ibm.icu.util.Region;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.VersionInfo;
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

/**
 * The program that writes {@code countries.tsv}: every ISO 3166 country code with its English name from
 * the JDK's CLDR locale data, merged with the hand-written {@code country-extras.tsv}, and the regions
 * that hold it from CLDR's territory containment as ICU4J (a test dependency) reads it. Run it from
 * the project root after editing the extras, and commit both files:
 * {@code java -cp ~/.m2/repository/com/ibm/icu/icu4j/76.1/icu4j-76.1.jar src/test/java/org/missionbot/corpus/CountriesFileGenerator.java}
 */
public final class CountriesFileGenerator {

  static final Path FOLDER = Path.of("src", "main", "resources", "org", "missionbot", "corpus");
  static final Path EXTRAS = FOLDER.resolve("country-extras.tsv");
  static final Path COUNTRIES = FOLDER.resolve("countries.tsv");

  private CountriesFileGenerator() {}

  public static void main(String[] args) throws IOException {
    List<String> extras = Files.readAllLines(EXTRAS, StandardCharsets.UTF_8);
    Files.write(COUNTRIES, lines(extras), StandardCharsets.UTF_8);
  }

  /** The lines of countries.tsv, header first, for the extras file's lines. */
  static List<String> lines(List<String> extras) {
    Map<String, String> extraOf = extrasByCode(extras);
    List<String> lines = new ArrayList<>(List.of(
        "# Countries: every ISO 3166 code with its English name from the JDK's CLDR locale data (Java "
            + Runtime.version() + "), and what country-extras.tsv adds for a sovereign country.",
        "# Written by src/test/java/org/missionbot/corpus/CountriesFileGenerator.java: edit country-extras.tsv,"
            + " not this file, and run it again.",
        "# Columns, tab-separated: code, name, aliases, demonyms, capitals, regions (CLDR's territory containment,"
            + " read through ICU4J " + VersionInfo.ICU_VERSION + ", the smallest first); a column's values are separated by |."));
    for (String code : Locale.getISOCountries()) {
      String name = Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
      lines.add(code + "\t" + name + "\t" + extraOf.getOrDefault(code, "\t\t") + "\t" + String.join("|", regions(code)));
    }
    return lines;
  }

  /** The regions that hold a country, the smallest first, without the world: "Caribbean", "Americas". */
  static List<String> regions(String code) {
    List<String> regions = new ArrayList<>();
    Region region;
    try {
      region = Region.getInstance(code);
    } catch (IllegalArgumentException unknown) {
      return regions;
    }
    for (Region r = region.getContainingRegion(); r != null && r.getContainingRegion() != null; r = r.getContainingRegion()) {
      regions.add(new ULocale("und_" + r).getDisplayCountry(ULocale.ENGLISH));
    }
    return regions;
  }

  /** The extras' aliases, demonyms and capitals columns (tab-joined) by code; rejects a code twice or not ISO. */
  private static Map<String, String> extrasByCode(List<String> extras) {
    Set<String> iso = Set.of(Locale.getISOCountries());
    Map<String, String> byCode = new TreeMap<>();
    for (String line : extras) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\t", -1);
      if (columns.length != 4 || !iso.contains(columns[0]) || byCode.containsKey(columns[0])) {
        throw new IllegalArgumentException("not a 4-column line of a new ISO 3166 code: " + line);
      }
      byCode.put(columns[0], String.join("\t", columns[1], columns[2], columns[3]));
    }
    return byCode;
  }
}
