package org.missionbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonNounsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      which kenyan judge blocked the deployment?                 | 0
      which lawyers challenged the deployment in court            | 0
      and which haitian senators were sanctioned                  | 4
      which oligarch families collude with the gangs              | 0
      what reporter wrote the story                               | 0
      which region's officers does canada train                   | -1
      what did the judge say                                      | -1
      what are the cops accused of                                | -1
      what is the montana group                                   | -1
      what made kenya pause the deployment                        | -1
      which kind of judge                                         | -1
      which trucks broke down                                     | -1
      who leads the mission                                       | -1
      """)
  void findsTheWhichThatAsksForAPersonByItsNoun(String question, int at) {
    assertEquals(at, PersonNouns.asked(question), question);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Which Kenyan judge blocked the deployment?   | PERSON
      Which lawyers challenged the deployment?     | PERSON
      which region's officers does canada train?   | OTHER
      which kenyan court ruled on the deployment?  | NAME
      what did the judge say about it?             | SPEECH
      """)
  void aQuestionAskingForOneByItsNounAsksForAPerson(String question, QuestionKind kind) {
    assertEquals(List.of(kind), KindReader.of(question), question);
  }
}
