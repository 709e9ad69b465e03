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

  private static ResourceBundle bundle(Language language) {
    return language.bundle("org.missionbot.answer.messages");
  }
}
