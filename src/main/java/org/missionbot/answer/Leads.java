package org.missionbot.answer;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.missionbot.corpus.Article;
import org.missionbot.corpus.Mention;
import org.missionbot.search.Question;
import org.missionbot.search.QuestionKind;

/**
 * Writes the lead line of an answer from its quotes: the figure, date or name the question asks for,
 * with the date of its source. When sources of different dates give different figures, it lists each,
 * newest first, and says they differ.
 */
final class Leads {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMM yyyy", Locale.ENGLISH);

  private static final java.util.regex.Pattern PLURAL =
      java.util.regex.Pattern.compile("(?i)\\b(?:countries|nations|states)\\b");

  /** "Who is X?": a question about a person it names. */
  private static final java.util.regex.Pattern DEFINITION = java.util.regex.Pattern.compile(
      "(?i)^\\W*who(?:'s| is| was| are| were)\\s+(?!the\\b|a\\b|an\\b|now\\b|currently\\b)(?!\\w+(?:ed|ing)\\b)");

  private static final java.util.regex.Pattern INCREMENT = java.util.regex.Pattern.compile(
      "(?i)\\b(?:additional|another|more|extra|further|new|increase of|top-up|boost of)\\b");

  private Leads() {}

  static String write(Question question, List<Evidence> evidence) {
    QuestionKind kind = question.kind();
    if (kind.wants() == null || evidence.isEmpty() || evidence.get(0).value() == null) {
      return "";
    }
    if (kind == QuestionKind.PERSON && DEFINITION.matcher(question.text()).find()) {
      return ""; // "Who is Monique Clesca?" is answered by the quotes, not by another name
    }
    if (!statesTheQuestion(question, evidence.get(0))) {
      return ""; // the sentence does not hold all that is asked: quotes alone beat a lead that may be wrong
    }
    return switch (kind.wants()) {
      case MONEY, SHARE, COUNT -> figures(evidence);
      case DATE -> date(evidence.get(0));
      case PERSON -> withDate(evidence.get(0).valueText(), evidence.get(0));
      case COUNTRY -> withDate(String.join(", ", shown(question, evidence.get(0)).stream()
          .map(m -> m.in(evidence.get(0).text())).distinct().toList()), evidence.get(0));
      default -> "";
    };
  }

  /** The mentions a quote shows as its answer: every country when countries are asked for, else the best mention. */
  static List<Mention> shown(Question question, Evidence evidence) {
    if (evidence.value() == null) {
      return List.of();
    }
    if (evidence.value().kind() != Mention.Kind.COUNTRY || !PLURAL.matcher(question.text()).find()) {
      return List.of(evidence.value());
    }
    return evidence.values().stream().sorted(java.util.Comparator.comparingInt(Mention::start)).toList();
  }

  /** The distinct figures of the evidence, newest first, one per source date. */
  static List<Evidence> distinctFigures(List<Evidence> evidence) {
    Map<String, Evidence> byValue = new LinkedHashMap<>();
    for (Evidence e : evidence) {
      if (e.value() != null) {
        byValue.putIfAbsent(e.valueKey(), e);
      }
    }
    List<Evidence> figures = new ArrayList<>(byValue.values());
    figures.sort((a, b) -> compareDates(published(b), published(a)));
    return figures;
  }

  /**
   * Whether the evidence's own text holds every word of the question the articles know, so that a
   * value drawn from it is about the thing asked ("the spouse of X" is not answered by a name near X).
   */
  private static boolean statesTheQuestion(Question question, Evidence evidence) {
    return question.concepts().stream().allMatch(c -> !c.known() ? false : evidence.hit().matched().contains(c));
  }

  /** Whether the figure is an increment ("an additional $60 million", "another 200 officers"), not a total. */
  static boolean isIncrement(Evidence evidence) {
    if (evidence.value() == null) {
      return false;
    }
    String before = evidence.text().substring(Math.max(0, evidence.value().start() - 24), evidence.value().start());
    return INCREMENT.matcher(before).find() || INCREMENT.matcher(evidence.valueText()).find();
  }

  private static String figures(List<Evidence> totals) {
    List<Evidence> evidence = totals.stream().filter(e -> !isIncrement(e)).toList();
    if (evidence.isEmpty()) {
      return "";
    }
    List<Evidence> figures = distinctFigures(evidence);
    boolean differ = figures.size() > 1 && figures.stream().map(Leads::published).distinct().count() > 1;
    if (!differ) {
      return withDate(evidence.get(0).valueText(), evidence.get(0));
    }
    List<String> parts = figures.stream().map(e -> e.valueText() + dateSuffix(e)).toList();
    boolean onePerDate = figures.stream().map(Leads::published).distinct().count() == figures.size();
    return (onePerDate ? "The articles give different figures over time, newest first: "
        : "The articles give different figures, newest first: ") + String.join("; ", parts) + ".";
  }

  /** The date as the quote gives it; a bare weekday ("on Tuesday") is resolved against the article's date. */
  private static String date(Evidence evidence) {
    String text = evidence.valueText();
    LocalDate published = published(evidence);
    for (DayOfWeek day : DayOfWeek.values()) {
      String name = day.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
      if (text.equals(name) && published != null && !article(evidence).approximateDate()) {
        return DAY.format(published.with(TemporalAdjusters.previousOrSame(day)));
      }
    }
    return withDate(text, evidence);
  }

  private static String withDate(String value, Evidence evidence) {
    return capitalise(value) + dateSuffix(evidence);
  }

  private static String dateSuffix(Evidence evidence) {
    String date = Citation.of(article(evidence)).date();
    return date.isEmpty() ? "" : " (" + date + ")";
  }

  private static String capitalise(String value) {
    return value.isEmpty() ? value : Character.toUpperCase(value.charAt(0)) + value.substring(1);
  }

  private static Article article(Evidence evidence) {
    return evidence.hit().passage().article();
  }

  private static LocalDate published(Evidence evidence) {
    return article(evidence).published();
  }

  private static int compareDates(LocalDate a, LocalDate b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    return a.compareTo(b);
  }

  static boolean isFigure(Mention.Kind kind) {
    return kind == Mention.Kind.MONEY || kind == Mention.Kind.SHARE || kind == Mention.Kind.COUNT;
  }
}
