package org.missionbot.search;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

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

  /**
   * A resource bundle of texts in this language ({@code baseName}.properties being English); never
   * the JVM's default locale.
   */
  public ResourceBundle bundle(String baseName) {
    return ResourceBundle.getBundle(baseName, locale(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** A text of a bundle with its {0}, {1} ... filled in, as this language writes numbers; as it is without arguments. */
  public String format(String pattern, Object... args) {
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
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
