package org.missionbot.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TyposTest {

  @Test
  void aTypoIsALetterAddedOrDroppedTwoSwappedOrAVowelForAnotherNotAConsonantForAnother() {
    assertTrue(Typos.isTypoOf("maintenent", "maintenant") && Typos.isTypoOf("pwomt", "pwomet")
        && Typos.isTypoOf("mainetnant", "maintenant") && !Typos.isTypoOf("metier", "mefier"));
  }
}
