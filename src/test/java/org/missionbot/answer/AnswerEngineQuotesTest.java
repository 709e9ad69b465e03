package org.missionbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.missionbot.answer.AnswerEngineFixture.answeredQuoting;
import static org.missionbot.answer.AnswerEngineFixture.assertWellFormed;
import static org.missionbot.answer.AnswerEngineFixture.corpus;
import static org.missionbot.answer.AnswerEngineFixture.engine;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.missionbot.Checkout;
import org.missionbot.answer.Answer.Outcome;
import org.missionbot.corpus.Article;

/**
 * What an answer quotes: verbatim and cited, the sentence that says what is asked first, with the sentence it leans
 * on or points to, highlights on the answer only, and only the article a question names.
 */
class AnswerEngineQuotesTest {

  @Test
  void whichOutletPutOutAStoryIsAnsweredFromTheArticlesRecord() {
    Answer answer = engine.answer("which news agency is the story on the kenyan police arrival from?");
    assertWellFormed(corpus, "outlet", answer);
    assertTrue(answer.lead().startsWith("Associated Press ("), answer.lead());
    Article article = corpus.articles().stream().filter(a -> "Associated Press".equals(a.outlet())).findFirst().orElseThrow();
    assertTrue(answer.quotes().stream().allMatch(q -> q.citation().articleId().equals(article.id())),
        "quotes from the article whose outlet leads");
    assertFalse(engine.answer("which newspaper published the story on carney backing kenya").answered(),
        "an article whose record names no outlet leaves it unsaid");
    Answer cholera = engine.answer("which news agency is the story on the cholera outbreak from?");
    assertWellFormed(corpus, "outlet, overlapping sentences", cholera);
  }

  @Test
  void aFigureSaidBySomeoneTheArticleNamesSentencesBeforeIsTheirs() {
    // "'I have spoken to dozens of partner countries ...,' he added.": "he" is Nichols, named two sentences before
    Answer answer = engine.answer("How many partner countries did Brian Nichols say he had spoken to?");
    assertTrue(answer.answered(), answer.lead());
    assertTrue(answer.quotes().get(0).text().contains("dozens of partner countries"), answer.quotes().get(0).text());
    // the same words said of someone the article never names there are no one's figure
    assertFalse(engine.answer("How many partner countries did Justin Trudeau say he had spoken to?").answered());
  }

  @Test
  void aQuoteGoesOnIntoTheSentenceAfterItThatTheSearchFoundLeaningOnIt() {
    String question = "what exactly is canada's $123m going to pay for";
    Answer answer = engine.answer(question);
    assertWellFormed(corpus, question, answer);
    Quote pledge = answer.quotes().stream().filter(q -> q.text().contains("approximately $123 million for the mission"))
        .findFirst().orElseThrow(() -> new AssertionError(answer.quotes()));
    assertTrue(pledge.text().contains("This funding is directed towards"),
        "what the money pays for is the next sentence, found only with this one: " + pledge.text());
  }

  static Stream<String> evalQuestions() throws IOException {
    return Stream.concat(Checkout.questionsOf(Checkout.GOLDEN_QUESTIONS).stream(),
        Checkout.questionsOf(Checkout.DEV_QUESTIONS).stream());
  }

  @ParameterizedTest
  @MethodSource("evalQuestions")
  void everyEvalQuestionGetsVerbatimCitedQuotes(String question) {
    Answer answer = engine.answer(question);

    assertEquals(question, answer.question());
    assertWellFormed(corpus, question, answer);
  }

  @Test
  void canadaPledgeQuotesShowEachFigure() {
    List<Quote> quotes = engine.answer("How much has Canada pledged?").quotes();

    assertTrue(quotes.stream().anyMatch(q -> q.text().contains("$123 million")), quotes.toString());
    assertTrue(quotes.stream().anyMatch(q -> q.text().contains("$80.5 million")), quotes.toString());
    for (Quote quote : quotes) {
      for (Span span : quote.highlights()) {
        assertTrue(quote.text().substring(span.start(), span.end()).contains("million"), quote.toString());
      }
    }
  }

  @Test
  void anArticleNamedByItsOutletIsTheOnlyOneQuoted() {
    Answer answer = engine.answer("How much did Canada pledge according to the AP story on the Kenyan arrival?");

    assertEquals(Outcome.ANSWERED, answer.outcome());
    assertTrue(answer.lead().contains("123 million") && !answer.lead().contains("80.5"), answer.lead());
    assertTrue(answer.quotes().stream().allMatch(q -> "Associated Press".equals(q.citation().outlet())), answer.quotes().toString());
  }

  /** "How many Haitians" counts people; "who asked" is answered by someone who requested. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      How many Haitians have been displaced by the violence? | hundreds of thousands of people
      Who asked foreign countries to send armed help to Haiti? | formally requested
      """)
  void theFirstQuoteSaysItInOtherWords(String question, String said) {
    Answer answer = engine.answer(question);

    assertEquals(Outcome.ANSWERED, answer.outcome());
    assertTrue(answer.quotes().get(0).text().contains(said), answer.quotes().toString());
  }

  @Test
  void aPersonNamedByAPronounIsNamedByTheSentenceBefore() {
    // 001: "Joly said Canada will work to impose sanctions ..." then "In a statement, she vowed Canada ..."
    Answer answer = engine.answer("Who vowed Canada would not stand by while gangs terrorize Haitians?");

    assertEquals(Outcome.ANSWERED, answer.outcome());
    assertTrue(answer.quotes().get(0).text().contains("she vowed"), answer.quotes().get(0).text());
    assertTrue(answer.quotes().stream().anyMatch(q -> q.text().startsWith("Joly said")), "who 'she' is is quoted too");
  }

  @Test
  void whoSaidSomethingIsAnsweredByAQuoteWhateverVerbReportsIt() {
    // 000: "“They’re proxies of the government,” said Monique Clesca, ..."
    Answer answer = engine.answer("who called the gangs proxies of the government");

    assertEquals(Outcome.ANSWERED, answer.outcome());
    assertTrue(answer.quotes().get(0).text().contains("Monique Clesca"), answer.quotes().get(0).text());
    Answer talked = engine.answer("who talked about a dangerous nexus between the gangs and political elites?");
    assertEquals(Outcome.ANSWERED, talked.outcome(), "a verb of speaking asks who said it, as a reporting verb does");
    assertTrue(talked.quotes().get(0).text().contains("nexus"), talked.quotes().get(0).text());
  }

  @Test
  void firstQuoteOfAPersonQuestionNamesThePerson() {
    Answer answer = engine.answer("Who was appointed prime minister of Haiti?");

    Quote first = answer.quotes().get(0);
    assertTrue(first.text().contains("Garry Conille"), first.text());
  }

  @Test
  void aQuoteThatOpensWithItIsQuotedWithTheSentenceItPointsTo() {
    Answer answer = engine.answer("which group reported collusion between gangs, police and the ruling party?");

    String first = answer.quotes().get(0).text();
    assertTrue(first.contains("It explained how massacres") && first.contains("International Human Rights Clinic"), first);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Clesca's coalition \u2014 who else is in it?", "Kiyès Monique Clesca ye e nan ki gwoup li ye?"})
  void aNameThatModifiesANounIsNoPersonInTheSentence(String question) {
    // "... negotiating with the Ariel Henry government": a government, not a member of the coalition
    Answer answer = answeredQuoting(question, "the Ariel Henry government");
    assertFalse(answer.lead().contains("Henry"), answer.lead());
    Quote first = answer.quotes().get(0);
    assertTrue(first.highlights().stream().noneMatch(h -> first.text().substring(h.start(), h.end()).contains("Henry")),
        "no bold on Henry: " + first.highlights());
  }

  @Test
  void aLeadThatCapitalisesItsValueStillMarksItInTheQuote() {
    Answer answer = engine.answer("How much had Canada pledged by June 2024?");
    Quote first = answer.quotes().get(0);

    assertTrue(answer.lead().startsWith("Approximately $123 million"), answer.lead());
    assertEquals(List.of("approximately $123 million"),
        first.highlights().stream().map(h -> first.text().substring(h.start(), h.end())).toList());
  }
}
