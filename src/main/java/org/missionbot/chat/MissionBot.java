package org.missionbot.chat;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import org.missionbot.answer.Answer;
import org.missionbot.answer.AnswerEngine;
import org.missionbot.config.Home;
import org.missionbot.corpus.Article;
import org.missionbot.corpus.Corpus;
import org.missionbot.index.PassageIndex;
import org.missionbot.search.PassageSearcher;

/** The chat-neutral bot: the articles, their index and the answer engine, opened from a home folder. */
public final class MissionBot implements Closeable {

  private final PassageIndex index;
  private final AnswerEngine engine;

  private MissionBot(PassageIndex index) {
    this.index = index;
    this.engine = new AnswerEngine(new PassageSearcher(index));
  }

  /** Loads the home's articles and opens their index, building it when it is missing or stale. */
  public static MissionBot open(Home home) throws IOException {
    Corpus corpus = Corpus.load(home.articles());
    if (corpus.articles().isEmpty()) {
      throw new IOException("no articles could be read from " + home.articles() + problems(corpus));
    }
    return new MissionBot(PassageIndex.open(home.index(), corpus, home.synonyms()));
  }

  public Answer answer(String question) {
    return engine.answer(question);
  }

  /** How the question was read and ranked, for tuning. */
  public String explain(String question) {
    return engine.explain(question);
  }

  /** The articles, newest first. */
  public List<Article> sources() {
    return index.corpus().articles().stream()
        .sorted((a, b) -> b.published() == null ? -1 : a.published() == null ? 1 : b.published().compareTo(a.published()))
        .toList();
  }

  /** Files that could not be read as articles, one message each. */
  public List<String> problems() {
    return index.corpus().problems();
  }

  public int passageCount() {
    return index.passages().size();
  }

  @Override
  public void close() throws IOException {
    index.close();
  }

  private static String problems(Corpus corpus) {
    return corpus.problems().isEmpty() ? "" : ": " + String.join("; ", corpus.problems());
  }
}
