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

  private Leads() {}

  static String write(Question question, List<Evidence> evidence) {
    QuestionKind kind = question.kind();
    if (kind.wants() == null || evidence.isEmpty() || evidence.get(0).value() == null) {
      return "";
    }
    return switch (kind.wants()) {
      case MONEY, SHARE, COUNT -> figures(evidence);
      case DATE -> withDate(date(evidence.get(0)), evidence.get(0));
      case PERSON, COUNTRY -> withDate(evidence.get(0).valueText(), evidence.get(0));
      default -> "";
    };
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

  private static String figures(List<Evidence> evidence) {
    List<Evidence> figures = distinctFigures(evidence);
    boolean differ = figures.size() > 1 && figures.stream().map(Leads::published).distinct().count() > 1;
    if (!differ) {
      return withDate(evidence.get(0).valueText(), evidence.get(0));
    }
    List<String> parts = figures.stream().map(e -> e.valueText() + dateSuffix(e)).toList();
    return "The articles give different figures over time: " + String.join("; ", parts) + ".";
  }

  private static String date(Evidence evidence) {
    String text = evidence.valueText();
    LocalDate published = published(evidence);
    for (DayOfWeek day : DayOfWeek.values()) {
      String name = day.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
      if (text.equals(name) && published != null && !article(evidence).approximateDate()) {
        return DAY.format(published.with(TemporalAdjusters.previousOrSame(day)));
      }
    }
    return text;
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
