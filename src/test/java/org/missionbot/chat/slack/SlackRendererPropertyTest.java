package org.missionbot.chat.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionbot.BadInput;
import org.missionbot.Checkout;
import org.missionbot.answer.Answer;
import org.missionbot.answer.AnswerEngine;
import org.missionbot.answer.Quote;
import org.missionbot.answer.RandomAnswers;
import org.missionbot.index.PassageIndex;
import org.missionbot.search.PassageSearcher;

/**
 * Property: whatever an answer holds, its Block Kit is valid JSON of sections, contexts and the
 * buttons, with {@code & < >} escaped in every mrkdwn text and each quote still readable verbatim;
 * and the answers the engine really gives keep every text within Slack's 3000 characters (the
 * renderer itself cuts nothing, so that limit rests on quotes being sentences).
 */
class SlackRendererPropertyTest {

  private static final int SLACK_TEXT_LIMIT = 3000;
  private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt);");
  private static final Set<String> BLOCK_TYPES = Set.of("section", "context", "actions");

  @TempDir
  Path indexFolder;

  @Test
  void anyAnswerRendersAsValidEscapedBlockKit() {
    RandomAnswers answers = new RandomAnswers(0x5eed_0301L);
    for (int i = 0; i < 1_500; i++) {
      Answer answer = answers.next();
      SlackMessage message = SlackRenderer.answer(answer, "a" + i, i % 2 == 0);
      JsonArray blocks = JsonParser.parseString(message.blocksJson()).getAsJsonArray();
      JsonParser.parseString(message.responsePayload(true)).getAsJsonObject();
      assertEquals(message.blocks(), blocks, "the JSON reads back as the same blocks");
      for (String text : mrkdwn(blocks)) {
        assertEscaped(text);
      }
      assertEscaped(message.text());
    }
  }

  @Test
  void eachQuoteIsReadableVerbatimOnceMarkupIsRead() {
    RandomAnswers answers = new RandomAnswers(0x5eed_0302L);
    for (int i = 0; i < 1_500; i++) {
      Answer answer = answers.next();
      for (Quote quote : answer.quotes()) {
        String shown = SlackRenderer.quoted(quote).replace("\n> ", "\n").substring(2).replace("*", "")
            .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        assertEquals(quote.text().replace("*", ""), shown, () -> BadInput.show(quote.text()));
      }
    }
  }

  @Test
  void realAnswersToAnyQuestionStayWithinSlacksTextLimit() throws IOException {
    BadInput input = new BadInput(0x5eed_0303L);
    List<String> questions = new ArrayList<>(Checkout.questionsOf(Checkout.GOLDEN_QUESTIONS));
    questions.addAll(Checkout.questionsOf(Checkout.DEV_QUESTIONS));
    for (int i = 0; i < 500; i++) {
      questions.add(questions.get(i % 90) + input.text(4));
    }
    try (PassageIndex index = Checkout.openIndex(indexFolder)) {
      AnswerEngine engine = new AnswerEngine(new PassageSearcher(index));
      for (String question : questions) {
        JsonArray blocks = SlackRenderer.answer(engine.answer(question), "id", true).blocks();
        for (String text : mrkdwn(blocks)) {
          assertTrue(text.length() <= SLACK_TEXT_LIMIT, () -> text.length() + " chars for " + BadInput.show(question));
        }
      }
    }
  }

  /** Every mrkdwn text of the blocks, sections and context elements alike. */
  private static List<String> mrkdwn(JsonArray blocks) {
    List<String> texts = new ArrayList<>();
    for (JsonElement element : blocks) {
      JsonObject block = element.getAsJsonObject();
      String type = block.get("type").getAsString();
      assertTrue(BLOCK_TYPES.contains(type), type);
      if (type.equals("section")) {
        texts.add(block.getAsJsonObject("text").get("text").getAsString());
      } else if (type.equals("context")) {
        block.getAsJsonArray("elements").forEach(e -> texts.add(e.getAsJsonObject().get("text").getAsString()));
      }
    }
    return texts;
  }

  private static void assertEscaped(String text) {
    for (int at = 0; at < text.length(); at++) {
      char c = text.charAt(at);
      boolean quoteMark = c == '>' && (at == 0 || text.charAt(at - 1) == '\n') && text.startsWith("> ", at);
      if (c == '<' || c == '>' && !quoteMark) {
        fail("unescaped '" + c + "' at " + at + " in " + BadInput.show(text));
      }
      if (c == '&' && !ENTITY.matcher(text).region(at, text.length()).lookingAt()) {
        fail("unescaped '&' at " + at + " in " + BadInput.show(text));
      }
    }
  }
}
