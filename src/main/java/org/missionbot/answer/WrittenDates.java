package org.missionbot.answer;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.missionbot.corpus.Article;
import org.missionbot.corpus.Mention;

/**
 * Dates as the articles' sentences write them: the last day a whole date can mean, the day a bare
 * weekday means from its article's date, the months a month's name or a part of a year stands for,
 * and a clause that says what something to come waits on.
 */
final class WrittenDates {

  /** A whole date as a sentence gives it: "September 22, 2025", "22 September 2025", "July 2023", "2021". */
  static final Pattern WHOLE_DATE = Pattern.compile("(?i)(?:\\b(\\d{1,2})\\s+)?(?:\\b" + TimeFrame.MONTH
      + "\\s+(?:(\\d{1,2})(?:st|nd|rd|th)?,?\\s+)?)?\\b" + TimeFrame.YEAR + "\\b");
  /** The weekdays by their English names, in lower case. */
  private static final Map<String, DayOfWeek> WEEKDAYS = Arrays.stream(DayOfWeek.values())
      .collect(Collectors.toMap(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), d -> d));
  /** How far before a weekday its clause's "will" may stand ("will spend Friday", "will then travel on Friday"). */
  private static final int WILL_REACH = 24;
  /** A future tense in the words before a weekday, with no clause's end between. */
  private static final Pattern WILL_BEFORE =
      Pattern.compile("(?i)\\b(?:will|shall|'ll|\u2019ll|is to|are to|set to|due to)\\b[^.;:,]*$");

  private WrittenDates() {}

  /**
   * The last day a date can mean ("July 2023": 31 July 2023; "2021": 31 December 2021; "September 22,
   * 2025": that day), or null when it names no year ("Tuesday", "October 2").
   */
  static LocalDate lastDay(String date) {
    Matcher m = WHOLE_DATE.matcher(date);
    if (!m.find()) {
      return null;
    }
    int year = Integer.parseInt(m.group(4));
    LocalDate last = lastDay(m.group(2), year);
    String day = m.group(3) != null ? m.group(3) : m.group(1);
    return m.group(2) != null && day != null && Integer.parseInt(day) <= last.getDayOfMonth()
        ? last.withDayOfMonth(Integer.parseInt(day)) : last;
  }

  /**
   * The day a bare weekday of a news sentence means ("announced plans Thursday"): the last such day up
   * to its article's date, or the next from it when the sentence says what will happen then ("he will
   * spend Friday in Montreal"). Null when the mention is no bare weekday or the article is undated.
   *
   * @param text the sentence
   * @param start where the weekday starts in it
   * @param end where it ends
   */
  static LocalDate weekday(String text, int start, int end, LocalDate published) {
    DayOfWeek day = WEEKDAYS.get(text.substring(start, end).toLowerCase(Locale.ROOT));
    if (day == null || published == null) {
      return null;
    }
    boolean future = WILL_BEFORE.matcher(text.substring(Math.max(0, start - WILL_REACH), start)).find();
    return published.with(future ? TemporalAdjusters.nextOrSame(day) : TemporalAdjusters.previousOrSame(day));
  }

  /**
   * A clause that says what something to come waits on: a conjunction of time, then a present tense
   * ("once a viable administration is established", "as soon as funding has arrived").
   */
  private static final Pattern CONDITION = Pattern.compile("(?i)\\b(?:once|as soon as|when|after|until|by the time)\\s+"
      + "(?:[\\p{L}'\u2019-]+\\s+){0,6}?(?:is|are|has|have)\\b");

  /** Whether a sentence says what something to come waits on, which answers "when will ...?" without a date. */
  static boolean setsCondition(String text) {
    return CONDITION.matcher(text).find();
  }

  /**
   * The day a bare weekday mention of a sentence means, as {@link #weekday} reads it, or null when the
   * mention is none or its article's date is only inferred ("c. 28 Oct 2022": no weekday counts from it).
   */
  static LocalDate weekday(String text, Mention mention, Article article) {
    return article.approximateDate() ? null : weekday(text, mention.start(), mention.end(), article.published());
  }

  /** The first day of the month (or part) of the year, or of the year when neither is named. */
  static LocalDate firstDay(String month, int year) {
    return month == null ? LocalDate.of(year, 1, 1) : LocalDate.of(year, months(month)[0], 1);
  }

  /** The last day of the month (or part) of the year, or of the year when neither is named. */
  static LocalDate lastDay(String month, int year) {
    return month == null ? LocalDate.of(year, 12, 31) : YearMonth.of(year, months(month)[1]).atEndOfMonth();
  }

  /**
   * The first and last months that a month's name stands for (itself twice) or a part of a year ("late":
   * September to December, "fall": September to November). A year's thirds are its early, mid and late
   * parts; the seasons are the northern ones, as the articles' places have them.
   */
  private static Month[] months(String words) {
    String w = words.toLowerCase(Locale.ROOT).replaceFirst("^the ", "").replaceFirst(" of$", "");
    return switch (w) {
      case "early", "start", "beginning" -> new Month[] {Month.JANUARY, Month.APRIL};
      case "mid", "middle" -> new Month[] {Month.MAY, Month.AUGUST};
      case "late", "end" -> new Month[] {Month.SEPTEMBER, Month.DECEMBER};
      case "spring" -> new Month[] {Month.MARCH, Month.MAY};
      case "summer" -> new Month[] {Month.JUNE, Month.AUGUST};
      case "fall", "autumn" -> new Month[] {Month.SEPTEMBER, Month.NOVEMBER};
      default -> new Month[] {month(words), month(words)};
    };
  }

  /** The month a name or its first letters stand for ("sept", "June"). */
  static Month month(String prefix) {
    String p = prefix.toLowerCase(Locale.ROOT);
    for (Month m : Month.values()) {
      if (m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT).startsWith(p)) {
        return m;
      }
    }
    throw new IllegalArgumentException("not a month: " + prefix);
  }
}
