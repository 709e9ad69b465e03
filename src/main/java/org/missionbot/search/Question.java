package org.missionbot.search;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.missionbot.corpus.CountryNames;

/**
 * A question as the searcher understood it.
 *
 * @param text the question as asked
 * @param kinds what it asks for, strongest first
 * @param concepts its content words; empty when it has none (only stop words, numbers or symbols)
 * @param meaning the text with its misspelt words corrected, which the embedding model and the answer's checks
 *     (who holds a figure, which role, what is counted) read
 * @param countries the countries it names in any of their words, as {@link CountryNames#namedIn} reads them
 */
public record Question(String text, List<QuestionKind> kinds, List<Concept> concepts, String meaning,
    Set<String> countries) {

  /** Countries asked for, not one country: "which countries", "what nations" ("countrys" too; not the United ones). */
  private static final Pattern COUNTRIES_ASKED =
      Pattern.compile("(?i)\\b(?<!united[\\s-]{1,3})(?:countr\\w*s|nations|states)\\b");

  public Question {
    countries = Set.copyOf(countries);
  }

  /** A question read as typed, with nothing to correct. */
  public Question(String text, List<QuestionKind> kinds, List<Concept> concepts) {
    this(text, kinds, concepts, text);
  }

  /** A question with the countries its text names. */
  public Question(String text, List<QuestionKind> kinds, List<Concept> concepts, String meaning) {
    this(text, kinds, concepts, meaning, CountryNames.get().namedIn(text));
  }

  /** The sum of the concepts' weights. */
  public double weight() {
    return concepts.stream().mapToDouble(Concept::weight).sum();
  }

  /** The concepts no passage holds, even after spelling correction. */
  public List<Concept> unknown() {
    return concepts.stream().filter(c -> !c.known()).toList();
  }

  /** Whether it asks for a kind of mention in particular (an amount for "how much"), which a passage holds or not. */
  public boolean wantsSomething() {
    return kinds.stream().anyMatch(k -> k.wants() != null);
  }

  /** Whether it asks for countries, not one country ("which countries", "what nations"). */
  public boolean asksCountries() {
    return COUNTRIES_ASKED.matcher(meaning).find();
  }

  /** The first kind, the one that steers the lead answer. */
  public QuestionKind kind() {
    return kinds.get(0);
  }
}
