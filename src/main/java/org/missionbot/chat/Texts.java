package org.missionbot.chat;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;
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
    String pattern = bundle(in).getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, in.locale()).format(args);
  }

  /** The example questions offered to a newcomer, in that language: each one the articles answer. */
  public static List<String> examples(Language language) {
    return Arrays.stream(get(language, "examples").split("\\|")).map(String::strip).toList();
  }

  private static ResourceBundle bundle(Language language) {
    // the English file is the base; never the JVM's default locale
    return ResourceBundle.getBundle("org.missionbot.chat.texts", language.locale(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
