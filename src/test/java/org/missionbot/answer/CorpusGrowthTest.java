package org.missionbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionbot.Checkout;
import org.missionbot.corpus.Article;
import org.missionbot.corpus.Corpus;
import org.missionbot.index.PassageIndex;
import org.missionbot.search.Concept;
import org.missionbot.search.PassageSearcher;

/**
 * The bundled articles with twelve on nearby topics beside them (other countries' pledges, other
 * missions, Kenyan policing at home; {@code src/test/resources/corpus-extra}, test data): the bot
 * still quotes the mission's own articles where they say as much.
 */
class CorpusGrowthTest {

  private static final Path EXTRA = Path.of("src", "test", "resources", "corpus-extra");

  @TempDir
  static Path folder;

  private static PassageIndex index;
  private static AnswerEngine engine;

  @BeforeAll
  static void openTheGrownIndex() throws IOException {
    Path articles = folder.resolve("articles");
    Checkout.copyFolder(Checkout.ARTICLES, articles);
    Checkout.copyFolder(EXTRA, articles);
    Files.deleteIfExists(articles.resolve("README.md"));
    index = PassageIndex.open(folder.resolve("index"), Corpus.load(articles), Checkout.synonyms());
    engine = new AnswerEngine(new PassageSearcher(index));
  }

  @AfterAll
  static void closeTheIndex() throws IOException {
    index.close();
  }

  @Test
  void theMissionsArticlesNameItsTopicAndTheOthersHardlyDo() throws IOException {
    List<Article> bundled = Checkout.corpus().articles();
    for (Article a : index.corpus().articles()) {
      boolean ours = bundled.stream().anyMatch(b -> b.id().equals(a.id()));
      double share = index.scopeShare(a);
      assertEquals(ours, share >= PassageSearcher.ON_TOPIC, a.id() + ": " + share);
    }
  }

  @Test
  void aPledgeQuestionQuotesTheMissionsPledgesNotOneForSudan() {
    Answer answer = engine.answer("How much has Canada pledged?");

    assertTrue(answer.quotes().stream().anyMatch(q -> q.text().contains("$80.5 million")), answer.quotes().toString());
    assertTrue(answer.quotes().stream().anyMatch(q -> q.text().contains("$123 million")), answer.quotes().toString());
    assertFalse(answer.lead().contains("210") || answer.lead().contains("96.5"), answer.lead());
  }

  @Test
  void aQuestionAboutTheNearbyTopicIsStillAnsweredFromIt() {
    Answer answer = engine.answer("How much did Canada pledge for Sudan at the Paris conference?");

    assertTrue(answer.answered());
    assertTrue(answer.quotes().get(0).text().contains("Sudan"), answer.quotes().toString());
  }

  @Test
  void theArticlesCountryStaysTheirTopicThoughOthersJoinThem() {
    PassageSearcher searcher = new PassageSearcher(index);
    assertTrue(searcher.isTopical("Haiti"), "named in a fifth of the passages now, more than any other country");
    assertFalse(searcher.isTopical("Canada"));
    Answer answer = engine.answer("who is haiti's prime minister?");
    assertTrue(answer.lead().startsWith("Garry Conille ("), "the newest holder the articles name, not a 2022 one: " + answer.lead());
  }

  @Test
  void aWordNoDictionaryHasIsANameWhetherOrNotAnotherArticleHoldsIt() {
    for (PassageIndex in : List.of(Checkout.sharedIndex(), index)) {
      List<Concept> read = new PassageSearcher(in).read("did monusco count 9,800 cholera cases in haiti?").concepts();
      for (String word : List.of("monusco", "9800")) {
        assertTrue(read.stream().anyMatch(c -> c.word().equals(word) && c.name()), in.corpus().articles().size()
            + " articles: " + read);
      }
    }
  }

  @Test
  void aNumberTypedWithAThousandsSeparatorIsNoYearWhereverAnArticleHoldsIt() {
    // the added articles hold "about 2,000 extra" and none of the five does; the five hold "July 2021"
    for (PassageIndex in : List.of(Checkout.sharedIndex(), index)) {
      List<Concept> read = new PassageSearcher(in).read("why did canada send 2,000 troops to haiti in 2021?").concepts();
      String articles = in.corpus().articles().size() + " articles: " + read;
      assertTrue(read.stream().anyMatch(c -> c.word().equals("2000") && c.name()), articles);
      assertTrue(read.stream().anyMatch(c -> c.word().equals("2021") && c.known() && !c.name()), articles);
    }
  }

  @Test
  void aWordNoPassageHoldsWeighsTheSameShareOfTheRarestWordsWeightHoweverManyArticles() {
    // the rarest word's weight among the mission's own passages: the five articles', with others beside them or not
    int passages = Checkout.sharedIndex().searcher().getIndexReader().numDocs();
    double rarest = Math.log(1 + (passages - 1 + 0.5) / 1.5); // BM25's idf of a word one passage holds
    for (PassageIndex in : List.of(Checkout.sharedIndex(), index)) {
      Concept absent = new PassageSearcher(in).read("who is the spouse of jovenel moise?").concepts().stream()
          .filter(c -> c.word().equals("spouse")).findFirst().orElseThrow();
      assertFalse(absent.known());
      assertEquals(0.7, absent.weight() / rarest, 1e-9, in.corpus().articles().size() + " articles");
    }
  }

  @Test
  void aQuestionsWordsWeighTheSameWithArticlesOnOtherSubjectsBesideTheMissions() {
    // the added articles say "Port-au-Prince" and "said" far less often than the mission's do: weighed over
    // every passage, the city's name counted twice as much once they were added, and "say" half as much
    for (String question : List.of("Did Ruto visit Port-au-Prince in person?", "What did Monique Clesca say about the Kenyan police?")) {
      List<Concept> plain = new PassageSearcher(Checkout.sharedIndex()).read(question).concepts();
      List<Concept> grown = new PassageSearcher(index).read(question).concepts();
      assertEquals(plain.size(), grown.size(), question);
      for (int i = 0; i < plain.size(); i++) {
        assertEquals(plain.get(i).word(), grown.get(i).word());
        assertEquals(plain.get(i).weight(), grown.get(i).weight(), 1e-9, question + ": " + grown.get(i).word());
      }
    }
  }

  @Test
  void anEventThatDatesTheQuestionIsTheWholeDeedNotAnotherArticlesPartOfIt() {
    Answer answer = engine.answer("How much money did Canada pledge when Trudeau spoke with Ruto?");

    assertTrue(answer.answered(), "not dated by the climate article where Trudeau spoke too");
    assertTrue(answer.quotes().get(0).text().contains("$80.5 million"), answer.quotes().toString());
  }

  @Test
  void anArticleOnAnotherSubjectDatesNoEventOfTheMissions() {
    Answer answer = engine.answer("Where was Mark Carney when he declared Canada's full support for Kenya's role in Haiti?");

    assertTrue(answer.answered(), "not read as of January 2024, when an article on Ecuador says its president declared");
    assertTrue(answer.quotes().get(0).text().contains("80th UN General Assembly in New York"), answer.quotes().toString());
  }

  @Test
  void aRequestForNewsGetsTheNewestArticlesOnTheMissionNotThoseOnOtherSubjects() throws IOException {
    List<String> bundled = Checkout.corpus().articles().stream().map(Article::id).toList();
    Answer answer = engine.answer("what's going on in haiti");

    assertEquals(Answer.Outcome.OVERVIEW, answer.outcome());
    assertEquals(3, answer.quotes().size(), answer.quotes().toString());
    List<String> quoted = answer.quotes().stream().map(q -> q.citation().articleId()).toList();
    assertTrue(bundled.containsAll(quoted), "added in 2025: a Kenyan budget and a CARICOM food summit; quoted " + quoted);
    assertEquals("2025-09-22", answer.quotes().get(0).citation().published().toString());
  }

  @Test
  void bm25ScoresTheMissionsPassagesAsIfTheArticlesOnOtherSubjectsWereNotThere() {
    String question = "What do the officials say about the gangs of Port-au-Prince?";
    Map<String, Double> alone = lexicalScores(new PassageSearcher(Checkout.sharedIndex()), question);
    Map<String, Double> beside = lexicalScores(new PassageSearcher(index), question);

    List<String> both = alone.keySet().stream().filter(beside::containsKey).toList();
    assertTrue(both.size() >= 3, both.toString());
    for (String passage : both) {
      assertEquals(alone.get(passage), beside.get(passage), 1e-6 * alone.get(passage), passage);
    }
  }

  /** The BM25 score of each passage of the mission's articles that the search proposes for the question. */
  private static Map<String, Double> lexicalScores(PassageSearcher searcher, String question) {
    return searcher.search(searcher.read(question)).stream()
        .filter(h -> h.signals().lexicalRank() >= 0 && h.signals().articleScope() >= PassageSearcher.ON_TOPIC)
        .collect(Collectors.toMap(h -> h.passage().text(), h -> h.signals().lexical(), (a, b) -> a));
  }

  @Test
  void aWordOnlyAnArticleOnAnotherSubjectUsesChecksNothingOfWhatIsAsked() {
    PassageSearcher searcher = new PassageSearcher(index);
    assertTrue(searcher.heldOffTopicOnly("document"), "an added article's word");
    assertFalse(searcher.heldOffTopicOnly("collus"), "the mission's articles use it");
    assertFalse(new PassageSearcher(Checkout.sharedIndex()).heldOffTopicOnly("document"), "no passage holds it");

    Answer answer = engine.answer("Who documented collusion between the gangs, the police and the ruling party?");
    assertTrue(answer.answered(), "not refused for a sentence that lacks the verb, which the mission's articles never use");
    assertTrue(answer.quotes().stream().anyMatch(q -> q.text().contains("Harvard")), answer.quotes().toString());
  }
}
