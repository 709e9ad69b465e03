package org.missionbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.missionbot.answer.Answer;
import org.missionbot.answer.Answer.Outcome;
import org.missionbot.answer.Citation;
import org.missionbot.answer.Quote;
import org.missionbot.answer.Span;

class AnswerJsonTest {

  private static final Citation UNKNOWN_OUTLET = new Citation("2024-03-14-kenya", "Canada pledges $80.5 million", null,
      LocalDate.of(2024, 3, 14), false, null);
  private static final Citation AP = new Citation("2024-06-25-ap", "Kenyan <Police> & \"Canada\"", "Associated Press",
      LocalDate.of(2024, 6, 25), true, "https://example.org/a?b=1&c=2");

  private static JsonObject parse(Answer answer) {
    String line = AnswerJson.line(answer);
    assertFalse(line.contains("\n") || line.contains("\r"), "one line: " + line);
    return JsonParser.parseString(line).getAsJsonObject();
  }

  @Test
  void answerIsOneObjectWithTheContractKeys() {
    Answer answer = new Answer("How much?", Outcome.ANSWERED, "$80.5 million (14 Mar 2024)", List.of(
        new Quote("Canada pledged $80.5 million.", UNKNOWN_OUTLET, List.of(new Span(15, 28)))));

    JsonObject json = parse(answer);

    assertTrue(json.keySet().containsAll(Set.of("question", "answered", "answer", "quotes")), json.keySet().toString());
    assertEquals("How much?", json.get("question").getAsString());
    assertTrue(json.get("answered").getAsBoolean());
    assertEquals("$80.5 million (14 Mar 2024)", json.get("answer").getAsString());
    assertEquals("answered", json.get("outcome").getAsString());
    JsonObject quote = json.getAsJsonArray("quotes").get(0).getAsJsonObject();
    assertEquals("Canada pledged $80.5 million.", quote.get("text").getAsString());
    JsonArray highlight = quote.getAsJsonArray("highlights").get(0).getAsJsonArray();
    assertEquals(15, highlight.get(0).getAsInt());
    assertEquals(28, highlight.get(1).getAsInt());
  }

  @Test
  void theLanguageTheQuestionWasReadInIsAField() {
    assertEquals("en", parse(new Answer("How much?", Outcome.NOT_IN_ARTICLES, "…", List.of())).get("language").getAsString());
    assertEquals("ht", parse(Answer.unanswered("Konbyen?", Outcome.NOT_IN_ARTICLES, "Atik yo pa di sa.", "ht"))
        .get("language").getAsString());
  }

  @Test
  void theCheckThatRefusedIsAFieldOnlyWhenOneDid() {
    assertEquals("counted", parse(new Answer("How many gangs?", Outcome.NOT_IN_ARTICLES, "…", List.of(), "en",
        Answer.Refusal.COUNTED)).get("refused_by").getAsString());
    assertFalse(parse(new Answer("How much?", Outcome.NOT_IN_ARTICLES, "…", List.of())).has("refused_by"));
  }

  @Test
  void sourceHasUnknownOutletAndUrlAsNullAndTheDateAsIso() {
    JsonObject source = parse(new Answer("q", Outcome.ANSWERED, "", List.of(new Quote("Canada pledged.", UNKNOWN_OUTLET, List.of()))))
        .getAsJsonArray("quotes").get(0).getAsJsonObject().getAsJsonObject("source");

    assertEquals("2024-03-14-kenya", source.get("id").getAsString());
    assertEquals("Canada pledges $80.5 million", source.get("title").getAsString());
    assertTrue(source.has("outlet") && source.get("outlet").isJsonNull(), source.toString());
    assertTrue(source.has("url") && source.get("url").isJsonNull(), source.toString());
    assertEquals("2024-03-14", source.get("published").getAsString());
    assertEquals("Canada pledges $80.5 million \u2014 14 Mar 2024", source.get("citation").getAsString());
  }

  @Test
  void textIsKeptAsWrittenWithoutHtmlEscapes() {
    String line = AnswerJson.line(new Answer("<b>?", Outcome.ANSWERED, "", List.of(new Quote("a & b", AP, List.of()))));

    assertTrue(line.contains("\"question\":\"<b>?\""), line);
    assertTrue(line.contains("https://example.org/a?b=1&c=2"), line);
    JsonObject source = JsonParser.parseString(line).getAsJsonObject().getAsJsonArray("quotes").get(0).getAsJsonObject()
        .getAsJsonObject("source");
    assertEquals("Kenyan <Police> & \"Canada\"", source.get("title").getAsString());
    assertEquals("Associated Press", source.get("outlet").getAsString());
  }

  @Test
  void unansweredQuestionHasNoQuotesAndItsMessage() {
    JsonObject json = parse(Answer.unanswered("", Outcome.EMPTY, "Please type a question."));

    assertFalse(json.get("answered").getAsBoolean());
    assertEquals("Please type a question.", json.get("answer").getAsString());
    assertEquals(0, json.getAsJsonArray("quotes").size());
    assertEquals("empty", json.get("outcome").getAsString());
  }

  @Test
  void lineBreaksInsideTheQuestionStayOnOneLine() {
    JsonObject json = parse(Answer.unanswered("a\nb\rc\u2028d\u2029e\u0000", Outcome.TOO_LONG, "too long"));

    assertEquals("a\nb\rc\u2028d\u2029e\u0000", json.get("question").getAsString());
  }
}
