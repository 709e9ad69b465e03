package org.missionbot.chat;

import java.util.Arrays;
import java.util.List;
import org.missionbot.search.Language;

/**
 * What the chat channels write themselves (the greeting, help, about, example questions, notices and
 * headings), in the person's language, from {@code texts*.properties} (en, fr, ht). The answers' own
 * wording comes from the answer engine's messages; quotes stay as the articles wrote them.
 */
public final class Texts {

  private Texts() {}

  /** The text for a key, its {0}, {1} ... filled in; English when the language is null. */
  public static String get(Language language, String key, Object... args) {
    Language in = language == null ? Language.ENGLISH : language;
    return in.format(in.bundle("org.missionbot.chat.texts").getString(key), args);
  }

  /** The example questions offered to a newcomer, in that language: each one the articles answer. */
  public static List<String> examples(Language language) {
    return Arrays.stream(get(language, "examples").split("\\|")).map(String::strip).toList();
  }
}
