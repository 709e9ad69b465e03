package org.missionbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.missionbot.Checkout;
import org.missionbot.corpus.Article;
import org.missionbot.corpus.Corpus;
import org.missionbot.corpus.Passage;
import org.missionbot.corpus.Passages;

class AcronymsTest {

  private static Passage sentence(String text) {
    Article article = new Article("a", "Title", "Outlet", LocalDate.of(2024, 6, 25), false, null, text);
    return new Passage(article, 0, 0, text.length(), "", 0);
  }

  private static Map<String, String> defined(String text) {
    return Acronyms.definitions(sentence(text)).stream()
        .collect(Collectors.toMap(Acronyms.Definition::shortForm, Acronyms.Definition::longForm, (a, b) -> a, TreeMap::new));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      The arrival of the Multinational Security Support (MSS) mission was delayed.       | MSS     | Multinational Security Support
      It works with the under-equipped Haitian National Police (HNP) and local leaders.  | HNP     | Haitian National Police
      Leaders of the Caribbean Community and Common Market (CARICOM) met in Jamaica.     | CARICOM | Caribbean Community and Common Market
      The force replaced MINUSTAH (Mission des Nations Unies pour la stabilisation en Haïti) in 2017. | MINUSTAH | Mission des Nations Unies pour la stabilisation en Haïti
      The Organization of American States (OAS) met in Washington.                    | OAS     | Organization of American States
      Staff of the Office of the High Commissioner for Human Rights (OHCHR) visited.  | OHCHR   | Office of the High Commissioner for Human Rights
      Talks at the İSTANBUL İNCİ Business Group (BG) ended.                           | BG      | Business Group
      """)
  void aShortFormIsDefinedByTheWordsThatSpellIt(String text, String shortForm, String longForm) {
    assertEquals(Map.of(shortForm, longForm), defined(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The council met in Nairobi (Kenya) on Monday.",
      "The pledge was made in 2024 (March) and repeated.",
      "PORT-AU-PRINCE, Haiti (AP) \u2014 Kenyan police arrived on Tuesday.",
      "He spoke to the press (in French) after the vote.",
      "Officers of the police (HNP) patrolled the streets.",
      "Delegates from İİİ Ab (AB) met.",
      "A group of the (OF) met."})
  void aParenthesisThatSpellsNothingDefinesNothing(String text) {
    assertEquals(Map.of(), defined(text));
  }

  @Test
  void theLongFormIsWhereTheSentenceHasIt() {
    String text = "Canada praised the Multinational Security Support (MSS) mission.";
    Acronyms.Definition d = Acronyms.definitions(sentence(text)).get(0);

    assertEquals("Multinational Security Support (MSS)", d.written());
    assertEquals("Multinational Security Support", text.substring(d.longSpan().start(), d.longSpan().end()));
  }

  private static final Acronyms DEFINED = Acronyms.of(List.of(
      sentence("The Multinational Security Support (MSS) mission arrived."),
      sentence("It backs the Haitian National Police (HNP)."),
      sentence("The United States (US) pledged support.")));

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      what does MSS stand for                                   | MSS
      mss stands for what                                       | mss
      What is HNP short for?                                    | HNP
      what's the full name behind the MSS acronym in these stories | MSS
      the acronym in the statement, MSS \u2014 spell it out for me | MSS
      what does mean mss please                                 | mss
      mss, what does mean in full                               | mss
      what mss means                                            | mss
      MSS meaning?                                              | MSS
      what does MSS mean? I'd like to know                      | MSS
      what does MSS even stand for                              | MSS
      what does HNP actually stand for?                         | HNP
      """)
  void aQuestionAsksWhatAShortFormStandsFor(String question, String shortForm) {
    assertEquals(shortForm, DEFINED.askedOf(question));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "what does the MSS mean for Haiti",
      "what did the MSS mission mean to Haitians?",
      "when did the MSS arrive",
      "what does DNA stand for",
      "what does it mean for us",
      "how many HNP officers are there in the MSS mission, in short?",
      "what does the HNP think of the mission, does it stand with it?",
      "What is the full name of the HNP chief?",
      "Will the MSS expand to 2,500 officers?",
      "Is there an expansion of the MSS planned?",
      "Has the MSS been deployed in full?",
      "what does the MSS deployment mean?",
      "what does the MSS mean in practice for Haitians?",
      "what's the meaning of the MSS for Haiti"})
  void otherQuestionsAreNot(String question) {
    assertNull(DEFINED.askedOf(question), question);
  }

  @Test
  void aShortFormIsLookedUpInAnyCase() {
    assertEquals(1, DEFINED.definitions("hnp").size());
    assertTrue(DEFINED.definitions("DNA").isEmpty());
  }

  /**
   * Every definition the bundled articles and the test articles on nearby topics hold: their short forms
   * and nothing that only looks like one.
   */
  @Test
  void theArticlesDefineTheirShortFormsAndNothingElse() throws IOException {
    List<Passage> passages = new ArrayList<>();
    for (Path folder : List.of(Checkout.ARTICLES, Path.of("src", "test", "resources", "corpus-extra"),
        Path.of("src", "test", "resources", "corpus-train-extra"))) {
      Corpus.load(folder).articles().forEach(a -> passages.addAll(Passages.of(a)));
    }
    Map<String, Set<String>> all = new TreeMap<>();
    for (Passage p : passages) {
      Acronyms.definitions(p).forEach(d -> all.computeIfAbsent(d.shortForm(), k -> new TreeSet<>()).add(d.longForm()));
    }
    assertEquals(Map.of("CARICOM", Set.of("Caribbean Community and Common Market", "Caribbean Community"),
        "CDEMA", Set.of("Caribbean Disaster Emergency Management Agency"), "HNP", Set.of("Haitian National Police"),
        "MSS", Set.of("Multinational Security Support"), "UNMISS", Set.of("United Nations Mission in South Sudan")), all);
    // not "National Liberation Army (ELN)": its letters are the Spanish name's
  }
}
