package org.missionbot.answer;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.missionbot.corpus.Article;
import org.missionbot.corpus.MentionFinder;
import org.missionbot.search.Language;

/**
 * A figure, a duration and a date as a lead writes them in the asker's language: the number and the
 * date are the quote's, the words around them come from the message bundle ("approximately $123
 * million" is "environ 123 millions de dollars").
 */
final class LocalForms {

  private LocalForms() {}

  /**
   * A figure as the mention finder gives it: a qualifier, then money ("$123 million", "80.5 million
   * dollars"), a share ("80%") or a count ("1,000"), or a count in words ("hundreds of thousands").
   */
  private static final Pattern FIGURE = Pattern.compile("(?i)((?:" + MentionFinder.QUALIFIERS + ") )?(?:((?:"
      + MentionFinder.CURRENCY + ")?\\s?\\$\\s?)?(" + MentionFinder.NUMBER + ")(?:\\s?(million|billion|thousand|bn|m)\\b)?"
      + "(\\s?%|\\s(?:US |Canadian |American )?dollars)?|(hundreds of thousands|thousands|hundreds|millions|dozens))");


  /** "July 2021", "October 2", "2 October 2022", "Oct. 15", "June 25, 2024": a month, maybe a day, maybe a year. */
  private static final Pattern PARTIAL_DATE = Pattern.compile("(?i)(?:(\\d{1,2})\\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct"
      + "|nov|dec)[a-z]*\\.?(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?(?:,?\\s+((?:19|20)\\d\\d))?");


  /** The unit of a duration and what follows it: "-year", " months", "-day-long". */
  private static final List<String> UNITS = List.of("year", "month", "week", "day", "hour", "decade");
  private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen");
  private static final Pattern DURATION_UNIT = Pattern.compile("(?i)[- ](year|month|week|day|hour|decade)s?(?:[- ]long)?$");


  /**
   * A duration as a length of time in the asker's language: "a 13-year mission" says "13 years" ("13
   * ans"), "a two-day trip" "2 days". A count it cannot read ("several") is left as the quote has it.
   */
  static String duration(String value, Language language) {
    Matcher m = DURATION_UNIT.matcher(value);
    if (!m.find()) {
      return value;
    }
    String said = value.substring(0, m.start()).toLowerCase(Locale.ROOT);
    int number = NUMBER_WORDS.indexOf(said);
    String count = number > 0 ? Integer.toString(number) : said.matches("[\\d,.]+") ? said : null;
    if (count == null) {
      return value;
    }
    int unit = UNITS.indexOf(m.group(1).toLowerCase(Locale.ROOT));
    String[] names = Messages.get(language, "duration_units").split(",")[unit].split("\\|");
    return count + " " + names[count.equals("1") ? 0 : 1];
  }


  /**
   * A figure as the quote gives it, in the asker's language: "approximately $123 million" is "environ
   * 123 millions de dollars", "up to 1,000" "jusqu'à 1 000", "over 80%" "plus de 80 %"; the words come
   * from the message bundle, the number is the quote's. As given when English, or when not read.
   */
  static String localFigure(String value, Language language) {
    Matcher m = FIGURE.matcher(value);
    if (language == Language.ENGLISH || !m.matches()) {
      return value;
    }
    String qualifier = m.group(1) == null ? "" : Messages.get(language, "figure_"
        + m.group(1).strip().toLowerCase(Locale.ROOT).replace(' ', '_')) + " ";
    if (m.group(6) != null) { // "hundreds of thousands"
      return qualifier + Messages.get(language, "figure_" + m.group(6).toLowerCase(Locale.ROOT).replace(' ', '_'));
    }
    String number = localNumber(m.group(3), language);
    String scale = m.group(4) == null ? "" : " " + Messages.get(language, "figure_" + m.group(4).toLowerCase(Locale.ROOT)
        .replaceAll("^(?:bn)$", "billion").replaceAll("^m$", "million"));
    if (m.group(2) != null || m.group(5) != null && !m.group(5).equals("%")) {
      return qualifier + Messages.get(language, scale.isEmpty() ? "figure_dollars" : "figure_dollars_scaled", number + scale);
    }
    return qualifier + number + scale + ("%".equals(m.group(5)) ? Messages.get(language, "figure_percent") : "");
  }

  /** A number with the asker's separators: "1,000" is "1 000" and "80.5" is "80,5" in French and Creole. */
  private static String localNumber(String number, Language language) {
    String groups = Messages.get(language, "figure_grouping");
    String decimal = Messages.get(language, "figure_decimal_point");
    return number.replace(",", "\u0000").replace(".", decimal).replace("\u0000", groups.equals("space") ? "\u00a0" : groups);
  }

  /** A date as the quote gives it, in the asker's language ("July 2021": "juillet 2021"); as given when not read. */
  static String localDate(String text, Language language) {
    Matcher m = PARTIAL_DATE.matcher(text);
    if (!m.matches()) {
      return text;
    }
    java.time.Month month = WrittenDates.month(m.group(2));
    String day = m.group(1) != null ? m.group(1) : m.group(3);
    Integer year = m.group(4) == null ? null : Integer.valueOf(m.group(4));
    if (day != null && Integer.parseInt(day) > month.maxLength()) {
      return text;
    }
    return Messages.date(language, day == null ? null : Integer.valueOf(day), month, year);
  }


  static String dateSuffix(Article article, Language language) {
    if (language == Language.ENGLISH || article.published() == null) {
      String date = Citation.of(article).date();
      return date.isEmpty() ? "" : " (" + date + ")";
    }
    return " (" + (article.approximateDate() ? "~" : "") + Messages.date(language, article.published()) + ")";
  }

}
