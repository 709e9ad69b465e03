package org.missionbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionbot.corpus.Article;
import org.missionbot.corpus.Passage;
import org.missionbot.search.Concept;
import org.missionbot.search.Hit;
import org.missionbot.search.Question;
import org.missionbot.search.QuestionKind;
import org.missionbot.search.Signals;

class DecisionTest {

  private static final Article ARTICLE = new Article("a", "Title", null, LocalDate.of(2024, 6, 25), false, null,
      "Kenyan police officers arrived in the capital. Canada pledged money.");
  private static final Concept POLICE = new Concept("police", "polic", "polic", 1, true, false, false, false);

  private static Hit hit(boolean holdsWanted) {
    Passage passage = new Passage(ARTICLE, 0, 0, 47, "", 0);
    Signals signals = new Signals(3, 0, 0.85, 0, holdsWanted, 0.8, 1, false, 1);
    return new Hit(passage, 0.7, 1, List.of(POLICE), false, signals);
  }

  private static double topMissesWanted(List<QuestionKind> kinds, Hit top, Hit... others) {
    Question question = new Question("q", kinds, List.of(POLICE));
    List<Hit> hits = new java.util.ArrayList<>(List.of(top));
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
  void aReasonOrWordsSaidAreCuesAnAnswerMayDoWithoutSoTheirAbsenceIsNoSignal() {
    assertEquals(0, topMissesWanted(List.of(QuestionKind.REASON), hit(false)));
    assertEquals(0, topMissesWanted(List.of(QuestionKind.SPEECH), hit(false)));
    assertEquals(0, topMissesWanted(List.of(QuestionKind.OTHER), hit(false)));
  }

  @Test
  void everyFeatureHasASign() {
    assertEquals(Decision.FEATURES.size(), Decision.SIGNS.size());
    assertEquals(Decision.FEATURES.size(), Decision.features(new Question("q", List.of(QuestionKind.OTHER),
        List.of(POLICE)), List.of(hit(false)), false).length);
  }
}
