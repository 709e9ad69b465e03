package org.missionbot.chat.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionbot.answer.Answer;
import org.missionbot.answer.Citation;
import org.missionbot.answer.Quote;
import org.missionbot.answer.Span;
import org.missionbot.chat.ChatCore;
import org.missionbot.corpus.Article;
import org.missionbot.search.Language;

class SlackRendererTest {

  private static final Citation AP = new Citation("2024-06-25-police", "Kenyan Police <Arrive> in Haiti",
      "Associated Press", LocalDate.of(2024, 6, 25), false, "https://example.org/ap");
  private static final Citation UNDATED = new Citation("x", "Canada & Kenya", null, null, false, null);

  @Test
  void highlightsAreOneWalkWithSlacksStarsAndEscaping() {
    String text = "Canada <pledged> $123 million & Kenya 1,000 officers.\nKenya leads.";
    List<org.missionbot.answer.Span> spans = List.of(new org.missionbot.answer.Span(16, 29),
        new org.missionbot.answer.Span(27, 37), new org.missionbot.answer.Span(44, 52));

    assertEquals("> Canada &lt;pledged&gt; *$123 million* *&amp; Kenya* 1,000 *officers*.\n> Kenya leads.",
        SlackRenderer.quoted(new Quote(text, new Citation("ap", "T", null, null, false, null), spans)));
  }

  @Test
  void aCitationWithAnAddressLinksItsHeadline() {
    Citation linked = new Citation("l", "Canada & Kenya", "AP", LocalDate.of(2024, 6, 25), false,
        "https://example.org/a?x=1&y=2|3");

    assertEquals("<https://example.org/a?x=1&amp;y=2%7C3|Canada &amp; Kenya> \u00b7 AP \u00b7 25 Jun 2024",
        SlackRenderer.linked(linked, Language.ENGLISH));
    assertEquals("Canada &amp; Kenya", SlackRenderer.linked(UNDATED, Language.ENGLISH));
  }

  @Test
  void answerWithQuotesRendersLeadQuotedSectionsBoldSpansCitationsAndButtons() {
    Quote first = new Quote("Ottawa pledged approximately $123 million & training.", AP, List.of(new Span(15, 41)));
    Quote second = new Quote("Canada <said> it would help.\nKenya leads.", UNDATED, List.of());
    Answer answer = new Answer("How much has Canada pledged?", Answer.Outcome.ANSWERED,
        "approximately $123 million (25 Jun 2024)", List.of(first, second));

    SlackMessage message = SlackRenderer.answer(answer, "a1", false);

    assertEquals("approximately $123 million (25 Jun 2024)", message.text());
    assertJson("""
        [
          {"type": "section", "text": {"type": "mrkdwn", "text": "approximately $123 million (25 Jun 2024)"}},
          {"type": "section", "text": {"type": "mrkdwn",
            "text": "> Ottawa pledged *approximately $123 million* &amp; training."}},
          {"type": "context", "elements": [{"type": "mrkdwn",
            "text": "[1] <https://example.org/ap|Kenyan Police &lt;Arrive&gt; in Haiti> \u00b7 Associated Press \u00b7 25 Jun 2024"}]},
          {"type": "section", "text": {"type": "mrkdwn", "text": "> Canada &lt;said&gt; it would help.\\n> Kenya leads."}},
          {"type": "context", "elements": [{"type": "mrkdwn", "text": "[2] Canada &amp; Kenya"}]},
          {"type": "actions", "block_id": "answer_actions", "elements": [
            {"type": "button", "text": {"type": "plain_text", "text": "\ud83d\udc4d Helpful"}, "action_id": "vote_up", "value": "a1"},
            {"type": "button", "text": {"type": "plain_text", "text": "\ud83d\udc4e Not helpful"}, "action_id": "vote_down", "value": "a1"}
          ]}
        ]""", message.blocksJson());
  }

  @Test
  void articlesDontSayRendersTheMessageAndVoteAndShareButtons() {
    Answer answer = Answer.unanswered("What colour is the sky?", Answer.Outcome.NOT_IN_ARTICLES,
        "The articles don't say. I only answer from the news articles I have.");

    SlackMessage message = SlackRenderer.answer(answer, "a2", true);

    assertEquals("The articles don't say. I only answer from the news articles I have.", message.text());
    assertJson("""
        [
          {"type": "section", "text": {"type": "mrkdwn",
            "text": "The articles don't say. I only answer from the news articles I have."}},
          {"type": "actions", "block_id": "answer_actions", "elements": [
            {"type": "button", "text": {"type": "plain_text", "text": "\ud83d\udc4d Helpful"}, "action_id": "vote_up", "value": "a2"},
            {"type": "button", "text": {"type": "plain_text", "text": "\ud83d\udc4e Not helpful"}, "action_id": "vote_down", "value": "a2"},
            {"type": "button", "text": {"type": "plain_text", "text": "Share in channel"}, "action_id": "share", "value": "a2"}
          ]}
        ]""", message.blocksJson());
  }

  @Test
  void answerWithoutLeadFallsBackToItsFirstQuote() {
    Quote quote = new Quote("Kenya leads <the> mission.", UNDATED, List.of());
    Answer answer = new Answer("Who leads?", Answer.Outcome.ANSWERED, "", List.of(quote));

    assertEquals("\u201cKenya leads &lt;the&gt; mission.\u201d \u2014 Canada &amp; Kenya", SlackRenderer.answer(answer, "a3", false).text());
  }

  @Test
  void boldSpansLeaveSurroundingWhitespaceOutsideTheStars() {
    Quote quote = new Quote("It sent 400 officers.", UNDATED, List.of(new Span(7, 20)));

    assertEquals("> It sent *400 officers*.", SlackRenderer.quoted(quote));
  }

  @Test
  void helpShowsWhatTheBotDoesHowToAskAndExamples() {
    SlackMessage message = SlackRenderer.help(Language.ENGLISH);

    assertEquals(ChatCore.HELP, message.text());
    JsonArray expected = new JsonArray();
    expected.add(section(ChatCore.HELP));
    expected.add(section(SlackRenderer.HOW_TO_ASK));
    expected.add(section("*For example:*\n\u2022 How much has Canada pledged?\n"
        + "\u2022 How many Kenyan police officers arrived first?\n\u2022 Who is Jimmy Cherizier?"));
    assertEquals(expected, JsonParser.parseString(message.blocksJson()));
  }

  @Test
  void sourcesListTheArticlesWithDates() {
    List<Article> sources = List.of(
        new Article("ap", "Kenyan Police Arrive", "Associated Press", LocalDate.of(2024, 6, 25), false, null, "body"),
        new Article("old", "Ottawa & Haiti", null, LocalDate.of(2022, 10, 28), true, null, "body"),
        new Article("x", "Undated", null, null, false, null, "body"));

    SlackMessage message = SlackRenderer.sources(sources, Language.ENGLISH);

    assertEquals("The articles I answer from", message.text());
    JsonArray expected = new JsonArray();
    expected.add(section("*The articles I answer from*\n\u2022 25 Jun 2024 \u2014 Kenyan Police Arrive \u00b7 Associated Press\n"
        + "\u2022 c. 28 Oct 2022 \u2014 Ottawa &amp; Haiti\n\u2022 undated \u2014 Undated"));
    assertEquals(expected, JsonParser.parseString(message.blocksJson()));
  }

  @Test
  void helpAndSourcesInFrenchHaveTheirHeadingsDatesAndWaysToAskInFrench() {
    List<Article> sources = List.of(
        new Article("ap", "Kenyan Police Arrive", "Associated Press", LocalDate.of(2024, 6, 25), false, null, "body"),
        new Article("x", "Undated", null, null, false, null, "body"));

    String help = SlackRenderer.help(Language.FRENCH).blocksJson();
    String list = SlackRenderer.sources(sources, Language.FRENCH).blocksJson();

    assertTrue(help.contains("*Comment poser une question*"), help);
    assertTrue(help.contains("Tapez `/mission` suivi de votre question"), help);
    assertTrue(list.contains("\u2022 25 juin 2024 \u2014 Kenyan Police Arrive \u00b7 Associated Press\\n\u2022 sans date"), list);
  }

  @Test
  void emptyMentionGetsTheGreetingWithExamples() {
    SlackMessage message = SlackRenderer.greeting();

    assertEquals(ChatCore.GREETING, message.text());
    assertJson("[" + section(ChatCore.GREETING + "\n\u2022 How much has Canada pledged?\n"
        + "\u2022 How many Kenyan police officers arrived first?\n\u2022 Who is Jimmy Cherizier?") + "]", message.blocksJson());
  }

  @Test
  void noticeIsOneEscapedSection() {
    SlackMessage message = SlackRenderer.notice("Wait <a> minute & retry");

    assertEquals("Wait &lt;a&gt; minute &amp; retry", message.text());
    assertJson("""
        [{"type": "section", "text": {"type": "mrkdwn", "text": "Wait &lt;a&gt; minute &amp; retry"}}]""",
        message.blocksJson());
  }

  @Test
  void responsePayloadSaysWhoSeesIt() {
    SlackMessage message = SlackRenderer.notice("Hi");

    assertJson("""
        {"response_type": "ephemeral", "replace_original": false, "text": "Hi",
         "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": "Hi"}}]}""", message.responsePayload(false));
    assertEquals("in_channel", JsonParser.parseString(message.responsePayload(true))
        .getAsJsonObject().get("response_type").getAsString());
  }

  private static JsonObject section(String mrkdwn) {
    JsonObject text = new JsonObject();
    text.addProperty("type", "mrkdwn");
    text.addProperty("text", mrkdwn);
    JsonObject section = new JsonObject();
    section.addProperty("type", "section");
    section.add("text", text);
    return section;
  }

  private static void assertJson(String expected, String actual) {
    assertEquals(JsonParser.parseString(expected), JsonParser.parseString(actual), actual);
  }

  @Test
  void tenThousandArticlesFitSlacksLimitsInTheSourcesAndTheHomeTab() {
    List<Article> many = new java.util.ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      many.add(new Article("a" + i, "Headline number " + i + " about the mission & its <partners>", "Wire " + i,
          LocalDate.of(2024, 1, 1).plusDays(i % 700), false, "https://news.example.org/a/" + i, "body"));
    }
    JsonArray help = SlackRenderer.sources(many, Language.ENGLISH).blocks();
    assertTrue(help.size() <= SlackRenderer.MESSAGE_BLOCKS, "blocks: " + help.size());
    assertWithinLimits(help);
    String last = help.get(help.size() - 1).getAsJsonObject().getAsJsonObject("text").get("text").getAsString();
    assertTrue(last.endsWith("\u2026 and 9,950 more articles, not listed here."), last);
    assertTrue(help.toString().contains("Headline number 49 ") && !help.toString().contains("Headline number 50 "),
        "the newest " + ChatCore.SOURCES_SHOWN + " are listed");

    JsonArray home = SlackRenderer.home(many, Language.FRENCH).getAsJsonArray("blocks");
    assertTrue(home.size() <= SlackRenderer.VIEW_BLOCKS, "blocks: " + home.size());
    assertWithinLimits(home);
    assertTrue(home.toString().contains("autres articles, non list\u00e9s ici."), "in the tab's language");
  }

  @Test
  void aQuoteLongerThanASectionIsCutWithAnEllipsisAndNoEscapeOrLinkSplit() {
    String quote = "Officials said ".repeat(250) + "Canada & Kenya agreed.";
    Answer answer = new Answer("q", Answer.Outcome.ANSWERED, "", List.of(new Quote(quote,
        new Citation("ap", "T", null, null, false, null), List.of())));
    JsonArray blocks = SlackRenderer.answer(answer, "id", false).blocks();
    assertWithinLimits(blocks);
    String text = blocks.get(0).getAsJsonObject().getAsJsonObject("text").get("text").getAsString();
    assertTrue(text.endsWith("\u2026"), text.substring(text.length() - 20));

    assertEquals("abc \u2026", SlackRenderer.fit("abc &amp; more", 8), "an escape is never split");
    assertEquals("see \u2026", SlackRenderer.fit("see <https://x.org|the story> now", 12), "nor a link");
    assertEquals("ab\u2026", SlackRenderer.fit("ab\ud83d\udc4dcd", 4), "nor a character outside the BMP");
    assertEquals("short", SlackRenderer.fit("short", 8));
  }

  /** Every section and context text within Slack's 3,000 characters, every header within 150. */
  private static void assertWithinLimits(JsonArray blocks) {
    for (var element : blocks) {
      JsonObject block = element.getAsJsonObject();
      String type = block.get("type").getAsString();
      if (type.equals("section")) {
        assertTrue(block.getAsJsonObject("text").get("text").getAsString().length() <= SlackRenderer.SECTION_CHARS);
      } else if (type.equals("context")) {
        for (var text : block.getAsJsonArray("elements")) {
          assertTrue(text.getAsJsonObject().get("text").getAsString().length() <= SlackRenderer.SECTION_CHARS);
        }
      } else if (type.equals("header")) {
        assertTrue(block.getAsJsonObject("text").get("text").getAsString().length() <= SlackRenderer.HEADER_CHARS);
      }
    }
  }
}
