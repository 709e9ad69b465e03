package org.missionbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.missionbot.answer.AnswerEngineFixture.engine;
import static org.missionbot.answer.AnswerEngineFixture.index;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.missionbot.answer.Answer.Outcome;

/** What the engine does around answers: small talk, vague questions, decorations, time. */
class AnswerEngineConversationTest {

  @ParameterizedTest
  @ValueSource(strings = {"hi", "Hello!", "thanks a lot \ud83d\ude4f", "what can you do?", "you're the best \ud83d\ude4f",
      "goodbye!", "Au revoir", "Orevwa"})
  void smallTalkGetsAFriendlyReplyWithAnExampleAndNoQuotes(String message) {
    Answer answer = engine.answer(message);

    assertEquals(Outcome.SMALL_TALK, answer.outcome());
    assertFalse(answer.answered());
    assertTrue(answer.quotes().isEmpty());
    assertTrue(answer.lead().contains("?"), "an example question: " + answer.lead());
    assertFalse(answer.lead().contains("don't say"), answer.lead());
  }

  @ParameterizedTest
  @ValueSource(strings = {"what's going on in Haiti?", "news?", "any updates"})
  void aVagueQuestionGetsTheNewestArticlesOpeningsNewestFirst(String message) {
    Answer answer = engine.answer(message);

    assertEquals(Outcome.OVERVIEW, answer.outcome());
    assertTrue(answer.answered());
    assertEquals(3, answer.quotes().size());
    List<LocalDate> dates = answer.quotes().stream().map(q -> q.citation().published()).toList();
    assertEquals(dates.stream().sorted(java.util.Comparator.reverseOrder()).toList(), dates, "newest first");
    for (Quote quote : answer.quotes()) {
      String body = index.corpus().articles().stream().filter(a -> a.id().equals(quote.citation().articleId())).findFirst()
          .orElseThrow().body();
      assertTrue(body.startsWith(quote.text()), "the article's opening sentence, verbatim: " + quote.text());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"what happened in March 2024?", "Quoi de neuf en mars 2024 ?", "recap of 2024 pls"})
  void aVagueQuestionOfATimeGetsTheOpeningsOfTheArticlesFromThen(String message) {
    Answer answer = engine.answer(message);

    assertEquals(Outcome.OVERVIEW, answer.outcome());
    assertFalse(answer.quotes().isEmpty());
    for (Quote quote : answer.quotes()) {
      assertEquals(2024, quote.citation().published().getYear(), quote.text());
    }
    assertTrue(answer.quotes().stream().anyMatch(q -> q.citation().published().getMonthValue() == 3));
    assertFalse(answer.lead().equals(engine.answer("news?").lead()), "says the articles are from then, not the newest");
  }

  @Test
  void newsFromAMonthAreTheArticlesOfThatMonth() {
    Answer answer = engine.answer("any news from June 2024?");

    assertEquals(Outcome.OVERVIEW, answer.outcome());
    assertTrue(answer.quotes().stream().allMatch(q -> q.citation().published().getMonthValue() == 6), answer.quotes().toString());
  }

  @Test
  void aVagueQuestionOfATimeASentenceSpeaksOfIsAnsweredFromIt() {
    // no article is from July 2021; a 2024 one says what happened then
    Answer answer = engine.answer("what happened in July 2021?");

    assertEquals(Outcome.ANSWERED, answer.outcome());
    assertTrue(answer.quotes().get(0).text().contains("July 2021"), answer.quotes().get(0).text());
  }

  @Test
  void aVagueQuestionOfATimeNoArticleIsFromSaysSo() {
    Answer answer = engine.answer("what happened in 2019?");

    assertEquals(Outcome.NOT_IN_ARTICLES, answer.outcome());
    assertTrue(answer.quotes().isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"\ud83c\udde8\ud83c\udde6 How much has Canada pledged?", "How much has Canada pledged? \ud83d\udcb0\ud83d\udcb0",
      "How much has Canada \ud83c\udde8\ud83c\udde6 pledged?\u2728"})
  void emojiAndFlagsDoNotChangeTheAnswer(String decorated) {
    Answer plain = engine.answer("How much has Canada pledged?");
    Answer answer = engine.answer(decorated);

    assertEquals(plain.outcome(), answer.outcome());
    assertEquals(plain.lead(), answer.lead());
    assertEquals(plain.quotes().stream().map(Quote::text).toList(), answer.quotes().stream().map(Quote::text).toList());
  }

  /**
   * A request around a question ("can you tell me", "do you know", "I was wondering") and the chat
   * openers before it change nothing: the frame's words were read as the question's subject, and "can
   * you tell me who the prime minister of haiti is?" got another country's prime minister, no lead.
   */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
      who is the prime minister of haiti? | can you tell me who the prime minister of haiti is?
      who is the prime minister of haiti? | hmm any idea who the prime minister of haiti is
      when did the kenyans land? | do you know when the kenyans landed?
      when did the kenyans land? | ok quick one - could you remind me when the kenyans landed
      how many kenyan officers arrived first? | I'd like to know how many kenyan officers arrived first
      how many kenyan officers arrived first? | just curious, how many kenyan officers arrived first?
      """)
  void aRequestAroundAQuestionDoesNotChangeTheAnswer(String direct, String framed) {
    Answer plain = engine.answer(direct);
    Answer answer = engine.answer(framed);

    assertEquals(Outcome.ANSWERED, plain.outcome());
    assertFalse(plain.lead().isEmpty(), direct);
    assertEquals(plain.outcome(), answer.outcome(), framed);
    assertEquals(plain.lead(), answer.lead(), framed);
    assertEquals(plain.quotes().get(0).text(), answer.quotes().get(0).text(), framed);
  }

  @Test
  void aYearRestrictsTheQuotesToWhatWasPublishedOrSaidThen() {
    Answer answer = engine.answer("What did Canada decide about Haiti in 2022?");

    assertTrue(answer.answered(), answer.lead());
    for (Quote quote : answer.quotes()) {
      assertTrue(quote.citation().published().getYear() == 2022 || quote.text().contains("2022"), quote.text());
    }
  }

  @Test
  void aStretchNoArticleCoversHasNoAnswer() {
    Answer answer = engine.answer("What did Canada decide about Haiti in 2019?");

    assertFalse(answer.answered(), "nothing was published in or says 2019: " + answer.quotes());
  }

  @Test
  void theLatestPutsTheNewestArticleThatAnswersFirst() {
    Answer latest = engine.answer("What is the latest figure for Canada's pledge?");

    assertTrue(latest.answered());
    assertEquals(LocalDate.of(2024, 6, 25), latest.quotes().get(0).citation().published(), latest.quotes().toString());
    assertTrue(latest.lead().indexOf("123 million") < latest.lead().indexOf("80.5 million"), latest.lead());
  }

  @Test
  void anIncrementIsNeverGivenAsATotal() {
    for (String question : List.of("How much has Canada pledged?", "how much money did ottawa put up")) {
      Answer answer = engine.answer(question);
      assertFalse(answer.lead().toLowerCase(java.util.Locale.ROOT).matches(".*\\b(additional|another|more)\\b.*\\$.*"),
          answer.lead());
    }
  }

  @Test
  void highlightsMarkOnlyWhatTheLeadStates() {
    for (String question : List.of("How much has Canada pledged?", "How many Kenyan police officers arrived first?",
        "Who is Jimmy Cherizier?", "Which other countries are sending personnel?")) {
      Answer answer = engine.answer(question);
      for (Quote quote : answer.quotes()) {
        for (Span span : quote.highlights()) {
          String marked = quote.text().substring(span.start(), span.end());
          assertTrue(answer.lead().contains(marked), question + ": '" + marked + "' is bold but not in the lead "
              + answer.lead());
        }
      }
    }
  }
}
