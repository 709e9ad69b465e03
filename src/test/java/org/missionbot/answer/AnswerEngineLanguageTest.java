package org.missionbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.missionbot.answer.AnswerEngineFixture.engine;
import static org.missionbot.answer.AnswerEngineFixture.undecided;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionbot.answer.Answer.Outcome;
import org.missionbot.search.Language;

/** French and Haitian Creole questions: read into English, answered with English quotes, replied to in their language. */
class AnswerEngineLanguageTest {

  @Test
  void aFrenchQuestionGetsEnglishQuotesAndAFrenchLeadWithFrenchDates() {
    Answer answer = engine.answer("Combien le Canada a-t-il promis ?");

    assertEquals("fr", answer.language());
    assertTrue(answer.answered());
    assertTrue(answer.lead().startsWith("Les articles donnent des chiffres"), answer.lead());
    assertTrue(answer.lead().contains("juin 2024"), answer.lead());
    assertTrue(answer.quotes().stream().anyMatch(q -> q.text().contains("$123 million")), answer.quotes().toString());
  }

  @Test
  void aCreoleQuestionIsAnsweredWithCreoleDates() {
    Answer answer = engine.answer("Konbyen polisye Kenyan ki te rive an premye?");

    assertEquals("ht", answer.language());
    assertTrue(answer.answered());
    assertTrue(answer.quotes().get(0).text().contains("400"), answer.quotes().toString());
    assertTrue(answer.lead().isEmpty() || answer.lead().contains("jen 2024"), answer.lead());
  }

  @Test
  void whatTheArticlesDoNotHoldIsSaidInTheQuestionsLanguage() {
    Answer french = engine.answer("Quelle est la capitale de la France ?");
    Answer creole = engine.answer("Ki moun ki te genyen koup di mond foutbòl 2018 la?");

    assertEquals(Outcome.NOT_IN_ARTICLES, french.outcome());
    assertTrue(french.lead().startsWith("Les articles ne le disent pas"), french.lead());
    assertFalse(creole.answered());
    assertEquals("ht", creole.language());
    assertTrue(creole.lead().startsWith("Atik yo pa di sa"), creole.lead());
  }

  @Test
  void smallTalkIsAnsweredInItsLanguage() {
    assertTrue(engine.answer("bonjour").lead().startsWith("Bonjour"));
    assertTrue(engine.answer("mèsi anpil").lead().startsWith("Pa gen pwoblèm"));
    assertEquals(Outcome.OVERVIEW, engine.answer("quoi de neuf ?").outcome());
  }

  @Test
  void aDeedOrAnEventAskedInFrenchOrCreoleMustBeSaid() {
    assertFalse(engine.answer("Qui préside le Conseil présidentiel de transition ?").answered(),
        "read as 'who chair ...': a sentence saying the council was installed says nothing of who chairs it");
    assertFalse(engine.answer("Konbyen polisye kenyen ki mouri ann Ayiti?").answered(),
        "read as 'how many police which died': '400 Kenyan police officers landed' counts arrivals");
    assertTrue(engine.answer("Konbyen polisye Kenyan ki te rive an premye?").answered());
    assertTrue(engine.answer("Kiyès ki chèf gang yo rele Barbecue a?").answered(),
        "read as 'who chief gang ...': Creole has no 'is', and 'chief' is no deed");
  }

  @Test
  void aPartOfAYearInFrenchOrCreoleDatesTheQuestion() {
    // "mi-2024" and "nan mitan ane 2024" are mid-2024, when Garry Conille was prime minister
    Answer french = engine.answer("Qui était premier ministre d'Haïti à la mi-2024 ?");
    assertTrue(french.lead().startsWith("Garry Conille"), french.lead());
    Answer creole = engine.answer("Kiyès ki te premye minis Ayiti nan mitan ane 2024?");
    assertTrue(creole.lead().startsWith("Garry Conille"), creole.lead());
    // "nan fen ane 2022" is the end of 2022: the share CBC gave then
    Answer share = engine.answer("Konbyen pousan kapital la gang yo te kontwole nan fen ane 2022?");
    assertTrue(share.quotes().get(0).text().contains("two-thirds"), share.quotes().toString());
  }

  @Test
  void whatAnAcronymStandsForIsAskedInFrenchAsInEnglish() {
    // what is read and found, apart from the decision (whose probability for this wording sits at its threshold)
    Answer answer = undecided.answer("Que veut dire le sigle MSS dans ces articles ?");
    assertTrue(answer.answered(), "'sigle' is 'acronym', which only says what is asked of MSS");
    assertTrue(answer.quotes().get(0).text().contains("Multinational Security Support (MSS)"), answer.quotes().toString());
  }

  @Test
  void creolePosanIsPercent() {
    Answer answer = engine.answer("konbyen posan potoprens gang yo kontrole");
    assertTrue(answer.answered(), "read as 'what percentage port-au-prince gangs control'");
    assertTrue(answer.quotes().stream().anyMatch(q -> q.text().contains("80%")), answer.quotes().toString());
  }

  @Test
  void aNameAloneKeepsTheHintedLanguage() {
    assertEquals("fr", engine.answer("Ruto ?", Language.FRENCH).language());
  }

  @Test
  void countsThatDoNotCountWhatIsAskedGetNoLead() {
    Answer answer = engine.answer("Combien de gangs il y a à Port-au-Prince ?");

    assertFalse(answer.lead().contains("400"), "400 counts Kenyan officers, not gangs: " + answer.lead());
    assertFalse(engine.answer("How many gangs are there in Port-au-Prince?").lead().contains("400"));
  }

  @Test
  void aCreoleOrFrenchRoleQuestionGetsTheNewestHolder() {
    // "Kiyès ki prezidan Kenya?" reads as "who president kenya": no verb, so a question of who holds the role
    assertTrue(engine.answer("Kiyès ki prezidan Kenya?").lead().startsWith("William Ruto ("));
    assertTrue(engine.answer("Kiyès ki premye minis Ayiti?").lead().startsWith("Garry Conille ("));
    assertTrue(engine.answer("Qui est le premier ministre du Canada ?").lead().startsWith("Mark Carney ("));
  }

  @Test
  void aQuestionAboutSomeoneGetsNoOtherName() {
    Answer answer = engine.answer("C'est qui Ruto ?");

    assertEquals("fr", answer.language());
    assertEquals("", answer.lead(), "Justin Trudeau is only someone Ruto called");
  }

  @Test
  void whatSomeoneAskedInFrenchOrCreoleIsNotLedByWhoAsked() {
    // "qu'est-ce que l'ambassadrice a demandé" asks what she asked, as "quelle ambassadrice" would ask who
    for (String question : List.of("En avril, qu'est-ce que l'ambassadrice américaine à l'ONU a demandé aux autres pays ?",
        "Kisa anbasadè Etazini nan ONU a te mande lòt peyi yo fè nan mwa avril?")) {
      Answer answer = engine.answer(question);
      assertTrue(answer.answered(), question);
      assertFalse(answer.lead().contains("Shea"), question + ": " + answer.lead());
      assertTrue(answer.quotes().get(0).text().contains("contribute their share"), answer.quotes().get(0).text());
      assertTrue(answer.quotes().stream().allMatch(q -> q.highlights().isEmpty()), question + ": no name is the answer");
    }
    assertTrue(engine.answer("Quelle ambassadrice américaine a demandé aux autres pays de contribuer ?").lead().contains("Dorothy Shea"),
        "'quelle' asks who");
  }

  @Test
  void aFrenchOrCreoleQuestionAboutTheFutureWithNoDateToComeIsNotAnswered() {
    assertFalse(engine.answer("Quand la mission va-t-elle se terminer ?").answered());
    assertFalse(engine.answer("Kilè misyon an ap fini?").answered());
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
      Jovenel Moïse a été assassiné quand ? | Juillet 2021 (25 juin 2024)
      Quand le choléra est-il revenu en Haïti ? | 2 octobre (~28 octobre 2022)
      Ki lè kolera te retounen Ayiti? | 2 oktòb (~28 oktòb 2022)
      """)
  void aDateInTheLeadIsWrittenInTheAskersLanguage(String question, String lead) {
    assertEquals(lead, engine.answer(question).lead(), "the quote says 'July 2021' and 'October 2'; the lead speaks French or Creole");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
      fr | approximately $123 million | environ 123 millions de dollars
      fr | $80.5 million | 80,5 millions de dollars
      fr | up to 1,000 | jusqu'à 1\u00a0000
      fr | over 80% | plus de 80\u00a0%
      fr | hundreds of thousands | des centaines de milliers
      fr | $500 | 500 dollars
      ht | approximately $123 million | anviwon 123 milyon dola
      ht | only 40% | sèlman 40\u00a0%
      en | approximately $123 million | approximately $123 million
      fr | two-thirds | two-thirds
      """)
  void aFigureInTheLeadIsWrittenInTheAskersLanguage(String code, String value, String written) {
    assertEquals(written.translateEscapes(), LocalForms.localFigure(value, org.missionbot.search.Language.ofCode(code)),
        "the number stays the quote's; what stands around it is the asker's language (and what is not read stays as quoted)");
  }

  @org.junit.jupiter.api.Test
  void konbyenBeforeACountryAsksHowMuchNotHowMany() {
    String lead = engine.answer("Konbyen Kanada te pwomèt?").lead();

    assertTrue(lead.contains("123 milyon dola") && lead.contains("80,5 milyon dola"), lead);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      "Est-ce que les véhicules blindés livrés par le Canada ont déjà servi à casser les barrages ?",
      "Èske veyikil blende Kanada yo te deja sèvi pou kraze baraj yo?"})
  void aYesNoQuestionInFrenchOrCreoleIsQuotedTheSentenceThatSettlesIt(String question) {
    Answer answer = engine.answer(question);

    assertTrue(answer.quotes().stream().anyMatch(q -> q.text().contains("have not been used for either purpose")),
        answer.quotes().toString());
  }
}
