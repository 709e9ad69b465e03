package org.missionbot.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cuts an article into its passages: the sentences of its paragraphs and list items, not its headings. */
public final class Passages {

  private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:[-*\u2022]|\\d+[.)])\\s+");

  private Passages() {}

  /** Returns the article's passages in reading order. */
  public static List<Passage> of(Article article) {
    String body = article.body();
    List<Passage> passages = new ArrayList<>();
    String heading = "";
    int previous = -1;
    int lineStart = 0;
    while (lineStart < body.length()) {
      int lineEnd = body.indexOf('\n', lineStart);
      lineEnd = lineEnd < 0 ? body.length() : lineEnd;
      String line = body.substring(lineStart, lineEnd);
      if (line.startsWith("#")) {
        heading = line.replaceFirst("^#+\\s*", "").strip();
        previous = -1;
      } else if (!line.isBlank()) {
        previous = addParagraph(passages, article, lineStart + markerLength(line), lineEnd, heading, previous);
      }
      lineStart = lineEnd + 1;
    }
    return passages;
  }

  /** Adds a paragraph's sentences; returns where its last one starts, the next one's previous sentence. */
  private static int addParagraph(List<Passage> passages, Article article, int from, int to, String heading,
                                  int previous) {
    for (int[] span : SentenceSplitter.split(article.body(), from, to)) {
      passages.add(new Passage(article, passages.size(), span[0], span[1], heading, previous < 0 ? span[0] : previous));
      previous = span[0];
    }
    return previous;
  }

  /** Length of a list item's marker ("- ", "* ", "1. "), 0 for a plain paragraph. */
  private static int markerLength(String line) {
    Matcher matcher = LIST_MARKER.matcher(line);
    return matcher.find() ? matcher.end() : 0;
  }
}
