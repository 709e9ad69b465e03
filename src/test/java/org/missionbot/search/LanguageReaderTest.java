package org.missionbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageReaderTest {

  private static final LanguageReader READER = LanguageReader.shared();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "How much has Canada pledged to the mission? | ENGLISH",
      "when did the kenyan police land in haiti | ENGLISH",
      "kenya reconnaissance mission haiti | ENGLISH",
      "Who is Monique Clesca? | ENGLISH",
      "MSS capacity | ENGLISH",
      "guterres haiti | ENGLISH",
      "Combien le Canada a-t-il promis pour la mission ? | FRENCH",
      "Pourquoi le Canada n'envoie pas ses propres troupes ? | FRENCH",
      "quand les policiers kenyans sont arrives en haiti | FRENCH",
      "Konbyen lajan Kanada pwomèt pou misyon an? | CREOLE",
      "Kilè premye polisye Kenyan yo te rive Ayiti? | CREOLE",
      "poukisa kanada pa voye solda ann ayiti | CREOLE",
      "Eske Ariel Henry te bay demisyon l? | CREOLE",
      "Est-ce que William Ruto a rencontré Justin Trudeau ? | FRENCH",
      "Did Ariel Henry resign? | ENGLISH",
      "What did Dorothy Shea ask the Security Council? | ENGLISH",
      // short questions, on which the n-grams only guess: their say shrinks with the letters they read
      "can you tell me a joke? | ENGLISH",
      "mss rules of engagement details | ENGLISH",
      "y did kenya pause the deploymnt | ENGLISH",
      "où blinken va aller vendredi après ottawa | FRENCH",
      // without accents: the words only French has tell it, however few ("fin" is English too)
      "ou blinken va aller vendredi apres ottawa | FRENCH",
      "minustah fin annee | FRENCH",
      "brian nichols fonction | FRENCH",
      "ki fonksyon brian nichols | CREOLE",
      "minustah mandate end | ENGLISH"})
  void aQuestionIsReadInItsLanguage(String question, Language language) {
    assertEquals(language, READER.read(question, null), question);
  }

  @Test
  void namesAreLeftOutOfTheNgrams() {
    assertEquals("Eske     te bay demisyon l?", LanguageReader.withoutNames("Eske Ariel Henry te bay demisyon l?"));
    assertEquals("Qui est   ?", LanguageReader.withoutNames("Qui est Jean-Victor ?"));
    assertEquals("HOW    ", LanguageReader.withoutNames("HOW MUCH HAS"));
  }

  @Test
  void namesDoNotMakeAQuestionEnglish() {
    // "Jimmy" is an English word too; "Qui est" is all that tells the language
    assertEquals(Language.FRENCH, READER.read("Qui est Jimmy Chérizier ?", null));
    assertEquals(Language.ENGLISH, READER.read("Who is Jimmy Chérizier?", null));
  }

  @Test
  void aNameAloneKeepsTheConversationsLanguage() {
    assertEquals(Language.FRENCH, READER.read("Ruto ?", Language.FRENCH));
    assertEquals(Language.CREOLE, READER.read("Ruto?", Language.CREOLE));
    assertEquals(Language.ENGLISH, READER.read("Ruto?", null));
  }

  @Test
  void aClearQuestionOutweighsTheHint() {
    assertEquals(Language.ENGLISH, READER.read("How many officers arrived in the first group?", Language.FRENCH));
    assertEquals(Language.FRENCH, READER.read("Combien de policiers sont arrivés dans le premier groupe ?", Language.ENGLISH));
  }

  @Test
  void languageCodesAndTagsAreRead() {
    assertEquals(Language.FRENCH, Language.ofCode("fr-CA"));
    assertEquals(Language.CREOLE, Language.ofCode("ht"));
    assertEquals(null, Language.ofCode("de"));
  }
}
