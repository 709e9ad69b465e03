package org.missionbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionWordsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      have the armored vehicles been used yet?                          | true
      so did the hnp ever use those canadian armored trucks             | true
      After Henry said he was quitting, did Ruto signal Kenya might go? | true
      Isn't Canada sending troops?                                      | true
      Est-ce que le Canada envoie des soldats ?                         | true
      Èske Kanada voye sòlda?                                           | true
      eske kanada voye solda                                            | true
      Qu'est-ce que le Canada a promis ?                                | false
      what were the armored vehicles for?                               | false
      who did Ruto call before the announcement                         | false
      Can you tell me when they arrived?                                | false
      Do you know who leads the MSS?                                    | false
      How many police officers has Kenya sent, do you know?             | false
      """)
  void aQuestionOpeningWithAVerbsHelperAsksWhether(String question, boolean whether) {
    assertEquals(whether, QuestionWords.asksWhether(question), question);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Did Trump freeze Washington's funding for Haiti?                           | true
      so has canada cut its pledge                                               | true
      After Henry quit, did Ruto say Kenya would stay?                           | true
      is the mission's budget enough?                                            | false
      Was the pledge bigger than the first one?                                  | false
      Did any other country step up with a dollar amount, and how much was it?   | false
      how much did Canada pledge?                                                | false
      """)
  void aQuestionOpeningWithAHelperOfADeedAndNoQuestionWordOnlyAsksWhetherItWasDone(String question, boolean only) {
    assertEquals(only, QuestionWords.asksOnlyWhetherDone(question), question);
  }

  @Test
  void aQuestionWordInsideAClauseAnotherOpenedAsksNothing() {
    assertEquals(List.of(QuestionKind.SPEECH), KindReader.of("What did Trump actually say when he criticised Kenya over Haiti?"),
        "'when he criticised' tells which words, it does not ask a date");
    assertEquals(List.of(QuestionKind.PERSON), KindReader.of("Who were the 18 officials who signed the request?"));
    assertEquals(List.of(QuestionKind.OTHER), KindReader.of("what lever has canada pulled against the elites who bankroll the gangs"));
    assertEquals(List.of(QuestionKind.DATE, QuestionKind.REASON),
        KindReader.of("when exactly did kenya volunteer and why did it take them so long"), "a second question after 'and'");
    assertEquals(List.of(QuestionKind.COUNT, QuestionKind.DATE),
        KindReader.of("how many officers were planned, when did the first land"), "a second question after a comma");
    assertEquals(List.of(QuestionKind.PERSON), KindReader.of("quick q who's bankrolling the kenyan force"));
    assertEquals(List.of(QuestionKind.COUNT),
        KindReader.of("first group of kenyan police officers who landed in haiti counted how many officers"),
        "a relative after a noun asks nothing when another question word asks (French word order read in English)");
    assertEquals(List.of(QuestionKind.PERSON), KindReader.of("canada gives training to whom as part of the mission"),
        "after a preposition the question word is asked where it stands");
    assertEquals(List.of(QuestionKind.PERSON), KindReader.of("the officers who landed first"),
        "a relative alone is all the question has");
    assertEquals(List.of(QuestionKind.DATE, QuestionKind.COUNT),
        KindReader.of("the first kenyan police officers arrived when and how many were they"),
        "a question word asked where it stands, another joined to it");
    assertEquals(List.of(QuestionKind.DATE, QuestionKind.REASON), KindReader.of("Kenya volunteered when and why?"));
    assertEquals(List.of(QuestionKind.COUNT, QuestionKind.REASON), KindReader.of("how many officers were meant to go, and why?"),
        "a reason asked outright stays when something planned is asked too");
    assertEquals(List.of(QuestionKind.SPEECH, QuestionKind.REASON),
        KindReader.of("what did Kenya say the force is designed to tackle?"), "words said before a purpose do not plan it");
    assertEquals(List.of(QuestionKind.SHARE, QuestionKind.COUNT), KindReader.of("how much of haiti faces hunger? like how many people"),
        "a question word that opens a new sentence asks");
    assertEquals(List.of(QuestionKind.SPEECH), KindReader.of("what did he say. the man who spoke"),
        "a relative in the next sentence still asks nothing when another question word asks");
  }

  @Test
  void aClauseOpenedByWhenBeforeAnotherQuestionSetsItsSceneAndAsksNothing() {
    assertEquals(List.of(QuestionKind.OTHER),
        KindReader.of("When Ruto got off the phone with Davis, what did he promise about Kenya sticking around?"));
    assertEquals(List.of(QuestionKind.PERSON), KindReader.of("so when the kenyans arrived, who was prime minister?"));
    assertEquals(List.of(QuestionKind.PERSON), KindReader.of("when the kenyans touched down in june 2024 who was haiti's prime minister"),
        "typed without its comma, the scene still asks nothing");
    assertEquals(List.of(QuestionKind.AMOUNT), KindReader.of("when ruto called trudeau how much did canada pledge"));
    assertEquals(List.of(QuestionKind.DATE, QuestionKind.COUNT), KindReader.of("when kenya offered to lead the force and how many police landed first"),
        "a second question joined by 'and' asks too");
    assertEquals(List.of(QuestionKind.DATE), KindReader.of("when the kenyans who landed first arrived"),
        "a relative 'who' with no helper after it opens no question");
    assertEquals(List.of(QuestionKind.PLACE), KindReader.of("where the gangs rule the streets, where do people go?"),
        "the scene's word is blanked, not the one that asks");
    assertEquals(List.of(QuestionKind.DATE, QuestionKind.COUNT), KindReader.of("when did they land, and how many came?"),
        "an auxiliary after 'when' asks");
    assertEquals(List.of(QuestionKind.DATE, QuestionKind.PLACE), KindReader.of("when and where did they land"));
    assertEquals(List.of(QuestionKind.DATE), KindReader.of("when exactly, roughly, did they land"));
    assertEquals(List.of(QuestionKind.PLACE), KindReader.of("When the Kenyans landed, where did they go?"));
    assertEquals(List.of(QuestionKind.DATE, QuestionKind.COUNT), KindReader.of("when kenya offered to lead the force, and how many police landed first"),
        "after its comma, 'and' joins a second question (Creole 'kilè ..., epi konbyen' read into English)");
  }

  @Test
  void whatIsSetAsideIsNotAsked() {
    assertEquals(List.of(QuestionKind.OTHER), KindReader.of("apart from money, what lever has canada pulled"));
    assertEquals(List.of(QuestionKind.AMOUNT), KindReader.of("besides the police, how much money did canada give?"));
    // a cue inside what is set aside asks nothing: the question asks what else, not the amount nor the date
    assertEquals(List.of(QuestionKind.OTHER), KindReader.of("apart from how much canada pledged, what did it do?"));
    assertEquals(List.of(QuestionKind.OTHER), KindReader.of("other than when they landed, what do we know about the kenyans?"));
  }

  @Test
  void aClauseInAQuestionThatAsksWhetherDatesTheDeedAndAsksNothing() {
    assertEquals(List.of(QuestionKind.OTHER), KindReader.of("did canada flat out refuse the US when asked to take on the gangs?"));
    assertEquals(List.of(QuestionKind.OTHER), KindReader.of("was ruto angry when trump criticised kenya?"));
    assertEquals(List.of(QuestionKind.OTHER), KindReader.of("did the officers who arrived get paid?"));
    // what knowing or telling opens is asked, even after a helper verb
    assertEquals(List.of(QuestionKind.DATE), KindReader.of("do you know when the mission ends?"));
    assertEquals(List.of(QuestionKind.PLACE), KindReader.of("is it known where the officers are based?"));
    assertEquals(List.of(QuestionKind.DATE), KindReader.of("did the kenyans arrive, and when?"));
    assertEquals(List.of(QuestionKind.DATE), KindReader.of("Were they paid? when did they land?"));
    // the helper may open the clause after a scene set before it
    assertEquals(List.of(QuestionKind.OTHER), KindReader.of("after henry quit, was there a stretch where kenya's rollout was put on ice?"));
    assertEquals(List.of(QuestionKind.OTHER), KindReader.of("in 2022, did canada send troops when the us asked?"));
    assertEquals(List.of(QuestionKind.PLACE), KindReader.of("after henry quit, where did the council meet?"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      name the oligarch families the 2022 article says collude with gangs | PERSON
      the wire says blinken had been talking with one official. who? | PERSON
      why does the story say the mission was delayed? | REASON
      what did ruto say about the trucks? | SPEECH
      what did the story's source say about the trucks? | SPEECH
      """)
  void aVerbOfTellingWhoseSubjectIsTheNewsItemAsksNoRemark(String question, QuestionKind kind) {
    assertEquals(List.of(kind), KindReader.of(question));
  }

  @Test
  void theStatementsAroundWhatAMessageAsksAskNothing() {
    assertEquals(List.of(QuestionKind.DURATION), KindReader.of("So in March 2024 Ruto said Kenya would send a recon team once"
        + " there was a viable government. How many days after that was the council sworn in?"),
        "words said in the context given do not make the message ask for words said");
    assertEquals(List.of(QuestionKind.AMOUNT), KindReader.of("I read that Kenya sent its police in June. My teacher said Canada"
        + " paid too. How much did Canada pledge? I need it for my homework."), "the statements before and after the question");
    assertEquals(List.of(QuestionKind.SPEECH), KindReader.of("Ruto said Kenya would send a recon team once there was a viable"
        + " government. tell me more"), "without a question mark nothing is taken for context");
    assertEquals(List.of(QuestionKind.AMOUNT, QuestionKind.DATE), KindReader.of("Canada pledged money for the mission. How much,"
        + " and when was it announced? It was in the news."), "statements on both sides of the question");
    assertEquals(List.of(QuestionKind.COUNT), KindReader.of("exact number of armored vehicles the US and canada handed the"
        + " HNP on oct. 15?"), "an abbreviation's full stop ends no statement before a question that asks by no question word");
  }
}
