package org.missionbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionbot.corpus.Article;
import org.missionbot.corpus.Passage;
import org.missionbot.search.BoostedTrees;
import org.missionbot.search.Classifier;
import org.missionbot.search.Concept;
import org.missionbot.search.Hit;
import org.missionbot.search.LogisticModel;
import org.missionbot.search.Question;
import org.missionbot.search.QuestionKind;
import org.missionbot.search.Signals;

class DecisionTest {

  private static final Article ARTICLE = new Article("a", "Title", null, LocalDate.of(2024, 6, 25), false, null,
      "Kenyan police officers arrived in the capital. Canada pledged money.");
  /** A made-up article for these tests: a sentence that names a person. */
  private static final Article NAMED = new Article("b", "Title", null, LocalDate.of(2024, 6, 25), false, null,
      "Police chief Frantz Elbe met Jean Dupont.");
  private static final Concept POLICE = new Concept("police", "polic", "polic", 1, true, false, false, false);
  private static final Concept FRANTZ = new Concept("frantz", "frantz", "frantz", 1, true, false, true, false);
  private static final Concept ELBE = new Concept("elbe", "elb", "elb", 1, true, false, true, false);
  private static final Concept JEAN = new Concept("jean", "jean", "jean", 1, true, false, true, false);
  private static final Concept DUPONT = new Concept("dupont", "dupont", "dupont", 1, true, false, true, false);

  /** A hit on the first sentence: one that names a person when the index recorded one. */
  private static Hit hit(boolean holdsWanted) {
    Passage passage = holdsWanted ? new Passage(NAMED, 0, 0, 41, "", 0) : new Passage(ARTICLE, 0, 0, 47, "", 0);
    Signals signals = new Signals(3, 0, 0.85, 0, holdsWanted, 0.8, 1, false, 1);
    return new Hit(passage, 0.7, 1, List.of(POLICE), false, signals);
  }

  private static double topMissesWanted(List<QuestionKind> kinds, Hit top, Hit... others) {
    return topMissesWanted(kinds, List.of(POLICE), top, others);
  }

  private static double topMissesWanted(List<QuestionKind> kinds, List<Concept> concepts, Hit top, Hit... others) {
    Question question = new Question("q", kinds, concepts);
    List<Hit> hits = new ArrayList<>(List.of(top));
    hits.addAll(List.of(others));
    return Decision.features(question, hits, false)[Decision.FEATURES.indexOf("top_misses_wanted")];
  }

  @Test
  void theBestPassageLackingTheNamedThingAskedForIsItsOwnSignal() {
    // "who commands the police?": a person is asked; the best passage names none, though the next one may
    assertEquals(1, topMissesWanted(List.of(QuestionKind.PERSON), hit(false), hit(true)));
    assertEquals(0, topMissesWanted(List.of(QuestionKind.PERSON), hit(true), hit(false)));
    assertEquals(1, topMissesWanted(List.of(QuestionKind.COUNT), hit(false)));
  }

  @Test
  void aPassageWhosePeopleAreAllTheQuestionsOwnDoesNotHoldWhoIsAsked() {
    // "who killed Frantz Elbe and Jean Dupont?": the passage names them, no one else
    assertEquals(1, topMissesWanted(List.of(QuestionKind.PERSON), List.of(POLICE, FRANTZ, ELBE, JEAN, DUPONT), hit(true)));
    // "who did Frantz Elbe meet?": Jean Dupont is someone the question does not name
    assertEquals(0, topMissesWanted(List.of(QuestionKind.PERSON), List.of(POLICE, FRANTZ, ELBE), hit(true)));
    // "who is Frantz Elbe?": a question that is only a name is answered by what is said of it
    assertEquals(0, topMissesWanted(List.of(QuestionKind.PERSON), List.of(FRANTZ, ELBE), hit(true)));
  }

  @Test
  void aPersonTheQuestionNamesBySurnameIsTheQuestionsOwnToo() {
    // "who killed chief Elbe and Dupont?": "Frantz Elbe" and "Jean Dupont" are the two it names, not an answer
    assertEquals(1, topMissesWanted(List.of(QuestionKind.PERSON), List.of(POLICE, ELBE, DUPONT), hit(true)));
    // "who did chief Elbe meet?": Jean Dupont is someone else
    assertEquals(0, topMissesWanted(List.of(QuestionKind.PERSON), List.of(POLICE, ELBE), hit(true)));
  }

  /** The hit with another coverage of the question. */
  private static Hit covering(Hit hit, double coverage) {
    return new Hit(hit.passage(), hit.score(), coverage, hit.matched(), false, hit.signals());
  }

  private static List<Hit> askedFirst(List<QuestionKind> kinds, Hit... hits) {
    return Decision.askedFirst(new Question("q", kinds, List.of(POLICE)), List.of(hits));
  }

  @Test
  void aCloseHitHoldingTheThingAskedComesFirstWhenTheBestCoversTheQuestionButHoldsNone() {
    // "who did the police meet?": the best sentence names no one, the next names two people
    Hit none = hit(false);
    Hit named = hit(true);
    assertEquals(List.of(named, none), askedFirst(List.of(QuestionKind.PERSON), none, named));
    Hit third = covering(hit(true), 1);
    assertEquals(List.of(third, none, covering(hit(false), 0.5)),
        askedFirst(List.of(QuestionKind.PERSON), none, covering(hit(false), 0.5), third), "the third of three may come first");
  }

  @Test
  void theHitsStayAsTheyAreWhenTheBestHoldsIt_lacksWords_isCoveredLess_orNothingNamedIsAsked() {
    Hit none = hit(false);
    Hit named = hit(true);
    assertEquals(List.of(named, none), askedFirst(List.of(QuestionKind.PERSON), named, none));
    Hit partial = covering(hit(false), 0.8);
    assertEquals(List.of(partial, named), askedFirst(List.of(QuestionKind.PERSON), partial, named),
        "a best passage lacking some of the question's words is left first");
    Hit less = covering(hit(true), 0.7);
    assertEquals(List.of(none, less), askedFirst(List.of(QuestionKind.PERSON), none, less));
    assertEquals(List.of(none, named), askedFirst(List.of(QuestionKind.REASON), none, named), "a reason is no thing named");
    Hit fourth = hit(true);
    assertEquals(List.of(none, hit(false), hit(false), fourth).size(),
        askedFirst(List.of(QuestionKind.PERSON), none, hit(false), hit(false), fourth).size());
    assertEquals(none, askedFirst(List.of(QuestionKind.PERSON), none, hit(false), hit(false), fourth).get(0),
        "a fourth hit is too far down");
  }

  /** A hit on a one-sentence made-up article naming one country, which the index does not record as held. */
  private static Hit countryHit(String sentence) {
    Article article = new Article("c", "Title", null, LocalDate.of(2024, 6, 25), false, null, sentence);
    Signals signals = new Signals(3, 0, 0.85, 0, false, 0.8, 1, false, 1);
    return new Hit(new Passage(article, 0, 0, sentence.length(), "", 0), 0.7, 1, List.of(POLICE), false, signals);
  }

  @Test
  void oneCountryThatIsNotTheTopicAnswersWhichCountryButTheTopicAloneDoesNot() {
    // "which country do the police's weapons come from?"
    assertEquals(0, topMissesWanted(List.of(QuestionKind.COUNTRY), countryHit("The police's weapons come from the United States.")));
    assertEquals(1, topMissesWanted(List.of(QuestionKind.COUNTRY), countryHit("The police of Haiti are outgunned.")));
    // "which countries did the ambassador name?": the US only qualifies her title
    assertEquals(1, topMissesWanted(List.of(QuestionKind.COUNTRY), countryHit("US Ambassador Dorothy Shea asked the police for more.")));
    // "who arms the police?": a person or a body is asked too, and the index's reading stands
    assertEquals(1, topMissesWanted(List.of(QuestionKind.PERSON), countryHit("The police's weapons come from the United States.")));
  }

  @Test
  void aReasonOrWordsSaidAreCuesAnAnswerMayDoWithoutSoTheirAbsenceIsNoSignal() {
    assertEquals(0, topMissesWanted(List.of(QuestionKind.REASON), hit(false)));
    assertEquals(0, topMissesWanted(List.of(QuestionKind.SPEECH), hit(false)));
    assertEquals(0, topMissesWanted(List.of(QuestionKind.OTHER), hit(false)));
  }

  @Test
  void theBestPassagesAgreementWithTheQuestionIsWeighedDimensionByDimension() {
    Question question = new Question("q", List.of(QuestionKind.OTHER), List.of(POLICE));
    float[] agreement = new float[Decision.DIMENSIONS];
    for (int d = 0; d < agreement.length; d++) {
      agreement[d] = d % 7 / 100f;
    }
    Hit best = withAgreement(agreement);
    double[] values = Decision.features(question, List.of(best, hit(false)), false);

    for (int d = 0; d < agreement.length; d++) {
      assertEquals(agreement[d], values[Decision.SUMMARY.size() + d], 0.0, "dimension " + d);
    }
    double[] second = Decision.features(question, List.of(hit(false), best), false);
    assertEquals(0, second[Decision.SUMMARY.size() + 5], "only the best passage's agreement counts");
    assertThrows(IllegalStateException.class, () -> Decision.features(question, List.of(withAgreement(new float[3])), false),
        "a vector of another model's length is no agreement this decision was trained on");
  }

  private static Hit withAgreement(float[] agreement) {
    Hit plain = hit(false);
    Signals s = plain.signals();
    return new Hit(plain.passage(), plain.score(), plain.coverage(), plain.matched(), false,
        new Signals(s.lexical(), s.lexicalRank(), s.similarity(), s.semanticRank(), s.holdsWanted(), s.topicality(),
            s.articleCoverage(), s.articleLacksName(), s.articleScope(), agreement));
  }

  @Test
  void moreAgreementAlongAnyDimensionNeverArguesAgainstAnswering() {
    int summary = Decision.SUMMARY.size();
    assertTrue(Decision.SIGNS.subList(summary, Decision.SIGNS.size()).stream().allMatch(s -> s == 1),
        "a weight of either sign learns a subject as unanswerable, which an added article may answer");
    Classifier shipped = Classifier.load(Decision.class, Decision.RESOURCE, Decision.FEATURES);
    BoostedTrees trees = assertInstanceOf(BoostedTrees.class, shipped, "the shipped decision is boosted trees");
    assertTrue(trees.isMonotone(Decision.SIGNS), "every feature of the shipped trees argues only its own way");
  }

  /**
   * The lead a decision picks that takes a passage scored over one half, for a question of the given
   * kind; the probabilities it compares go to {@code consulted}, in order.
   */
  private static int lead(QuestionKind kind, List<Double> consulted, int leads, Hit... hits) {
    double[] weights = new double[Decision.FEATURES.size()];
    weights[Decision.FEATURES.indexOf("best")] = 20;
    Decision decision = new Decision(new LogisticModel(Decision.FEATURES, weights, -10, 0.5), consulted::add);
    return decision.lead(new Question("q", List.of(kind), List.of(POLICE)), List.of(hits), false, leads);
  }

  private static int lead(int leads, Hit... hits) {
    return lead(QuestionKind.PERSON, new ArrayList<>(), leads, hits);
  }

  private static Hit scored(Hit hit, double score) {
    return new Hit(hit.passage(), score, hit.coverage(), hit.matched(), false, hit.signals());
  }

  @Test
  void aTakenFirstPassageHoldingWhatIsAskedLeadsAfterOneProbability() {
    List<Double> consulted = new ArrayList<>();
    assertEquals(0, lead(QuestionKind.PERSON, consulted, 3, hit(true), hit(true)));
    assertEquals(1, consulted.size(), "nothing after the first is weighed");
  }

  @Test
  void aLaterTakenPassageHoldingWhatIsAskedLeadsBeforeAFirstThatLacksIt() {
    List<Double> consulted = new ArrayList<>();
    assertEquals(1, lead(QuestionKind.PERSON, consulted, 3, hit(false), hit(true), hit(true)));
    assertEquals(2, consulted.size(), "it stops at the first taken passage holding what is asked");
  }

  @Test
  void withNoTakenPassageHoldingWhatIsAskedTheFirstTakenLeads() {
    assertEquals(0, lead(3, hit(false), scored(hit(true), 0.2)), "a passage the decision does not take never leads");
    assertEquals(1, lead(3, scored(hit(false), 0.45), hit(false)));
  }

  @Test
  void noOtherLeadIsWeighedWhenTheSearchsOwnOrderIsFarFromTaken() {
    List<Double> consulted = new ArrayList<>();
    // p = 0.27 with the best passage first: under the threshold, over the floor
    assertEquals(1, lead(QuestionKind.PERSON, consulted, 3, scored(hit(false), 0.45), hit(true)));
    consulted.clear();
    // p = 0.0025: nowhere near taken, so the better-scored passage after it is not tried as the lead
    assertEquals(-1, lead(QuestionKind.PERSON, consulted, 3, scored(hit(false), 0.2), hit(true)));
    assertEquals(1, consulted.size(), consulted.toString());
    assertTrue(consulted.get(0) < Decision.OTHER_LEADS_FLOOR);
  }

  @Test
  void aPassageOfAnArticleOnAnotherSubjectNeverLeadsOverTheMissionsOwnBest() {
    List<Double> consulted = new ArrayList<>();
    assertEquals(0, lead(QuestionKind.PERSON, consulted, 3, hit(false), inScope(hit(true), 0.05f)));
    assertEquals(1, consulted.size(), "the off-topic passage is not weighed as the lead");
    assertEquals(1, lead(3, inScope(hit(false), 0.05f), inScope(hit(true), 0.05f)),
        "with no passage of the mission's first, any taken passage holding what is asked may lead");
    assertEquals(1, lead(3, inScope(hit(false), 0.05f), hit(true)));
  }

  private static Hit inScope(Hit hit, float scope) {
    Signals s = hit.signals();
    return new Hit(hit.passage(), hit.score(), hit.coverage(), hit.matched(), false, new Signals(s.lexical(), s.lexicalRank(),
        s.similarity(), s.semanticRank(), s.holdsWanted(), s.topicality(), s.articleCoverage(), s.articleLacksName(), scope,
        s.agreement()));
  }

  @Test
  void onlyTheFirstLeadsAreWeighed() {
    assertEquals(0, lead(2, hit(false), hit(false), hit(true)));
  }

  @Test
  void aQuestionAskingNoNamedThingIsLedByTheFirstTakenPassage() {
    // "why ...": a reason is no thing a passage names, so the first passage taken leads whatever it names
    assertEquals(0, lead(QuestionKind.REASON, new ArrayList<>(), 3, hit(false), hit(true)));
  }

  @Test
  void noTakenPassageIsNoLead_andEveryProbabilityComparedIsReportedInOrder() {
    List<Double> consulted = new ArrayList<>();
    assertEquals(-1, lead(QuestionKind.PERSON, consulted, 3, scored(hit(true), 0.45), scored(hit(false), 0.1)));
    // what calibrate's grid relies on: each probability compared with the threshold, as compared
    assertEquals(2, consulted.size());
    assertEquals(1 / (1 + Math.exp(1)), consulted.get(0), 1e-12);
    assertEquals(1 / (1 + Math.exp(8)), consulted.get(1), 1e-12);
  }

  @Test
  void everyFeatureHasASign() {
    assertEquals(Decision.FEATURES.size(), Decision.SIGNS.size());
    assertEquals(Decision.FEATURES.size(), Decision.features(new Question("q", List.of(QuestionKind.OTHER),
        List.of(POLICE)), List.of(hit(false)), false).length);
  }
}
