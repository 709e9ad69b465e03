package org.missionbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QuestionsTest {

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
      What is Canada's roughly $123M earmarked for? | What is Canada's roughly $123 million earmarked for?
      did canada give 80.5m or 123m                | did canada give 80.5 million or 123 million
      C$ 2bn for haiti?                              | C$2 billion for haiti?
      were 2.5k personnel expected                   | were 2,500 personnel expected
      2k or 1.25k officers                           | 2,000 or 1,250 officers
      how many m2 of land, 400 men in 2024           | how many m2 of land, 400 men in 2024
      Kenya sent 400 Kenyan police in mid-June       | Kenya sent 400 Kenyan police in mid-June
      was it $1,500M or 1,500k                       | was it $1,500 million or 1,500,000
      100 M $US and 123m $5m                         | 100 million $US and 123 million $5 million
      10000000000000000000000k                       | 10,000,000,000,000,000,000,000,000
      1.23456k                                       | 1234.56
      """)
  void figuresWrittenShortAreSpeltAsTheArticlesWriteThem(String typed, String spelt) {
    assertEquals(spelt, Questions.spellFigures(typed, true));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
      Le Canada a promis 80,5 M$ ?    | Le Canada a promis $80.5 million ?
      Kanada bay 10 mil dola?         | Kanada bay 10 mil dola?
      konbyen polis 20 k mouri        | konbyen polis 20 k mouri
      la réunion a duré 10 mn         | la réunion a duré 10 mn
      """)
  void inFrenchOrCreoleOnlyAFigureWithItsCurrencySignIsSpelt(String typed, String spelt) {
    assertEquals(spelt, Questions.spellFigures(typed, false));
  }

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

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
      how many kenyan officers came in the first wave and where did they land | how many kenyan officers came in the first wave / where did they land
      what did ruto thank the US for, and why did it put MSS lives at risk? | what did ruto thank the US for / why did it put MSS lives at risk
      when did cholera come back; who was blamed for the epidemic | when did cholera come back / who was blamed for the epidemic
      how much did Canada and the US pledge? | how much did Canada and the US pledge?
      who leads the mission and why | who leads the mission and why
      Kenya and who else sent police? | Kenya and who else sent police?
      """)
  void aQuestionAskingTwoThingsIsReadAsTwo(String question, String parts) {
    org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(parts.split(" / ")), Questions.parts(question));
  }

  @Test
  void aDenialIsFoundWhereTheSentenceSaysIt() {
    String text = "So far, the vehicles have not been used, Canada hasn't sent troops and cannot, and Kenya failed to.";
    assertEquals(java.util.List.of("not", "n't", "cannot", "failed to"),
        Questions.denials(text).stream().map(d -> text.substring(d[0], d[1])).toList());
    assertEquals(0, Questions.denials("Not only were the vehicles used, they broke down.").size(), "'not only' affirms");
    assertEquals(0, Questions.denials("The notion of knots is nonsense, Nobel said.").size(),
        "'notion', 'knots', 'nonsense' and 'Nobel' deny nothing");
  }
}
