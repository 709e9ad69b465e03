package org.missionbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionbot.corpus.Article;
import org.missionbot.corpus.Passage;

class PromoteWantedTest {

  private static final Article ARTICLE = new Article("a", "Title", null, LocalDate.of(2024, 6, 25), false, null,
      "A made-up sentence for these tests.");
  private static final Concept MURDER = new Concept("murdered", "murder", "murder", 1, true, false, false, false);

  /** A hit of the given score and coverage, holding what is asked or not. */
  private static Hit hit(String name, double score, double coverage, boolean holdsWanted) {
    Signals signals = new Signals(3, 0, 0.85, 0, holdsWanted, 0.8, 1, false, 1);
    return new Hit(new Passage(ARTICLE, 0, 0, 10, name, 0), score, coverage, List.of(MURDER), false, signals);
  }

  private static List<String> promoted(List<QuestionKind> kinds, Hit... hits) {
    List<Hit> list = new ArrayList<>(List.of(hits));
    PassageSearcher.promoteWanted(new Question("q", kinds, List.of(MURDER)), list);
    return list.stream().map(h -> h.passage().heading()).toList();
  }

  @Test
  void theBestOfTheFirstThreeThatHoldsWhatIsAskedComesFirstWhenItCoversAsMuch() {
    // "where was he murdered?": the best sentence says when, the second where
    assertEquals(List.of("where", "when", "other"), promoted(List.of(QuestionKind.PLACE),
        hit("when", 0.9, 1, false), hit("where", 0.6, 1, true), hit("other", 0.5, 1, true)));
    assertEquals(List.of("third", "when", "second"), promoted(List.of(QuestionKind.PLACE),
        hit("when", 0.9, 1, false), hit("second", 0.6, 0.5, true), hit("third", 0.5, 1, true)));
  }

  @Test
  void nothingMovesWhenTheBestHoldsIt_orNoneCoversAsMuch_orNothingInParticularIsAsked_orItIsTooFarDown() {
    assertEquals(List.of("best", "second"), promoted(List.of(QuestionKind.PLACE),
        hit("best", 0.9, 1, true), hit("second", 0.6, 1, true)));
    assertEquals(List.of("best", "second"), promoted(List.of(QuestionKind.PLACE),
        hit("best", 0.9, 1, false), hit("second", 0.6, 0.7, true)));
    assertEquals(List.of("best", "second"), promoted(List.of(QuestionKind.OTHER),
        hit("best", 0.9, 1, false), hit("second", 0.6, 1, true)));
    assertEquals(List.of("best", "second", "third", "fourth"), promoted(List.of(QuestionKind.PLACE),
        hit("best", 0.9, 1, false), hit("second", 0.6, 1, false), hit("third", 0.5, 1, false), hit("fourth", 0.4, 1, true)));
  }
}
