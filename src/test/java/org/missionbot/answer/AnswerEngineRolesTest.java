package org.missionbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.missionbot.answer.AnswerEngineFixture.assertWellFormed;
import static org.missionbot.answer.AnswerEngineFixture.corpus;
import static org.missionbot.answer.AnswerEngineFixture.engine;
import static org.missionbot.answer.AnswerEngineFixture.index;
import static org.missionbot.answer.AnswerEngineFixture.undecided;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.missionbot.answer.Answer.Outcome;
import org.missionbot.search.LogisticModel;
import org.missionbot.search.PassageSearcher;

/**
 * Who holds a role: the one the newest article names, or the articles of the time asked about; never one they call
 * outgoing, one who holds it to another body, or one no article names in it, and no one after the newest.
 */
class AnswerEngineRolesTest {

  @ParameterizedTest
  @ValueSource(strings = {"Who was Haiti's prime minister when the Kenyan police arrived in June 2024?",
      "who prime minister haiti june 2024", "Kiyès ki te premye minis Ayiti lè kenyen yo te rive an jen 2024?"})
  void theHolderOfARoleAtADateIsTheOneNamedThenNotTheOneCalledThenPrimeMinister(String question) {
    Answer answer = engine.answer(question);

    assertTrue(answer.lead().startsWith("Garry Conille ("), question + " -> " + answer.lead());
  }

  @Test
  void aRoleHeldToOneBodyIsNotTheSameRoleHeldToAnother() {
    assertTrue(engine.answer("who is the US ambassador to the UN?").lead().startsWith("Dorothy Shea ("));
    assertFalse(engine.answer("Who is the US ambassador to Haiti?").lead().contains("Shea"),
        "'US Ambassador to the UN Dorothy Shea' is no ambassador to Haiti");
    assertTrue(engine.answer("who is the US ambassador to the UN now?").lead().startsWith("Dorothy Shea ("),
        "'now' ends what the role is held to");
  }

  @Test
  void whoDidSomethingAtADateIsNoRoleQuestion() {
    Answer answer = engine.answer("who at the un was calling for intervention in haiti in 2022");

    assertTrue(answer.lead().startsWith("Antonio Guterres ("), answer.lead());
  }

  @Test
  void theCurrentHolderOfTheRoleAskedAnswersWhateverTheDecisionSays() {
    AnswerEngine never = new AnswerEngine(new PassageSearcher(index),
        new Decision(new LogisticModel(Decision.FEATURES, new double[Decision.FEATURES.size()], 0, 1)));
    // the best match is "Bahamas Prime Minister Philip Davis"; "a new prime minister, Garry Conille" holds the answer
    Answer current = never.answer("Who is the current prime minister of Haiti?");
    assertTrue(current.lead().startsWith("Garry Conille ("), current.lead());
    assertFalse(never.answer("who is the president of the transitional council").answered(),
        "'a Transitional Presidential Council was installed' names no one as its president");
    assertFalse(never.answer("Who is the prime minister of Jamaica?").answered(), "no article names one");
    assertFalse(never.answer("How much has Canada pledged?").answered(), "no role asked: the decision's to say");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      // the June 2024 article's new prime minister, not the March one's "outgoing" Ariel Henry
      "who is haiti's prime minister?|Garry Conille|Ariel Henry",
      "Who is the current prime minister of Haiti|Garry Conille|Ariel Henry",
      "whos the haitian pm|Garry Conille|Ariel Henry",
      "who is the prime minister?|Garry Conille|Mark Carney",
      // the September 2025 article's, not the March 2024 one's Justin Trudeau
      "who is the canadian prime minister|Mark Carney|Justin Trudeau",
      "who's the PM of canada|Mark Carney|Justin Trudeau",
      "who is canada's prime minister now?|Mark Carney|Justin Trudeau",
      "who is the president of kenya?|William Ruto|Donald Trump",
      // a role at a stretch of time: the one that stretch's newest article names
      "who was haiti's prime minister in june 2024|Garry Conille|Ariel Henry",
      "Who was Haiti's prime minister in October 2022?|Ariel Henry|Garry Conille",
      "who's canada's PM in sept 2025|Mark Carney|Justin Trudeau",
      "who was canada's prime minister in 2022|Justin Trudeau|Mark Carney",
      // a time the question names by an event: the month the articles first report it in
      "who was haiti's prime minister when the kenyans arrived|Garry Conille|Ariel Henry"})
  void theHolderOfARoleIsTheOneTheNewestArticleNames(String question, String holder, String notHolder) {
    Answer answer = engine.answer(question);

    assertTrue(answer.lead().startsWith(holder + " ("), question + " -> " + answer.lead());
    assertFalse(answer.lead().contains(notHolder), answer.lead());
    Quote first = answer.quotes().get(0);
    assertTrue(first.text().contains(holder), first.text());
    assertEquals(List.of(holder), first.highlights().stream().map(s -> first.text().substring(s.start(), s.end())).toList(),
        "only the holder is marked");
    assertWellFormed(corpus, question, answer);
  }

  @Test
  void theHolderAtATimeAskedAboutIsNotTheNewest() {
    Answer answer = engine.answer("who was canada's prime minister in october 2022?");

    assertTrue(answer.answered());
    assertFalse(answer.lead().contains("Carney"), answer.lead());
    assertTrue(answer.quotes().stream().anyMatch(q -> q.text().contains("Justin Trudeau")), answer.quotes().toString());
  }

  /** A role's words stand before the name as its title, not in a clause that mentions someone later. */
  @ParameterizedTest
  @ValueSource(strings = {"who is the president of the transitional council", "who is the council's pm",
      "Kiy\u00e8s ki prezidan Kons\u00e8y Prezidansy\u00e8l Tranzisyon an?"})
  void noOneIsLedForARoleTheArticlesNameNoHolderOf(String question) {
    Answer answer = engine.answer(question);

    assertEquals("", answer.answered() ? answer.lead() : "", "'a Transitional Presidential Council was installed ... after Ariel Henry'"
        + " and 'the assassination of President Jovenel Moise' name no president of the council, 'a new prime minister,"
        + " Garry Conille' no council's");
  }

  @Test
  void noOneTheArticlesOfTheTimeCallOutgoingLeads() {
    Answer answer = engine.answer("who was haiti's pm in march 2024");

    assertTrue(answer.answered());
    assertEquals("", answer.lead(), "the March 2024 article calls Ariel Henry outgoing and names no successor");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Who is Monique Clesca?", "who was the prime minister back then?", "who is ruto's wife?",
      "who led the reconnaissance mission?"})
  void questionsAboutSomeoneOrThePastAreNotRoleQuestions(String question) {
    var searcher = new PassageSearcher(index);
    assertFalse(RoleHolders.asks(searcher.read(question), TimeFrame.of(question)), question);
  }

  @Test
  void aQuestionAboutSomeoneTheArticlesNameGetsNoRoleHolder() {
    var searcher = new PassageSearcher(index);
    RoleHolders roles = RoleHolders.of(searcher.passages(), searcher::isTopical);
    var read = searcher.read("who is ruto's president");

    assertTrue(RoleHolders.asks(read, TimeFrame.of(read.text())), "read as a role by its words alone");
    assertTrue(roles.holder(read, searcher.search(read), searcher::matchOffsets, org.missionbot.corpus.MentionFinder::find)
        .isEmpty(), "but Ruto is a person of the articles");
    assertFalse(roles.isRole(searcher.read("who is monqiue clesca")), "a misspelt person is still a person");
    assertTrue(roles.isRole(searcher.read("who is the prime minister")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Who replaced Garry Conille as Haiti's prime minister?", "who replaced garry conille as pm",
      "hey who replaced Garry Conille as prime minister?", "Who succeeded Conille as prime minister?",
      "who is Conille's successor as prime minister", "Who took over from Melanie Joly as Canada's foreign minister?"})
  void whoCameAfterTheNewestHolderOfARoleIsNotInTheArticles(String question) {
    assertTrue(asksAfterTheNewest(question), question + ": no article names anyone in the role after them");
    Answer answer = undecided.answer(question);
    assertEquals(Outcome.NOT_IN_ARTICLES, answer.outcome(), answer.toString());
    assertEquals(Answer.Refusal.SUCCESSION, answer.refusal(), answer.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Who replaced Ariel Henry as Haiti's prime minister?", "who replaced henry as pm",
      "who replaced trudeau as canadian prime minister", "Who replaced Garry Conille?", "who replaced the MSS"})
  void whoCameAfterAnEarlierHolderOrWithNoRoleNamedIsLeftToTheArticles(String question) {
    assertFalse(asksAfterTheNewest(question), question + ": a newer holder is named, or no role, or no one");
  }

  private boolean asksAfterTheNewest(String question) {
    var searcher = new PassageSearcher(index);
    var read = searcher.read(question);
    return RoleHolders.of(searcher.passages(), searcher::isTopical).asksAfterTheNewest(read, searcher.search(read),
        searcher::matchOffsets, org.missionbot.corpus.MentionFinder::find);
  }

  @ParameterizedTest
  @ValueSource(strings = {"according to the most recent article, who is canada's prime minister?",
      "In the article, who is Canada's PM?"})
  void wordsThatOnlySayNowAreNoWordsToLookFor(String question) {
    Answer answer = engine.answer(question);

    assertTrue(answer.lead().startsWith("Mark Carney"), "'most recent' asks for the newest article, and a frame before "
        + "'who is' keeps it a question of who holds the role now: " + answer);
  }

  @Test
  void aWhenClauseWithADateSetsTheSceneOfAQuestionOnWhoHeldARole() {
    Answer pm = engine.answer("when the kenyans touched down in june 2024 who was haiti's prime minister");

    assertTrue(pm.lead().startsWith("Garry Conille"), pm.lead()); // it had led the quotes with Bahamas' Philip Davis
  }

  @Test
  void aPartOfAYearFramesTheQuestionAsAMonthDoes() {
    Answer mid2024 = engine.answer("who was prime minister of haiti in mid-2024?");

    assertEquals(Outcome.ANSWERED, mid2024.outcome(), "'mid-2024' is May to August 2024, not words to look for");
    assertTrue(mid2024.lead().startsWith("Garry Conille"), mid2024.lead());
  }

  @Test
  void aRoleNoArticleNamesAnyoneInGetsNoName() {
    Answer answer = engine.answer("who is the commander of the mission?");

    assertFalse(answer.lead().contains("Henry"), "Ariel Henry only stands near 'lead' and 'mission': " + answer.lead());
    assertTrue(answer.quotes().stream().allMatch(q -> q.highlights().isEmpty()));
  }
}
