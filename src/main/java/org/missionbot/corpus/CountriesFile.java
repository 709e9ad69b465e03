package org.missionbot.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.missionbot.corpus.Countries.Country;

/**
 * The countries file ({@code countries.tsv}: code, name, aliases, demonyms, capitals and regions a
 * line) and the region words file ({@code region-words.tsv}) read into {@link Countries}. Public only
 * so that the index's version can digest it: what it reads decides which words are COUNTRY mentions.
 */
public final class CountriesFile {

  private CountriesFile() {}

  /** The countries of the files beside {@link Countries}. */
  static Countries load() {
    return parse(resource("countries.tsv"), resource("region-words.tsv"));
  }

  /**
   * Reads a countries file's lines; rejects a line without its five columns (a sixth, the regions, may
   * follow), a name or alias that opens with neither a letter nor a digit, and a word given to two countries.
   */
  static Countries parse(List<String> lines) {
    return parse(lines, List.of());
  }

  /** Reads a countries file's lines and a region words file's ("Africa", then "African|African"). */
  static Countries parse(List<String> lines, List<String> regionLines) {
    return new Countries(countries(lines), regions(regionLines));
  }

  private static List<Country> countries(List<String> lines) {
    List<Country> all = new ArrayList<>();
    for (String line : rows(lines)) {
      String[] c = line.split("\t", -1);
      if (c.length < 5 || c.length > 6 || c[1].isBlank()) {
        throw new IllegalArgumentException("not a country line of 5 or 6 columns: " + line);
      }
      Country country = new Country(c[0], c[1], values(c[2]), values(c[3]), values(c[4]), c.length > 5 ? values(c[5]) : List.of());
      for (String name : country.names()) {
        if (!Character.isLetterOrDigit(name.codePointAt(0))) { // names are found by their first letter
          throw new IllegalArgumentException("a name must start with a letter or digit: \"" + name + "\"");
        }
      }
      all.add(country);
    }
    return all;
  }

  /** Each word that names a region, folded, to the region's name; rejects a word given to two regions. */
  private static Map<String, String> regions(List<String> regionLines) {
    Map<String, String> regionOf = new HashMap<>();
    for (String line : rows(regionLines)) {
      String[] c = line.split("\t", -1);
      if (c.length != 2) {
        throw new IllegalArgumentException("not a region line of 2 columns: " + line);
      }
      for (String word : Stream.concat(Stream.of(c[0]), values(c[1]).stream()).toList()) {
        String before = regionOf.putIfAbsent(Countries.fold(word), c[0]);
        if (before != null && !before.equals(c[0])) {
          throw new IllegalArgumentException("\"" + word + "\" stands for both " + before + " and " + c[0]);
        }
      }
    }
    return regionOf;
  }

  /** A file's lines without its blank lines and comments. */
  private static List<String> rows(List<String> lines) {
    return lines.stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
  }

  private static List<String> values(String column) {
    return column.isBlank() ? List.of() : List.of(column.split("\\|"));
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
