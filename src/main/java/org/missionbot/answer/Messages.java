package org.missionbot.answer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.missionbot.search.Language;

/**
 * The texts the engine writes itself (the "don't say" reply, small talk, the lead's wording around a
 * figure) and its dates, in the asker's language, from {@code messages*.properties} (en, fr, ht).
 */
final class Messages {

  private Messages() {}

  /** The message, its {0}, {1} ... filled in. */
  static String get(Language language, String key, Object... args) {
    return language.format(bundle(language).getString(key), args);
  }

  /** A date as people of that language write it: "25 Jun 2024", "25 juin 2024", "25 jen 2024". */
  static String date(Language language, LocalDate date) {
    String months = bundle(language).getString("months");
    if (!months.isBlank()) {
      return date.getDayOfMonth() + " " + months.split(",")[date.getMonthValue() - 1] + " " + date.getYear();
    }
    return DateTimeFormatter.ofPattern(bundle(language).getString("day_format"), language.locale()).format(date);
  }

  /**
   * A date given in part, as people of that language write it: "juillet 2021" for a month of a year
   * (no day), "2 octobre" for a day of a month (no year); a whole date as {@link #date}.
   */
  static String date(Language language, Integer day, java.time.Month month, Integer year) {
    if (day != null && year != null) {
      return date(language, LocalDate.of(year, month, day));
    }
    String months = bundle(language).getString("months");
    String name = months.isBlank() ? month.getDisplayName(java.time.format.TextStyle.FULL, language.locale())
        : months.split(",")[month.getValue() - 1];
    return day != null ? day + " " + name : name + (year != null ? " " + year : "");
  }

  private static ResourceBundle bundle(Language language) {
    return language.bundle("org.missionbot.answer.messages");
  }
}
