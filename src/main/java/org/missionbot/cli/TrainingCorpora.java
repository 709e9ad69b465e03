package org.missionbot.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.missionbot.config.Home;
import org.missionbot.corpus.Corpus;
import org.missionbot.index.PassageIndex;

/**
 * The corpora `train` and `calibrate` answer their questions over: the home's articles and, when
 * given, the same with articles on nearby topics added (in a temporary home), so that what they fit
 * holds as the corpus grows. {@link #close()} closes the indexes and deletes the temporary home.
 */
final class TrainingCorpora implements AutoCloseable {

  private final List<PassageIndex> indexes = new ArrayList<>();
  private GeneratedHome grown;

  private TrainingCorpora() {}

  /** Opens the home's index and, with {@code extra} (null: none), that of the home with those articles added. */
  static TrainingCorpora open(Home home, Path extra) throws IOException {
    TrainingCorpora corpora = new TrainingCorpora();
    try {
      corpora.indexes.add(open(home));
      if (extra != null) {
        corpora.grown = GeneratedHome.withArticles(home, extra);
        corpora.indexes.add(open(corpora.grown.home()));
      }
    } catch (IOException | RuntimeException e) {
      corpora.close();
      throw e;
    }
    return corpora;
  }

  /** The index of a home's articles, built there when missing or out of date. */
  private static PassageIndex open(Home home) throws IOException {
    return PassageIndex.open(home.index(), Corpus.load(home.articles()), home.synonyms());
  }

  /** The home's index first, then the grown one if any. */
  List<PassageIndex> indexes() {
    return List.copyOf(indexes);
  }

  @Override
  public void close() throws IOException {
    try {
      for (int i = indexes.size() - 1; i >= 0; i--) {
        indexes.get(i).close();
      }
    } finally {
      if (grown != null) {
        grown.close();
      }
    }
  }
}
