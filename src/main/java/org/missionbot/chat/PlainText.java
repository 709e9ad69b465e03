package org.missionbot.chat;

import java.util.List;
import org.missionbot.answer.Answer;
import org.missionbot.answer.Citation;
import org.missionbot.answer.Quote;
import org.missionbot.corpus.Article;
import org.missionbot.search.Language;

/** Renders answers and the source list as plain text, for the console. */
public final class PlainText {

  /** How a terminal shows text: its width (0: lines are not wrapped) and whether it shows bold. */
  public record Style(int width, boolean bold) {

    /** Plain text, unwrapped: for pipes, files and {@code ask}. */
    public static final Style PLAIN = new Style(0, false);
    /** Narrower than this, wrapping does more harm than good. */
    static final int NARROWEST = 30;
  }

  /** An ANSI escape sequence, which takes no room on the screen. */
  private static final java.util.regex.Pattern ESCAPE = java.util.regex.Pattern.compile("\u001b\\[[0-9;]*m");

  private PlainText() {}

  /** The lead, then each quote in quotation marks followed by its numbered citation. */
  public static String answer(Answer answer) {
    return answer(answer, Style.PLAIN);
  }

  /**
   * {@link #answer(Answer)} for a terminal of the style: the words that answer in bold when it shows
   * bold, and every paragraph wrapped at word boundaries to its width (quotes and citations indented).
   */
  public static String answer(Answer answer, Style style) {
    StringBuilder out = new StringBuilder();
    if (!answer.lead().isEmpty()) {
      out.append(wrap(answer.lead(), style.width(), "")).append("\n");
    }
    List<Quote> quotes = answer.quotes();
    for (int i = 0; i < quotes.size(); i++) {
      Quote quote = quotes.get(i);
      String number = "[" + (i + 1) + "] ";
      String text = (style.bold() ? Markup.ANSI_BOLD : Markup.NONE).format(quote.text(), quote.highlights());
      out.append("\n").append(wrap(number + "\u201c" + text + "\u201d", style.width(), " ".repeat(number.length())))
          .append("\n").append(wrap("    \u2014 " + quote.citation().label(Language.ofCode(answer.language())),
              style.width(), "      ")).append("\n");
      if (quote.citation().link() != null) {
        out.append("      ").append(quote.citation().link()).append("\n");
      }
    }
    return out.toString();
  }

  /**
   * The text broken at spaces into lines of at most {@code width} visible characters (escape
   * sequences take no room), lines after the first starting with {@code indent}; a word longer than a
   * line stands alone. Width 0, or narrower than {@link Style#NARROWEST}, leaves the text as it is.
   */
  static String wrap(String text, int width, String indent) {
    if (width < Style.NARROWEST) {
      return text;
    }
    if (text.indexOf('\n') >= 0) { // each line of its own ("Reading that as: ..." above a lead)
      return String.join("\n", text.lines().map(line -> wrap(line, width, indent)).toList());
    }
    StringBuilder out = new StringBuilder();
    int used = 0;
    boolean lineStart = true;
    for (String word : text.split(" ", -1)) {
      String visible = ESCAPE.matcher(word).replaceAll("");
      int length = visible.codePointCount(0, visible.length());
      if (!lineStart && used + 1 + length > width) {
        out.append('\n').append(indent);
        used = indent.length();
      } else if (!lineStart) {
        out.append(' ');
        used++;
      }
      out.append(word);
      used += length;
      lineStart = false;
    }
    return out.toString();
  }

  /** One line per article: date, headline, outlet. */
  public static String sources(List<Article> articles) {
    return sources(articles, Language.ENGLISH);
  }

  /** {@link #sources(List)} with the dates in a language, aligned to the longest. */
  public static String sources(List<Article> articles, Language language) {
    List<String> dates = articles.stream().map(a -> Citation.of(a).date(language))
        .map(d -> d.isEmpty() ? Texts.get(language, "undated") : d).toList();
    int width = dates.stream().mapToInt(String::length).max().orElse(0);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < articles.size(); i++) {
      Article article = articles.get(i);
      out.append(dates.get(i)).append(" ".repeat(width - dates.get(i).length() + 2)).append(article.title());
      out.append(article.outlet() == null ? "" : " \u2014 " + article.outlet());
      String link = Citation.of(article).link();
      out.append(link == null ? "" : "  " + link).append("\n");
    }
    return out.toString();
  }
}
