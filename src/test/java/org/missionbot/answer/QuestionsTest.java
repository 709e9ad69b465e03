package org.missionbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QuestionsTest {

  @Test
  void controlAndFormatCharactersBecomeSpaces() {
    assertEquals("How much has Canada pledged?", Questions.clean("\u0000How\u0007much\u001b has\u202eCanada pledged?\u200b"));
  }

  @Test
  void loneSurrogatesAndPrivateUseCharactersAreDropped() {
    assertEquals("a b c", Questions.clean("a\ud800b\ue000c"));
  }

  @Test
  void emojiFlagsAndTheirJoinersAndModifiersAreDecorationNotMeaning() {
    String family = "\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67";
    String canadaFlag = "\ud83c\udde8\ud83c\udde6";
    String thumbSkinTone = "\ud83d\udc4d\ud83c\udffd";
    String keycapOne = "1\ufe0f\u20e3";

    assertEquals("How much has Canada pledged?",
        Questions.clean(canadaFlag + " How much has Canada \ud83d\udcb0 pledged? " + family + thumbSkinTone));
    assertEquals("1", Questions.clean(keycapOne));
  }

  @Test
  void currencyAndPercentSignsAreKept() {
    assertEquals("$80.5 million or 40%?", Questions.clean("$80.5 million or 40%?"));
  }

  @Test
  void whiteSpaceIsFoldedAndTrimmed() {
    assertEquals("How much?", Questions.clean(" \t How \r\n\u000b much? \u2028"));
  }

  @Test
  void nothingIsEmpty() {
    assertEquals("", Questions.clean(null));
    assertEquals("", Questions.clean("\u0000 \t\ud800"));
  }

  @Test
  void foldingDropsAccentsAndCase() {
    assertEquals("jovenel moise, cherizier", Questions.fold("Jovenel Mo\u00efse, Ch\u00e9rizier"));
  }
}
