package org.missionbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class GlossaryTest {

  private static final Glossary FRENCH = Glossary.of(Language.FRENCH);
  private static final Glossary CREOLE = Glossary.of(Language.CREOLE);

  @Test
  void frenchQuestionWordsAndDomainWordsBecomeEnglish() {
    String english = FRENCH.translate("Combien le Canada a-t-il promis ?");

    assertTrue(english.startsWith("how much"), english);
    assertTrue(english.contains("canada"), english);
    assertTrue(english.contains("pledged"), english);
  }

  @Test
  void quelsAutresPaysAsksForCountries() {
    // "pays" is one word for one country and for many: "quels autres pays" asks for several
    assertTrue(FRENCH.translate("Quels autres pays envoient des policiers ?").startsWith("which other countries"),
        FRENCH.translate("Quels autres pays envoient des policiers ?"));
    assertTrue(FRENCH.translate("quel pays dirige la mission").startsWith("which country "), FRENCH.translate("quel pays dirige la mission"));
    // a phrase that starts at "pays" is still read whole after a determiner
    assertTrue(FRENCH.translate("Les pays voisins ont-ils envoyé des troupes ?").contains("neighboring countries"),
        FRENCH.translate("Les pays voisins ont-ils envoyé des troupes ?"));
    assertTrue(FRENCH.translate("le rôle des pays d'accueil").contains("host country"), FRENCH.translate("le rôle des pays d'accueil"));
  }

  @Test
  void aNationalityThatSplitsAListedPhraseComesBeforeIt() {
    // "ministre des affaires étrangères" is listed: "canadien" after "ministre" splits it
    assertTrue(FRENCH.translate("Qui est le ministre canadien des affaires étrangères ?").contains("canadian foreign minister"),
        FRENCH.translate("Qui est le ministre canadien des affaires étrangères ?"));
    // one that splits no phrase stays where it is
    assertTrue(FRENCH.translate("Qui est le président kényan ?").endsWith("president kenyan"), FRENCH.translate("Qui est le président kényan ?"));
  }

  @Test
  void theWorldCupIsTheNounAndGlobalTheAdjective() {
    assertEquals("who won the world cup 2022", CREOLE.translate("Kiyès ki te genyen Mondyal 2022 la?"));
    assertEquals("who won the world cup 2022", FRENCH.translate("Qui a gagné le Mondial 2022 ?"));
    assertTrue(CREOLE.translate("atansyon mondyal la").contains("attention global"), CREOLE.translate("atansyon mondyal la"));
    assertTrue(FRENCH.translate("l'attention mondiale").contains("attention global"), FRENCH.translate("l'attention mondiale"));
  }

  @Test
  void aCreoleFilmIsAFilmNotAnUnknownWordLeftOut() {
    assertEquals("need good film for watch tonight", CREOLE.translate("mwen bezwen yon bon fim pou m gade aswè a"));
  }

  @Test
  void theMeaningOfAShortFormIsAskedInEitherLanguage() {
    assertEquals("what is meaning of mss", FRENCH.translate("quelle est la signification de MSS"));
    assertEquals("mss meaning", CREOLE.translate("MSS siyifikasyon"));
  }

  @Test
  void aPronounWhatIsNoDeterminerBeforeTheSubjectOfItsClause() {
    // "qu'est-ce que l'ambassadrice a demandé" is "what did the ambassador ask", never "what ambassador asked"
    for (String question : List.of("qu'est-ce que l'ambassadrice américaine a demandé ?", "kisa anbasadè a te mande?")) {
      assertEquals(List.of(QuestionKind.OTHER), KindReader.of(translated(question)), translated(question));
    }
    assertEquals(List.of(QuestionKind.PERSON), KindReader.of(FRENCH.translate("quelle ambassadrice a demandé ?")));
    assertEquals(List.of(QuestionKind.PERSON), KindReader.of(CREOLE.translate("ki anbasadè ki te mande?")));
  }

  private static String translated(String question) {
    return (question.startsWith("kisa") ? CREOLE : FRENCH).translate(question);
  }

  @Test
  void aFillerAsksNothingAndAnIdiomIsReadWhole() {
    String again = FRENCH.translate("c'est qui Melanie Joly déjà ?").strip();
    assertEquals("who is melanie joly", again.toLowerCase(java.util.Locale.ROOT),
        "'déjà' at a question's end is 'again', no word to search for");
    assertTrue(FRENCH.translate("les véhicules étaient-ils en bon état").contains("good condition"),
        FRENCH.translate("les véhicules étaient-ils en bon état"));
    for (String weather : List.of("Quel temps fera-t-il à Montréal demain ?", "quel temps il fait a montreal")) {
      assertTrue(FRENCH.translate(weather).contains("weather"), FRENCH.translate(weather));
    }
    assertTrue(FRENCH.translate("depuis combien de temps").contains("how long"), "time, not weather");
  }

  @Test
  void whoHoldsAPlaceAndWhenSomethingHappenedAreReadAsPhrases() {
    String english = FRENCH.translate("quelle part de la capitale etait aux mains des gangs au moment ou les kenyans sont arrives");
    assertTrue(english.contains("controlled by gangs when kenyan"), "not 'to hands gangs to moment or': " + english);
    assertTrue(CREOLE.translate("ki pousantaj kapital la ki te nan men gang yo").contains("controlled by gangs"),
        CREOLE.translate("ki pousantaj kapital la ki te nan men gang yo"));
  }

  @Test
  void elisionsAreSplitOffAndAccentsMayBeLeftOut() {
    assertEquals(FRENCH.translate("Quand les policiers kényans sont-ils arrivés ?"),
        FRENCH.translate("quand les policiers kenyans sont-ils arrives"));
    assertTrue(FRENCH.translate("Combien d'argent").contains("money"), FRENCH.translate("Combien d'argent"));
  }

  @Test
  void anElisionTypedWithoutItsApostropheIsSplitOff() {
    assertEquals(FRENCH.translate("combien d'argent le canada a promis"), FRENCH.translate("combien dargent le canada a promis"));
    assertEquals(FRENCH.translate("le gel de l'aide étrangère"), FRENCH.translate("le gel de laide etrangere"));
    assertEquals("Louis", FRENCH.translate("Louis"), "a name whose rest is no word ('ouis') stays whole");
    assertEquals("dans", CREOLE.translate("dans"), "Creole has no elisions to split");
  }

  @Test
  void aFrenchPassiveKeepsItsAuxiliary() {
    // "ont été tués" is "have been killed", which says what a count counts, not just "killed"
    assertTrue(FRENCH.translate("Combien de policiers ont été tués ?").contains("have been"),
        FRENCH.translate("Combien de policiers ont été tués ?"));
    assertFalse(FRENCH.translate("Combien de policiers ont débarqué ?").contains("have"), "'ont' alone stays dropped");
  }

  @Test
  void aFrenchFormTheGlossaryDoesNotListIsReadByItsStem() {
    assertEquals("land", FRENCH.translate("débarquèrent"), "the simple past of 'débarquer'");
    assertEquals("land", FRENCH.translate("debarquassent"), "the subjunctive, typed without its accent");
    assertEquals("Conille", FRENCH.translate("Conille"), "a name no listed word shares a stem with passes through");
    assertEquals("rivaient", CREOLE.translate("rivaient"), "Creole barely inflects and is not stemmed ('rive' is listed)");
  }

  @Test
  void chatShorthandAndIdiomsReadAsTheirEnglish() {
    assertEquals("why ottawa not led of mission instead of kenya",
        FRENCH.translate("pk Ottawa a pas pris la tête de la mission au lieu du Kenya"));
    assertEquals("when kenyans arrived", FRENCH.translate("qd les kenyans sont arrivés"));
    assertEquals("who is Conille", FRENCH.translate("c ki Conille"), "a name not listed is kept as typed");
  }

  @Test
  void aWordOneTypoFromListedWordsOfOneMeaningReadsAsThey() {
    assertEquals("gangs control now", FRENCH.translate("les gangs controlent maintenent"), "'maintenant', a letter changed");
    assertEquals("how many canada pledged", CREOLE.translate("konbyen kanada te pwomt"), "'pwomèt', a letter dropped");
    assertEquals(FRENCH.translate("le gouvernement"), FRENCH.translate("le gouvernemant"), "'gouvernement', a letter changed");
    assertEquals("konien", CREOLE.translate("konien"), "one typo from both 'konbyen' and 'konnen': no guess");
    assertEquals("maintenent", FRENCH.translate("maintenent", word -> word.equals("maintenent")),
        "a word the articles hold (a name typed in lower case) is no typo");
    assertEquals("how much of the capital", FRENCH.translate("combien de la capitale"), "a share, not a count");
    assertEquals("bonne", FRENCH.translate("bonne"), "'donne' with a consonant changed: another real word, not a typo");
    assertTrue(FRENCH.translate("la Côte d'Ivoire").endsWith("Ivoire"), "a capitalised word after the first is a name");
  }

  @Test
  void wordsReadByTheirStemFromManyThreadsAtOnceAllGetTheirEnglish() throws Exception {
    Glossary fresh = Glossary.of(Language.FRENCH); // its stems are made by the first lookup that needs one
    List<String> forms = List.of("débarquèrent", "debarquassent", "débarquerions"); // none of them listed
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> read = new ArrayList<>();
      for (int i = 0; i < 48; i++) {
        String form = forms.get(i % forms.size());
        read.add(pool.submit(() -> fresh.translate(form)));
      }
      for (Future<String> english : read) {
        assertEquals("land", english.get(30, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aWordFoundOnlyByItsStemIsNoSignOfFrench() {
    assertEquals("deployed", FRENCH.translate("deploy"), "'deploy' stems as 'déployer' does");
    assertEquals(0.0, FRENCH.coverage("kenya reconnaissance mission condition deploy"));
    assertEquals(0.0, FRENCH.coverage("moise assassination date"));
    assertTrue(FRENCH.coverage("les policiers débarquèrent") > 0.5, "French words listed still count");
  }

  @Test
  void aVerbWithItsSubjectAfterItIsReadAsTheVerb() {
    String english = FRENCH.translate("Où Blinken passait-il la journée du vendredi ?");

    assertEquals(FRENCH.translate("Où Blinken passait la journée du vendredi ?"), english, "'passait-il' is 'passait' asked");
    assertFalse(english.contains("passait"), english);
  }

  @Test
  void askingANameReadsAsAskingForAName() {
    assertTrue(FRENCH.translate("Comment s'appelle le commandant kényan ?").startsWith("what is the name of"),
        FRENCH.translate("Comment s'appelle le commandant kényan ?"));
    assertTrue(CREOLE.translate("Kijan yo rele kòmandan kenyan an?").startsWith("what is the name of"),
        CREOLE.translate("Kijan yo rele kòmandan kenyan an?"));
  }

  @Test
  void creoleSpellingVariantsReadAlike() {
    assertEquals(CREOLE.translate("Kilè polisye kenyan yo te rive?"), CREOLE.translate("Kile polisye kenyan yo te rive?"));
    assertTrue(CREOLE.translate("Konbyen lajan Kanada pwomèt?").contains("money"), CREOLE.translate("Konbyen lajan Kanada pwomèt?"));
  }

  @Test
  void ouTypedWithoutItsAccentOpensAQuestionAsWhere() {
    assertTrue(FRENCH.translate("ou Blinken va passer vendredi").startsWith("where Blinken"), FRENCH.translate("ou Blinken va passer vendredi"));
    assertTrue(FRENCH.translate("Le Canada ou le Kenya?").contains(" or "), FRENCH.translate("Le Canada ou le Kenya?"));
    assertTrue(FRENCH.translate("ou bien le Kenya?").startsWith("or"), "a listed phrase still reads as the phrase");
  }

  @Test
  void namesAndNumbersPassThroughAsTyped() {
    String english = CREOLE.translate("Kiyès ki te di Ruto te rive nan 2024?");

    assertTrue(english.contains("Ruto"), english);
    assertTrue(english.contains("2024"), english);
  }

  @Test
  void coverageTellsWhichGlossaryKnowsTheQuestion() {
    String french = "Pourquoi le Canada n'envoie pas de soldats en Haïti ?";
    String creole = "Poukisa Kanada pa voye sòlda ann Ayiti?";

    assertTrue(FRENCH.coverage(french) > CREOLE.coverage(french));
    assertTrue(CREOLE.coverage(creole) > FRENCH.coverage(creole));
  }

  @Test
  void aCommaStaysWhereItEndsAClause() {
    String english = CREOLE.translate("Lè gang yo t ap atake pò a ak ayewopò a, ki sa sa te fè ak manje?");
    assertTrue(english.contains("airport, what"), "the scene's clause still ends before the question: " + english);
    assertTrue(FRENCH.translate("combien de policiers : 2,500 ou 1,000 ?").contains("2,500"), "a number keeps its commas");
    assertFalse(FRENCH.translate(", combien ?").startsWith(","), "a comma with no word before it is dropped");
  }

  /** Asserts that the glossary reads a question into English holding the words given. */
  private static void assertReads(Glossary glossary, String question, String english) {
    String read = glossary.translate(question);
    assertTrue(read.contains(english), question + " -> " + read);
  }

  @Test
  void aQuestionWordInsideAnotherPhraseStillAsksHowMany() {
    assertReads(FRENCH, "minustah : mission de combien d'années au total ?", "how many years");
    assertReads(FRENCH, "les gangs tenaient combien de pourcent de la capitale", "what percent");
    assertReads(CREOLE, "Revizyon èd etranje Trump la te pou konbyen jou?", "how many days");
  }

  @Test
  void septInADateIsSeptemberAndAloneSeven() {
    assertReads(FRENCH, "dernières nouvelles (sept. 2025): la force opère à combien", "september 2025");
    assertReads(FRENCH, "le 22 sept, qui a parlé", "22 september");
    assertReads(FRENCH, "sept policiers", "seven");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      FRENCH | sur quelle plateforme Ruto a-t-il publié son message | platform
      FRENCH | l'armée canadienne est déjà débordée | stretched thin
      FRENCH | qui était la cheffe de la diplomatie canadienne | top diplomat
      CREOLE | Nan ki mwa ak ane Kenya te ofri pou dirije fòs la? | volunteered to lead
      CREOLE | eske ruto te di l ap lage ayiti? | abandon haiti
      FRENCH | le montant cité dans la dépêche AP | amount according to story
      FRENCH | les blindés, on s'en est servi pour casser les barrages? | used for break
      FRENCH | y a-tu un bilan des policiers morts | tally
      FRENCH | le PM dont parle l'AP, y s'appelle comment? | pm according to AP, what is the name
      CREOLE | an ki ane Nairobi te leve men pou pran tèt fòs la | volunteered to
      FRENCH | À quel moment le Kenya a-t-il levé la main pour prendre la tête de la force ? | volunteered to
      FRENCH | dans quel état se trouvent les Forces armées canadiennes | in what condition
      FRENCH | Mon oncle parle tout le temps de la MSS | my uncle
      FRENCH | combien le Canada a mis sur la table pour la mission | pledged
      CREOLE | konbyen lajan Ottawa te mete sou tab la pou MSS la? | pledged
      FRENCH | quelles options sont sur la table pour Haïti | on the table
      FRENCH | les premiers Kényans ont posé le pied à Port-au-Prince quel jour | arrived
      """)
  void wordsReadAsTheEnglishTheArticlesUse(Language language, String question, String english) {
    assertReads(language == Language.FRENCH ? FRENCH : CREOLE, question, english);
  }

  @Test
  void aCreoleWordIsNotReadAsTheWordOneAccentAway() {
    assertFalse(CREOLE.translate("Kanada lage yon bon lajan pou misyon an").contains("war"),
        "'lage' is to let go; the war is 'lagè': " + CREOLE.translate("Kanada lage yon bon lajan pou misyon an"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      deux noms sur l'après-Henry svp | after Henry
      un ex-président haïtien | former president
      les gangs de port-au-prince | port-au-prince
      qu'a dit Jean-Pierre | Jean-Pierre
      combien sont arrivés a port-au-prinse | port-au-prinse
      """)
  void wordsJoinedByHyphensAreReadOneByOneUnlessListedWhole(String question, String english) {
    assertReads(FRENCH, question, english);
  }

  @Test
  void englishHasNoGlossary() {
    assertThrows(IllegalArgumentException.class, () -> Glossary.of(Language.ENGLISH));
  }

  /** A phrase is looked up only as long as the longest listed one starting with its first word: none may be cut short. */
  @ParameterizedTest
  @EnumSource(value = Language.class, names = {"FRENCH", "CREOLE"})
  void everyListedPhraseIsReadWhole(Language language) throws Exception {
    Glossary glossary = Glossary.of(language);
    String resource = "glossary-" + language.code() + ".tsv";
    List<String> cutShort = new ArrayList<>();
    int phrases = 0;
    try (var in = new BufferedReader(new InputStreamReader(Glossary.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
      for (String line : in.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList()) {
        String[] parts = line.split("\t");
        if (parts[0].contains(" ") || parts[0].contains("'")) {
          phrases++;
          String english = parts[1].strip().equals("-") ? "" : parts[1].strip();
          if (!glossary.translate(parts[0]).equals(english)) {
            cutShort.add(parts[0] + " -> " + glossary.translate(parts[0]));
          }
        }
      }
    }
    assertTrue(phrases > 50, resource + " has " + phrases + " phrases");
    assertEquals(List.of(), cutShort);
  }

  /** The data file's lint: source TAB english on every line, each source once, no empty side. */
  @ParameterizedTest
  @EnumSource(value = Language.class, names = {"FRENCH", "CREOLE"})
  void theGlossaryFileIsWellFormed(Language language) throws Exception {
    String resource = "glossary-" + language.code() + ".tsv";
    Set<String> sources = new HashSet<>();
    int entries = 0;
    try (var in = new BufferedReader(new InputStreamReader(Glossary.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
      for (String line : in.lines().toList()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t", -1);
        assertEquals(2, parts.length, resource + ": " + line);
        assertTrue(!parts[0].isBlank() && !parts[1].isBlank(), resource + ": " + line);
        assertEquals(parts[0], parts[0].toLowerCase(java.util.Locale.ROOT), resource + ": " + line);
        assertTrue(java.text.Normalizer.isNormalized(parts[0], java.text.Normalizer.Form.NFC),
            resource + ": composed accents (NFC), as questions are read: " + line);
        assertTrue(sources.add(parts[0]), resource + " lists " + parts[0] + " twice");
        entries++;
      }
    }
    assertTrue(entries >= 300, resource + " has " + entries + " entries");
    assertTrue(List.of(Language.FRENCH, Language.CREOLE).contains(language));
  }

  @Test
  void aNegationAroundAVerbLeavesTheVerbsPhraseWhole() {
    assertEquals("why canada not leads of mission himself",
        FRENCH.translate("Pourquoi le Canada ne prend pas la tête de la mission lui-même ?").strip().toLowerCase(java.util.Locale.ROOT),
        "'ne prend pas la tête' is 'prend la tête' (leads), negated");
    assertTrue(FRENCH.translate("le Canada n'envoie jamais de troupes").contains("never sends"),
        FRENCH.translate("le Canada n'envoie jamais de troupes"));
  }

  @Test
  void aPartOfSomethingIsAShare() {
    assertTrue(FRENCH.translate("la part de Port-au-Prince contrôlée par les gangs").contains("share of"),
        FRENCH.translate("la part de Port-au-Prince contrôlée par les gangs"));
    assertFalse(FRENCH.translate("à part le Kenya, quels pays ?").contains("share"), FRENCH.translate("à part le Kenya, quels pays ?"));
  }
}
