package org.missionbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AskedChecksTest {

  @Test
  void theVerbAWhatOrWhenQuestionAsksAboutIsTheOneBeforeItsPrepositionOrArticle() {
    assertEquals("agree", AskedChecks.doneVerb("what did trudeau and blinken agree on when they met"));
    assertEquals("approve", AskedChecks.doneVerb("when did kenya's parliament approve the deployment"));
    assertEquals("decide", AskedChecks.doneVerb("what did the kenyan court decide in the legal challenge"));
    assertEquals(null, AskedChecks.doneVerb("when did cholera come back in haiti"), "a particle stands where the verb would");
    assertEquals(null, AskedChecks.doneVerb("what did ruto complain about"), "words said are checked apart");
    assertEquals(null, AskedChecks.doneVerb("why did it take so long for the kenyans to deploy"), "a why question's words run on");
    assertEquals(null, AskedChecks.doneVerb("what happened in haiti"));
  }
}
