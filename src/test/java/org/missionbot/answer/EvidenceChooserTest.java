package org.missionbot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How the evidence for an answer is chosen: here, the sentence that settles a yes/no question. */
class EvidenceChooserTest {

  @Test
  void aDenialReachesTheWordsOfItsOwnClause() {
    assertTrue(EvidenceChooser.denies(" been "), "'have not been used'");
    assertTrue(EvidenceChooser.denies(" contributing its own police or "), "'not contributing its own police or military'");
    assertFalse(EvidenceChooser.denies(" only a pledge, but "), "a comma ends what 'not' denies");
    assertFalse(EvidenceChooser.denies(" long ago. Today "), "and so does a full stop");
    assertTrue(EvidenceChooser.denies(" sent U.S. "), "not the dots of an abbreviation: 'have not sent U.S. troops'");
    assertFalse(EvidenceChooser.denies(" one of the many things that the mission "), "seven words on, a word is no longer denied");
  }
}
