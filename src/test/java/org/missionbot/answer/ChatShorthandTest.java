package org.missionbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChatShorthandTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      ugh how bad is hunger in haiti rn | how bad is hunger in haiti right now
      who r the ppl in the govt? | who are the people in the government?
      lol so the MSS is a test run? | the MSS is a test run?
      did the U.S. send troops? | did the U.S. send troops?
      what did the U.N. say abt it | what did the U.N. say about it
      Kenya's police and the ruling | Kenya's police and the ruling
      rn, who leads? | right now, who leads?
      wat did trudeau and ruto talk about | what did trudeau and ruto talk about
      wen did the kenyans land | when did the kenyans land
      wats minustah | what's minustah
      wen was prez moise killed | when was president moise killed
      what did George W. Bush say | what did George W. Bush say
      is the US gonna pay | is the US going to pay
      when does the recon team go, and is comms gear funded | when does the reconnaissance team go, and is communications gear funded
      when did blinken start as secstate | when did blinken start as secretary of state
      canadians arent deploying, didnt they say | canadians aren't deploying, didn't they say
      whos the pm as of sept 2025 | who's the pm as of September 2025
      the kenyans wont leave? | the kenyans won't leave?
      ruto said the team goes once sumthing happens, wat is it | ruto said the team goes once something happens, what is it
      headcount incl benin, chad etc | headcount including benin, chad
      """)
  void shorthandIsSpeltOutAndInterjectionsDropped(String typed, String read) {
    assertEquals(read, ChatShorthand.shared().expand(typed));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      wait, who is garry conille | who is garry conille
      ok so quick q who's bankrolling the force? | who's bankrolling the force?
      Hey... so what did ruto say | what did ruto say
      how long did they wait | how long did they wait
      so far, who paid? | far, who paid?
      well-armed gangs? | well-armed gangs?
      ok? | ok?
      honest question: does the UN run the force | does the UN run the force
      """)
  void openersAreDroppedOnlyWhereAMessageStarts(String typed, String read) {
    assertEquals(read, ChatShorthand.shared().expand(typed));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      can you tell me who the prime minister of haiti is? | who the prime minister of haiti is?
      do you know when the kenyans landed | when the kenyans landed
      Any idea how much Canada pledged? | how much Canada pledged?
      I'd like to know how many officers arrived | how many officers arrived
      Id like to know how many officers arrived | how many officers arrived
      I’m wondering why Canada did not lead | why Canada did not lead
      hmm can u remind me when the kenyans landed | when the kenyans landed
      ok quick one - who's the prime minister? | who's the prime minister?
      please tell me where the first officers landed | where the first officers landed
      just curious, which countries sent police? | which countries sent police?
      ok so, do you know who leads the force | who leads the force
      """)
  void aRequestFramingAQuestionIsDroppedBeforeItsQuestionWord(String typed, String read) {
    assertEquals(read, ChatShorthand.shared().expand(typed));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      can you tell me about the MSS | can you tell me about the MSS
      do you know if canada sent troops | do you know if canada sent troops
      tell me | tell me
      who do you know in the mission | who do you know in the mission
      what did Ruto tell me | what did Ruto tell me
      explain the MSS mandate | explain the MSS mandate
      """)
  void aRequestWithNoQuestionWordAfterItStays(String typed, String read) {
    assertEquals(read, ChatShorthand.shared().expand(typed));
  }
}
