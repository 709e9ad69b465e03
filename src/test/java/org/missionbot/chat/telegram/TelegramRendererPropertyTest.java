package org.missionbot.chat.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.missionbot.BadInput;
import org.missionbot.answer.Answer;
import org.missionbot.answer.Citation;
import org.missionbot.answer.Quote;
import org.missionbot.answer.RandomAnswers;
import org.missionbot.answer.Span;

/**
 * Property: whatever an answer holds, every Telegram message rendered from it is at most 4096 chars,
 * has only the tags the renderer writes, balanced and nested, and has its text escaped (no stray
 * {@code < >}, every {@code &} an entity). Seeded random answers with 100 KB texts among them.
 */
class TelegramRendererPropertyTest {

  private static final Pattern TAG = Pattern.compile("<(/?)(b|blockquote|a)(?: href=\"[^\"<>]*\")?>");
  private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|quot);");

  @Test
  void everyMessageFitsAndIsWellFormedHtml() {
    RandomAnswers answers = new RandomAnswers(0x5eed_0201L);
    for (int i = 0; i < 1_500; i++) {
      Answer answer = answers.next();
      List<String> messages = TelegramRenderer.answer(answer);
      assertFalse(messages.isEmpty(), () -> "no message for " + BadInput.show(answer.toString()));
      messages.forEach(TelegramRendererPropertyTest::assertWellFormed);
    }
  }

  @Test
  void inlineChoicesAndPlainTextAreWellFormedToo() {
    RandomAnswers answers = new RandomAnswers(0x5eed_0202L);
    for (int i = 0; i < 1_000; i++) {
      TelegramRenderer.inline(answers.next()).forEach(choice -> assertWellFormed(choice.html()));
      assertWellFormed(TelegramRenderer.text(answers.input().question()));
    }
  }

  @Test
  void aQuoteThatFitsKeepsItsTextVerbatimOnceTagsAreStrippedAndEntitiesRead() {
    RandomAnswers answers = new RandomAnswers(0x5eed_0203L);
    for (int i = 0; i < 1_500; i++) {
      Answer answer = answers.next();
      String shown = String.join("\n", TelegramRenderer.answer(answer).stream().map(TelegramRendererPropertyTest::visible).toList());
      for (Quote quote : answer.quotes()) {
        if (quote.text().length() < 1_000 && quote.citation().label().length() < 1_000) {
          assertTrue(shown.contains(quote.text()), () -> "lost " + BadInput.show(quote.text()));
        }
      }
    }
  }

  @Test
  void cuttingALongQuoteWithoutSpacesNeverSplitsASurrogatePair() {
    String emoji = "\ud83d\ude00".repeat(3_000);
    Quote quote = new Quote(emoji, new Citation("id", "Title", null, null, false, null), List.of(new Span(0, 2)));
    for (int limit = 4_000; limit < 4_096; limit++) {
      String message = TelegramRenderer.answer(new Answer("q", Answer.Outcome.ANSWERED, "", List.of(quote)), limit).get(0);
      assertNoLoneSurrogate(message);
      assertNoLoneSurrogate(TelegramRenderer.plain(emoji, limit));
    }
  }

  @Test
  void aLeadWhoseFirstWordIsTooLongStillGivesAMessage() {
    String lead = "x".repeat(5_000) + " and more";
    List<String> messages = TelegramRenderer.answer(Answer.unanswered("q", Answer.Outcome.NOT_IN_ARTICLES, lead));
    assertEquals(1, messages.size());
    assertFalse(messages.get(0).isEmpty());
  }

  /** At most 4096 chars; only b, blockquote and a tags, balanced and nested; & < > escaped elsewhere. */
  static void assertWellFormed(String html) {
    assertTrue(html.length() <= TelegramRenderer.LIMIT, () -> html.length() + " chars");
    Deque<String> open = new ArrayDeque<>();
    Matcher tag = TAG.matcher(html);
    int at = 0;
    while (at < html.length()) {
      char c = html.charAt(at);
      if (c == '<') {
        if (!tag.find(at) || tag.start() != at) {
          fail("stray '<' at " + at + " in " + BadInput.show(html.substring(Math.max(0, at - 40))));
        }
        if (tag.group(1).isEmpty()) {
          open.push(tag.group(2));
        } else if (open.isEmpty() || !open.pop().equals(tag.group(2))) {
          fail("unbalanced </" + tag.group(2) + "> in " + BadInput.show(html));
        }
        at = tag.end();
      } else {
        if (c == '>') {
          fail("stray '>' at " + at + " in " + BadInput.show(html));
        }
        if (c == '&' && !ENTITY.matcher(html).region(at, html.length()).lookingAt()) {
          fail("unescaped '&' at " + at + " in " + BadInput.show(html));
        }
        at++;
      }
    }
    assertTrue(open.isEmpty(), () -> "unclosed " + open + " in " + BadInput.show(html));
  }

  /** What a reader sees: tags dropped, entities read. */
  static String visible(String html) {
    return TAG.matcher(html).replaceAll("").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&amp;", "&");
  }

  private static void assertNoLoneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))
          || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
        fail("lone surrogate at " + i + " of " + text.length());
      }
    }
  }
}
