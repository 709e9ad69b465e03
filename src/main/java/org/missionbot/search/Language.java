package org.missionbot.search;

import java.util.Locale;

/** A language the bot reads questions in and replies in; the articles stay in English. */
public enum Language {
  ENGLISH("en"), FRENCH("fr"), CREOLE("ht");

  private final String code;

  Language(String code) {
    this.code = code;
  }

  /** Its ISO 639-1 code: "en", "fr", "ht". */
  public String code() {
    return code;
  }

  /** The locale of its messages and dates. */
  public Locale locale() {
    return Locale.of(code);
  }

  /** The language of an ISO code or a locale tag ("fr", "fr-CA", "ht"), or null for any other. */
  public static Language ofCode(String tag) {
    if (tag == null || tag.isBlank()) {
      return null;
    }
    String code = tag.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
    for (Language l : values()) {
      if (l.code.equals(code)) {
        return l;
      }
    }
    return null;
  }
}
