package org.missionbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
