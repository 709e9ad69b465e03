package org.missionbot.chat;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.missionbot.answer.Span;

/**
 * How a channel marks the words of a quote that answer, the way Lucene's {@code DefaultPassageFormatter}
 * takes its tags and an escaper: one walk over the highlights for every channel, each with its own tags
 * and escaping. Highlights are taken in order; one overlapping those before it keeps only its new part,
 * and spaces at a highlight's edges stay outside its tags (Slack's bold needs that, and no channel shows
 * a bold space).
 *
 * @param open what starts a highlight ({@code <b>}, {@code *})
 * @param close what ends it
 * @param escape what the channel needs done to the text around and inside the tags
 */
public record Markup(String open, String close, UnaryOperator<String> escape) {

  /** Bold on an ANSI terminal; text as it is. */
  public static final Markup ANSI_BOLD = new Markup("\u001b[1m", "\u001b[22m", UnaryOperator.identity());
  /** No highlight at all: the text as it is. */
  public static final Markup NONE = new Markup("", "", UnaryOperator.identity());

  public Markup {
    Objects.requireNonNull(open, "open");
    Objects.requireNonNull(close, "close");
    Objects.requireNonNull(escape, "escape");
  }

  /** The text, escaped, its highlights between the tags. */
  public String format(String text, List<Span> highlights) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    int at = 0;
    for (Span span : highlights) {
      int start = Math.max(span.start(), at);
      int end = Math.min(span.end(), text.length());
      while (start < end && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      if (start < end) {
        out.append(escape.apply(text.substring(at, start))).append(open)
            .append(escape.apply(text.substring(start, end))).append(close);
        at = end;
      }
    }
    return out.append(escape.apply(text.substring(at))).toString();
  }
}
