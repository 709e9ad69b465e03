package org.missionbot.search;

import java.util.List;
import org.missionbot.Checkout;
import org.missionbot.corpus.Passage;
import org.missionbot.index.PassageIndex;

/** The searcher over the bundled articles, built once for all its tests, and the two ways they ask it. */
final class PassageSearcherFixture {

  /** The index of the bundled articles, shared with every other test of the run that only reads it. */
  static final PassageIndex index = Checkout.sharedIndex();
  static final PassageSearcher searcher = new PassageSearcher(index);

  private PassageSearcherFixture() {}

  static List<String> words(String question) {
    return searcher.read(question).concepts().stream().map(Concept::word).toList();
  }

  static List<Passage> found(String question) {
    return searcher.search(searcher.read(question)).stream().map(Hit::passage).toList();
  }
}
