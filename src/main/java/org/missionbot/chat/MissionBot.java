package org.missionbot.chat;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.missionbot.answer.Answer;
import org.missionbot.answer.AnswerEngine;
import org.missionbot.config.Home;
import org.missionbot.corpus.Article;
import org.missionbot.corpus.Corpus;
import org.missionbot.index.IndexGenerations;
import org.missionbot.index.PassageIndex;
import org.missionbot.search.Language;
import org.missionbot.search.PassageSearcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chat-neutral bot: the articles, their index and the answer engine, opened from a home folder.
 * Opened with a check interval, it picks up new and changed articles while it runs: a fresh index is
 * swapped in whole, answers under way finish on the one they started with, and a failed rebuild leaves
 * the previous index answering. Thread-safe.
 */
public final class MissionBot implements Closeable {

  /** How often a running bot looks at its articles folder, unless told otherwise. */
  public static final Duration CHECK_EVERY = Duration.ofSeconds(2);
  private static final Logger LOG = LoggerFactory.getLogger(MissionBot.class);

  /** Opens the index of a home's articles as they are now; a test may put a failing one in its place. */
  interface Loader {
    PassageIndex load(Home home) throws IOException;
  }

  private final Home home;
  private final Loader loader;
  /**
   * The index answered from and its answer engine, swapped whole when the articles change (Lucene's
   * reference counting); a replaced engine goes with its index.
   */
  private final IndexGenerations<AnswerEngine> generations;
  private final ArticleWatch watch;
  private final AtomicBoolean closed = new AtomicBoolean();
  /** The stamp of the files the current index was loaded from, and of the last ones that failed to load. */
  private List<String> loaded;
  private List<String> failed = List.of();
  private ScheduledExecutorService checker;

  private MissionBot(Home home, Loader loader) throws IOException {
    this.home = home;
    this.loader = loader;
    this.watch = new ArticleWatch(home);
    this.loaded = watch.stamp();
    this.generations = new IndexGenerations<>(loader.load(home), index -> new AnswerEngine(new PassageSearcher(index)));
  }

  /** Loads the home's articles and opens their index, building it when it is missing or stale. */
  public static MissionBot open(Home home) throws IOException {
    return new MissionBot(home, MissionBot::load);
  }

  /** Like {@link #open(Home)}, then looks for changed articles every {@code checkEvery} and reloads them. */
  public static MissionBot open(Home home, Duration checkEvery) throws IOException {
    return watching(new MissionBot(home, MissionBot::load), checkEvery);
  }

  static MissionBot open(Home home, Duration checkEvery, Loader loader) throws IOException {
    MissionBot bot = new MissionBot(home, loader);
    return checkEvery == null ? bot : watching(bot, checkEvery);
  }

  private static MissionBot watching(MissionBot bot, Duration every) {
    bot.checker = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, "article-check");
      thread.setDaemon(true);
      return thread;
    });
    bot.checker.scheduleWithFixedDelay(bot::reloadIfChanged, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    return bot;
  }

  static PassageIndex load(Home home) throws IOException {
    Corpus corpus = Corpus.load(home.articles());
    if (corpus.articles().isEmpty()) {
      throw new IOException("no articles could be read from " + home.articles() + problems(corpus));
    }
    return PassageIndex.open(home.index(), corpus, home.synonyms());
  }

  /**
   * Reloads the articles when the folder changed since they were loaded, and swaps the fresh index in.
   * A failed reload is tried again at the next call, and logged once for the same files.
   *
   * @return whether a fresh index now answers; false when nothing changed or the reload failed
   */
  public synchronized boolean reloadIfChanged() {
    List<String> now;
    try {
      now = watch.stamp();
    } catch (IOException | RuntimeException e) {
      return failed("the articles in " + home.articles() + " could not be checked", e, List.of("unreadable"));
    }
    if (now.equals(loaded)) {
      return false;
    }
    try {
      generations.swapIn(() -> loader.load(home));
      loaded = now;
      Corpus corpus = corpus();
      LOG.info("reloaded {} articles ({} passages) from {}", corpus.articles().size(), passageCount(), home.articles());
      corpus.problems().forEach(p -> LOG.warn("skipped article {}", p));
      return true;
    } catch (IOException | RuntimeException e) {
      return failed("reloading the articles failed", e, now);
    }
  }

  private boolean failed(String what, Exception e, List<String> stamp) {
    if (!stamp.equals(failed)) {
      LOG.warn("{}, the previous index keeps answering (tried again every check): {}", what, e.toString());
    }
    failed = stamp;
    return false;
  }

  public Answer answer(String question) {
    return answer(question, null);
  }

  /** Answers a question; {@code hint} is the language the conversation has been in, or null. */
  public Answer answer(String question, Language hint) {
    return onCurrent(generation -> generation.built().answer(question, hint));
  }

  /** What {@link #warmUp} asks: small talk, and a question in each language the bot reads. */
  static final List<String> WARM_UP = List.of("hello", "how much has Canada pledged?", "Combien le Canada a-t-il promis ?",
      "Konbyen lajan Kanada pwomèt?");

  /**
   * Answers a greeting and a question in each language on the calling thread, so that the classes the
   * answer path initializes lazily (small talk's phrases, the messages, the glossaries, the question's
   * reading) are initialized before channels answer on virtual threads: a class initializer that waits
   * for the jar's lock pins its carrier thread, and on two cores two of them pinned both carriers while
   * the lock's holder waited for one, so that a replica answered nothing (seen once in ReplicasLoadIT).
   */
  public void warmUp() {
    WARM_UP.forEach(this::answer);
  }

  /** How the question was read and ranked, for tuning. */
  public String explain(String question) {
    return onCurrent(generation -> generation.built().explain(question));
  }

  /**
   * What {@code work} makes of the current index, held meanwhile: a swap under way cannot close it.
   *
   * @throws IllegalStateException once the bot is closed
   */
  private <T> T onCurrent(Function<IndexGenerations.Generation<AnswerEngine>, T> work) {
    IndexGenerations.Generation<AnswerEngine> generation = generations.acquire();
    try {
      return work.apply(generation);
    } finally {
      generations.release(generation);
    }
  }

  /** The articles, newest first. */
  public List<Article> sources() {
    return corpus().articles().stream()
        .sorted((a, b) -> b.published() == null ? -1 : a.published() == null ? 1 : b.published().compareTo(a.published()))
        .toList();
  }

  /** Files that could not be read as articles, one message each. */
  public List<String> problems() {
    return corpus().problems();
  }

  /** Whether the index is open: true until {@link #close()}. */
  public boolean isOpen() {
    return !closed.get();
  }

  public int passageCount() {
    return onCurrent(generation -> generation.index().passages().size());
  }

  private Corpus corpus() {
    return onCurrent(generation -> generation.index().corpus());
  }

  @Override
  public void close() throws IOException {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    if (checker != null) {
      checker.shutdownNow();
      awaitChecker();
    }
    generations.close();
  }

  /** A reload under way finishes first, so its index is not left open after the bot closes. */
  private void awaitChecker() {
    try {
      checker.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String problems(Corpus corpus) {
    return corpus.problems().isEmpty() ? "" : ": " + String.join("; ", corpus.problems());
  }
}
