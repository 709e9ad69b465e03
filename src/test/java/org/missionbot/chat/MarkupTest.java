package org.missionbot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionbot.answer.Span;

/** One walk over the highlights, each channel's tags and escaping: exact strings. */
class MarkupTest {

  private static final String TEXT = "Canada <pledged> $123 million & Kenya 1,000 officers.";
  /** "$123 million" with a space before it, "& Kenya" overlapping it, and "officers" at the end. */
  private static final List<Span> SPANS = List.of(new Span(16, 29), new Span(27, 37), new Span(44, 52));
  private static final Markup HTML = new Markup("<b>", "</b>",
      s -> s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
  private static final Markup MRKDWN = new Markup("*", "*",
      s -> s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));

  @Test
  void telegramHtmlEscapesTextAndTagsTheHighlights() {
    assertEquals("Canada &lt;pledged&gt; <b>$123 million</b> <b>&amp; Kenya</b> 1,000 <b>officers</b>.",
        HTML.format(TEXT, SPANS));
  }

  @Test
  void slackMrkdwnKeepsSpacesOutsideItsStars() {
    assertEquals("Canada &lt;pledged&gt; *$123 million* *&amp; Kenya* 1,000 *officers*.", MRKDWN.format(TEXT, SPANS));
  }

  @Test
  void theTerminalBoldsWithAnsiAndEscapesNothing() {
    assertEquals("Canada <pledged> \u001b[1m$123 million\u001b[22m \u001b[1m& Kenya\u001b[22m 1,000 "
        + "\u001b[1mofficers\u001b[22m.", Markup.ANSI_BOLD.format(TEXT, SPANS));
    assertEquals(TEXT, Markup.NONE.format(TEXT, SPANS));
  }

  @Test
  void aHighlightOfOnlySpacesOrPastTheTextIsLeftOut() {
    assertEquals("a  b", HTML.format("a  b", List.of(new Span(1, 3))));
    assertEquals("<b>ab</b>", HTML.format("ab", List.of(new Span(0, 9))));
  }
}
