package org.missionbot.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.missionbot.Checkout;

class AnalysisTest {

  private static Analyzer passages;

  @BeforeAll
  static void readTheSynonymsOfTheCheckout() throws IOException {
    passages = Analysis.withSynonyms(Checkout.synonyms()).passageAnalyzer();
  }

  private static List<String> passageTerms(String text) {
    return Analysis.terms(passages, Fields.TEXT, text);
  }

  private static List<String> terms(Analyzer analyzer, String text) {
    return Analysis.terms(analyzer, Fields.TEXT, text);
  }

  private static List<String> words(String text) {
    return Analysis.terms(Analysis.wordAnalyzer(), Fields.WORDS, text);
  }

  @Test
  void accentsAreFoldedOnBothSides() {
    assertEquals(passageTerms("Jovenel Moise"), passageTerms("Jovenel Mo\u00efse"));
    assertEquals(List.of("jovenel", "moise"), words("Jovenel Mo\u00efse"));
    assertEquals(List.of("cherizier"), words("Ch\u00e9rizier"));
  }

  @Test
  void decomposedAccentsAreFoldedToo() {
    assertEquals(List.of("jovenel", "moise"), words("Jovenel Moi\u0308se"));
    assertEquals(passageTerms("Jovenel Mo\u00efse"), passageTerms("Jovenel Moi\u0308se"));
  }

  @Test
  void aNumberIsOneTermWithOrWithoutItsThousandsCommas() {
    assertEquals("2500", passageTerms("2,500 personnel").get(0));
    assertEquals(passageTerms("2,500 personnel"), passageTerms("2500 personnel"));
    assertEquals(List.of("1000000"), words("1,000,000"));
    assertEquals(List.of("80.5"), words("80.5"), "a decimal point stays");
    assertEquals(List.of("1,2"), words("1,2"), "a comma not grouping thousands stays");
  }

  @Test
  void thePercentSignReadsAsTheWordWithOffsetsTrueToTheText() throws IOException {
    String text = "Gangs control over 80% of the capital.";
    assertTrue(passageTerms(text).contains("percent"), passageTerms(text).toString());
    assertTrue(passageTerms("a share in percentages").contains("percent"), "the synonyms file makes them one");
    assertEquals(List.of("80", "percent"), words("80%"));
    try (var stream = Analysis.wordAnalyzer().tokenStream(Fields.WORDS, text)) {
      var term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      var offset = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
      stream.reset();
      java.util.Map<String, String> spans = new java.util.HashMap<>();
      while (stream.incrementToken()) {
        spans.put(term.toString(), text.substring(offset.startOffset(), offset.endOffset()));
      }
      stream.end();
      assertEquals("capital", spans.get("capital"), "the words after the sign keep their place in the text");
      assertEquals("%", spans.get("percent").strip(), "the word stands where the sign was");
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      The gangs are well-armed, often with weapons smuggled from the United States. | guns | 'where do the gangs get their guns?' is asked of a sentence on weapons
      firearms seized at the port | weapon |
      Joly said Canada will work to impose sanctions on gang leaders | bosses |
      A Transitional Presidential Council was installed after Ariel Henry resigned | quit | 'after Henry quit' is asked of a sentence on his resignation
      without a shot fired by the bodyguards tasked with protecting him | guards |
      Critical infrastructure, including the main seaport and airport, has been repeatedly attacked | harbour |
      Critical infrastructure, including the main seaport and airport, has been repeatedly attacked | airfield |
      they did make available logistics vehicles | trucks | 'what was wrong with the US trucks?' is asked of a sentence on vehicles
      """)
  void aQuestionsWordFindsThePassageThatUsesTheArticlesWordForIt(String passage, String asked, String why) {
    assertTrue(passageTerms(passage).contains(Analysis.stem(asked)), why);
  }

  @Test
  void aPlacesNameHoldsNoSynonymOfItsWords() {
    assertFalse(passageTerms("The first group landed in Port-au-Prince").contains(Analysis.stem("harbour")),
        "the capital's name is no harbour");
  }

  @Test
  void dottedAndPlainUsAreOneTerm() {
    assertEquals(List.of("usa"), words("U.S."));
    assertEquals(List.of("usa"), words("US"));
    assertEquals(passageTerms("the US military"), passageTerms("the U.S. military"));
    assertTrue(passageTerms("the U.S. military").contains("usa"), passageTerms("the U.S. military").toString());
  }

  @Test
  void theNounOfAnAgentsRoleIsSearchedAsItsVerbButTheAgentIsNot() {
    assertEquals(passageTerms("leads"), passageTerms("leadership"));
    assertEquals(passageTerms("leads"), passageTerms("leaderships"));
    assertNotEquals(passageTerms("leads"), passageTerms("leaders"), "gang leaders do not lead the mission");
  }

  @Test
  void aNounSpeltAsAPhrasalVerbIsSearchedAsItsVerb() {
    assertEquals(passageTerms("broke down"), passageTerms("breakdowns down"));
    assertEquals(passageTerms("broken down"), passageTerms("breakdown down"));
    assertNotEquals(passageTerms("set"), passageTerms("setup"), "a verb under four letters says too little");
    assertNotEquals(passageTerms("feed"), passageTerms("feedback"), "a noun of another sense is not its verb");
  }

  @Test
  void thePronounUsIsNotTheCountry() {
    assertEquals(List.of("told", "us"), words("told us"));
    assertFalse(passageTerms("they told us").contains("usa"), passageTerms("they told us").toString());
    assertTrue(Analysis.isStopWord("the"));
  }

  @Test
  void otherDottedAcronymsLoseTheirDots() {
    assertEquals(List.of("a", "un", "mission"), words("a U.N. mission"));
    assertTrue(passageTerms("a U.N. mission").contains("un"));
  }

  @Test
  void synonymsFromTheConfigAreAddedToPassages() {
    List<String> terms = passageTerms("The U.N. authorised it.");

    assertTrue(terms.contains("unit"), "united nations: " + terms);
    assertTrue(terms.contains(Analysis.stem("authorize")), terms.toString());
  }

  @Test
  void countriesTheirOtherNamesAndNationalitiesAreOneGroupFromTheCountryTable() {
    List<String> terms = passageTerms("Kenyan police arrived with officers from Mongolia.");

    assertTrue(terms.contains("kenya"), terms.toString());
    assertTrue(passageTerms("Mongolian officers").contains("mongolia"), "a country no config line names");
    assertTrue(passageTerms("the U.S. delivered").contains(Analysis.stem("american")));
    assertTrue(passageTerms("Ottawa agreed").contains("canada"), "news copy names a government by its capital");
  }

  @Test
  void questionWordsAreNotExpanded() {
    assertEquals(List.of("ottawa"), words("Ottawa"));
  }

  @Test
  void multiWordSynonymWhosePhraseHasAStopWordMatches() {
    Analyzer analyzer = Analysis.withSynonyms("diplomat, secretary of state").passageAnalyzer();

    assertTrue(terms(analyzer, "US Secretary of State Antony Blinken arrived.").contains(Analysis.stem("diplomat")));
  }

  @Test
  void multiWordSynonymFindsThePhraseForItsSingleWord() {
    Analyzer analyzer = Analysis.withSynonyms("diplomat, secretary of state").passageAnalyzer();
    List<String> terms = terms(analyzer, "He became the top US diplomat in January 2021.");

    assertTrue(terms.contains("secretari"), terms.toString());
    assertTrue(terms.contains("state"), terms.toString());
  }

  @Test
  void stopWordsAreDroppedFromSynonymPhrases() {
    assertEquals("diplomat, secretary state, foreign minister\n",
        Analysis.withoutStopWords("diplomat, secretary of state, foreign minister"));
    assertEquals("# a comment of the file\n", Analysis.withoutStopWords("# a comment of the file"));
  }

  @Test
  void possessivesAndInflectionsShareAStem() {
    assertEquals(passageTerms("Canada"), passageTerms("Canada's").subList(0, passageTerms("Canada").size()));
    assertEquals(Analysis.stem("pledged"), Analysis.stem("pledging"));
    assertTrue(passageTerms("pledged").contains(Analysis.stem("pledging")));
  }

  @Test
  void analysisWorksWithoutSynonyms() {
    for (String rules : new String[] {"", "# only a comment\n"}) {
      Analyzer plain = Analysis.withSynonyms(rules).passageAnalyzer();

      assertEquals(List.of(Analysis.stem("pledged")), Analysis.terms(plain, Fields.TEXT, "pledged"));
    }
  }

  @Test
  void prefixesAreTheFirstFiveLetters() {
    assertEquals("deliv", Analysis.prefix("delivered"));
    assertEquals("un", Analysis.prefix("un"));
    assertEquals(List.of("deliv", "vehic"), Analysis.terms(Analysis.prefixAnalyzer(), Fields.PREFIX, "the delivered Vehicles"));
  }

  @Test
  void badSynonymRuleIsAClearError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Analysis.withSynonyms("canada => ottawa => nairobi"));

    assertTrue(e.getMessage().contains("synonyms"), e.getMessage());
  }
}
