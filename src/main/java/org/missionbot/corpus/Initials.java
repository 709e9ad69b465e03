package org.missionbot.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The initials a name is written as for short: "HNP" for the Haitian National Police, "UNGA" for the
 * UN General Assembly (an acronym inside a name stays whole), "AP" for the Associated Press. Indexed
 * beside the text, they let a question that writes the short form find the long one.
 */
public final class Initials {

  /** Words a name's initials leave out ("Organization of American States": OAS). */
  private static final Set<String> LEFT_OUT = Set.of("of", "the", "and", "for", "de", "du", "des", "la", "le", "&");
  /** Initials that read as a common word are no name's: "IN", "AT", "IS". */
  private static final Set<String> WORDS = Set.of("a", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is",
      "it", "me", "my", "no", "of", "on", "or", "so", "to", "up", "us", "we", "am", "hi", "ok", "oh");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\d'\u2019&-]+");
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,}");

  private Initials() {}

  /** The initials of the names of bodies and things in a text ("Haitian National Police": HNP), each once. */
  public static List<String> inText(String text) {
    List<String> found = new ArrayList<>();
    for (Mention m : MentionFinder.find(text)) {
      if (m.kind() == Mention.Kind.NAME) {
        String initials = of(m.in(text));
        if (initials != null && !found.contains(initials)) {
          found.add(initials);
        }
      }
    }
    return found;
  }

  /** The initials of the article's outlet ("AP" for the Associated Press), or "" when it has none. */
  public static String ofOutlet(Article article) {
    String initials = article.outlet() == null ? null : of(article.outlet());
    return initials == null ? "" : initials;
  }

  /**
   * The initials of a name of two capitalised words or more, an acronym among them kept whole; null
   * for a name of one word, a word in lower case, or initials that read as a common word.
   */
  public static String of(String name) {
    StringBuilder initials = new StringBuilder();
    int words = 0;
    Matcher word = WORD.matcher(name);
    while (word.find()) {
      String w = word.group();
      if (LEFT_OUT.contains(w.toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (!Character.isUpperCase(w.charAt(0))) {
        return null;
      }
      initials.append(ACRONYM.matcher(w).matches() ? w : w.substring(0, 1));
      words++;
    }
    String result = initials.toString();
    return words >= 2 && !WORDS.contains(result.toLowerCase(Locale.ROOT)) ? result : null;
  }
}
