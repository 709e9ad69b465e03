package org.missionbot.answer;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.missionbot.search.Hit;

/**
 * When a question is about: now ("latest", "currently", "still"), a stretch of time ("in September
 * 2025", "in 2022"), or a change over time ("how has the pledge changed"). Every passage knows its
 * article's date, so hits can be kept to the stretch asked about and the newest put first.
 *
 * @param year the year the question is restricted to, or 0
 * @param month the month within that year, or null for the whole year
 * @param latest whether the question asks about the present, which the newest article answers best
 * @param overTime whether it asks how something changed, which the figures over time answer, newest first
 */
record TimeFrame(int year, Month month, boolean latest, boolean overTime) {

  private static final Pattern LATEST = Pattern.compile("(?i)\\b(?:now|nowadays|current|currently|latest|still"
      + "|today|these days|right now|at present|presently|recent|recently|newest|most recent|anymore|as of now)\\b");
  private static final Pattern OVER_TIME = Pattern.compile("(?i)\\b(?:chang\\w*|evolv\\w*|grow\\w*|grew|grown"
      + "|increas\\w*|decreas\\w*|ris(?:e|en)|rose|went up|gone up|fell|over time|over the years|trend|compare\\w*)\\b");
  /** "in 2022", "during September 2025", "as of March 2024", "sept 2025": a month name or none, then a year. */
  private static final Pattern STRETCH = Pattern.compile("(?i)\\b(?:(?:in|during|as of|by|around|of|for)\\s+)?"
      + "(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+)?((?:19|20)\\d\\d)\\b");
  /**
   * "when will", "when is it supposed to", "when are they going to", and "when the mission will end" as
   * a French or Creole question reads in English: a question about what is still to come.
   */
  private static final Pattern FUTURE = Pattern.compile("(?i)\\bwhen\\b(?:.{0,40}?\\b(?:will|shall)\\b|\\s+(?:is|are)\\b"
      + ".{0,60}?\\b(?:going|supposed|expected|due|set|scheduled|planned|meant)\\s+to\\b)");
  private static final Pattern ASKS_WHEN = Pattern.compile("(?i)^\\W*(?:when|what (?:year|date|month)|which (?:year|date|month))\\b");

  static TimeFrame of(String question) {
    Matcher m = stretch(question);
    return new TimeFrame(m == null ? 0 : Integer.parseInt(m.group(2)), m == null || m.group(1) == null ? null
        : month(m.group(1)), LATEST.matcher(question).find(), OVER_TIME.matcher(question).find());
  }

  /**
   * The question without the stretch of time it is restricted to ("in March 2024"): the restriction
   * takes care of it, so its words are not asked of a passage's text as well.
   */
  static String withoutStretch(String question) {
    Matcher m = stretch(question);
    return m == null ? question : question.substring(0, m.start()) + " ".repeat(m.end() - m.start())
        + question.substring(m.end());
  }

  /** Whether a word only says "now" ("current", "latest"): it asks for the newest article, not for a word of it. */
  static boolean isNow(String word) {
    return LATEST.matcher(word).matches();
  }

  /** Whether the question asks when something is still to happen ("when will the mission end?"). */
  static boolean asksFuture(String question) {
    return FUTURE.matcher(question).find();
  }

  /** The first stretch of time the question is restricted to, or null: a month or a preposition, then a year. */
  private static Matcher stretch(String question) {
    if (ASKS_WHEN.matcher(question).find()) {
      return null;
    }
    Matcher m = STRETCH.matcher(question);
    while (m.find()) {
      if (m.group(1) != null || !m.group().startsWith(m.group(2))) {
        return m;
      }
    }
    return null;
  }

  /** The hits from the stretch asked about: published in it, or saying it ("in October 2022"). All when none is asked. */
  List<Hit> restrict(List<Hit> hits) {
    if (year == 0) {
      return hits;
    }
    return hits.stream().filter(h -> publishedIn(h.passage().article().published()) || says(h.quoteText())).toList();
  }

  /** Whether the answer should list its quotes newest first. */
  boolean newestFirst() {
    return latest || overTime;
  }

  /** The evidence newest first (undated last, ties by score), when the question asks for that; else as it was. */
  List<Evidence> order(List<Evidence> evidence) {
    if (!newestFirst()) {
      return evidence;
    }
    Comparator<Evidence> byDate = Comparator.comparing((Evidence e) -> e.hit().passage().article().published(),
        Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder())).reversed();
    return evidence.stream().sorted(byDate.thenComparing(e -> -e.hit().score())).toList();
  }

  private boolean publishedIn(LocalDate date) {
    return date != null && date.getYear() == year && (month == null || date.getMonth() == month);
  }

  private boolean says(String text) {
    if (!text.contains(Integer.toString(year))) {
      return false;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    return month == null || lower.contains(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT))
        || lower.contains(month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT) + ".");
  }

  private static Month month(String prefix) {
    String p = prefix.toLowerCase(Locale.ROOT);
    for (Month m : Month.values()) {
      if (m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT).startsWith(p)) {
        return m;
      }
    }
    throw new IllegalArgumentException("not a month: " + prefix);
  }
}
