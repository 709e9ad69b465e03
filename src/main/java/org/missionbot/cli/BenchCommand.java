package org.missionbot.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.missionbot.answer.AnswerEngine;
import org.missionbot.corpus.Corpus;
import org.missionbot.index.Embedder;
import org.missionbot.index.PassageIndex;
import org.missionbot.search.NaiveHybrid;
import org.missionbot.search.PassageSearcher;
import org.missionbot.chat.MissionBot;
import org.missionbot.config.Home;
import org.missionbot.search.BareSearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Latency figures on the article corpus: warm per-question p50 and p99 and answers per second on one
 * thread, for the bot and for a bare Lucene BM25 search of the same passages, and the time from JVM
 * start to the first answer with an existing index. With {@code --articles N} it measures the same on N
 * articles generated from the real ones, with the time to build their index and the heap in use.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Print latency figures: warm p50/p99, answers per second, first answer after start.")
final class BenchCommand implements Callable<Integer> {

  private static final String FIRST_QUESTION = "How much has Canada pledged?";
  /** The targets: at 10,000 articles, and the bot's warm cost against the naive hybrid's. */
  private static final int P99_TARGET_MS = 50;
  private static final int HEAP_TARGET_MB = 1024;
  private static final double HYBRID_RATIO_TARGET = 1.2;
  private static final double FIRST_ANSWER_TARGET_S = 2;

  @ParentCommand
  Main main;

  @Spec
  CommandSpec spec;

  @Option(names = "--rounds", defaultValue = "60", description = "Times each question is asked after warm-up (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--starts", defaultValue = "3", description = "JVM starts timed for the first answer; 0 skips (default: ${DEFAULT-VALUE}).")
  int starts;

  @Option(names = "--articles", defaultValue = "0", paramLabel = "N",
      description = "Measure on N articles generated from the real ones in a temporary home, deleted afterwards; 0: the real articles (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--answer-once", hidden = true, description = "bare: answer one question by bare Lucene and exit (for timed starts).")
  String once;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (rounds < 1 || starts < 0 || articles < 0) {
      throw new IllegalArgumentException("--rounds must be at least 1, --starts and --articles at least 0");
    }
    PrintWriter out = spec.commandLine().getOut();
    if (once != null) {
      return answerOnce(out);
    }
    if (articles == 0) {
      return bench(out, main.home(), false);
    }
    out.printf(Locale.ROOT, "generating %d articles from those of %s%n", articles, main.home().articles());
    try (GeneratedHome generated = GeneratedHome.of(main.home(), articles)) {
      return bench(out, generated.home(), true);
    }
  }

  /** Times the bot against the reference on the home; at scale also the index build and the targets. */
  private int bench(PrintWriter out, Home home, boolean scale) throws IOException, InterruptedException {
    List<String> questions = questions();
    long start = System.nanoTime();
    try (MissionBot bot = scale ? MissionBot.open(home) : main.openBot(); BareSearch bare = BareSearch.open(home.index());
        PassageIndex index = PassageIndex.open(home.index(), Corpus.load(home.articles()), home.synonyms(),
            Embedder.shippedUncached())) {
      if (scale) {
        out.printf(Locale.ROOT, "articles read and index built in %.1f s (cold vector cache)%n", (System.nanoTime() - start) / 1e9);
        long again = System.nanoTime();
        int embedded = PassageIndex.rebuild(home.index(), Corpus.load(home.articles()), home.synonyms());
        out.printf(Locale.ROOT, "index rebuilt in %.1f s with a warm vector cache (%d passages embedded again)%n",
            (System.nanoTime() - again) / 1e9, embedded);
      }
      out.printf(Locale.ROOT, "%d articles, %d passages; %d questions x %d rounds on one thread, after warm-up;%n"
          + "every question embedded afresh (no question cache) for the bot and the naive hybrid alike%n",
          bot.sources().size(), bot.passageCount(), questions.size(), rounds);
      AnswerEngine engine = new AnswerEngine(new PassageSearcher(index));
      NaiveHybrid naive = new NaiveHybrid(index, Embedder.shippedUncached());
      compare(out, time(questions, List.of(engine::answer, q -> naive.search(q, 3), q -> bare.search(q, 3))), scale);
    }
    if (starts > 0) {
      double ours = firstAnswer(home, "bot");
      double reference = firstAnswer(home, "bare");
      out.printf(Locale.ROOT, "first answer after JVM start, existing index (whole process, median of %d):%n", starts);
      out.printf(Locale.ROOT, "  mission-bot %.2f s (target under %.0f s: %s), bare Lucene %.2f s, ratio %.1fx%n", ours,
          FIRST_ANSWER_TARGET_S, met(ours < FIRST_ANSWER_TARGET_S), reference, ours / reference);
    }
    return 0;
  }

  /** Prints the bot's timing, the naive hybrid's and bare BM25's, the ratios, the heap and the machine's load. */
  private static void compare(PrintWriter out, Timing[] timings, boolean scale) {
    Timing ours = timings[0];
    Timing hybrid = timings[1];
    out.printf(Locale.ROOT, "%-26s %10s %10s %12s%n", "", "p50 (us)", "p99 (us)", "answers/s");
    print(out, "mission-bot", ours);
    print(out, "naive hybrid (BM25+e5)", hybrid);
    print(out, "bare Lucene BM25", timings[2]);
    out.printf(Locale.ROOT, "%-26s %9.2fx %9.2fx %11.2fx  (target at most %.1fx: %s)%n", "bot / naive hybrid",
        ours.p50 / hybrid.p50, ours.p99 / hybrid.p99, hybrid.perSecond / ours.perSecond, HYBRID_RATIO_TARGET,
        met(ours.p50 / hybrid.p50 <= HYBRID_RATIO_TARGET));
    long heap = heapMegabytes();
    out.printf(Locale.ROOT, "heap in use after the runs and a full GC: %d MB (max heap %d MB)%n", heap,
        Runtime.getRuntime().maxMemory() / (1024 * 1024));
    // other processes weigh on the absolute figures, less on the ratio: say how busy the machine was
    var system = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    out.printf(Locale.ROOT, "machine load (1-minute average) at the end: %.1f on %d cores%n",
        system.getSystemLoadAverage(), system.getAvailableProcessors());
    if (scale) {
      out.printf(Locale.ROOT, "targets: p99 %.1f ms (under %d ms: %s), heap %d MB (under %d MB: %s)%n",
          ours.p99 / 1e3, P99_TARGET_MS, met(ours.p99 / 1e3 < P99_TARGET_MS), heap, HEAP_TARGET_MB,
          met(heap < HEAP_TARGET_MB));
    }
  }

  private static String met(boolean met) {
    return met ? "met" : "MISSED";
  }

  /** What a timed start of bare Lucene does: open, answer one question, print, exit. */
  private int answerOnce(PrintWriter out) throws IOException {
    if (!once.equals("bare")) {
      throw new IllegalArgumentException("--answer-once takes bare; the bot's start is timed through ask");
    }
    try (BareSearch bare = BareSearch.open(main.home().index())) {
      out.println(bare.search(FIRST_QUESTION, 3));
    }
    return 0;
  }

  /**
   * Times each way of answering over the questions, round after round in turn, so that whatever else
   * the machine does weighs on all alike; returns their timings in order.
   */
  private Timing[] time(List<String> questions, List<Consumer<String>> ways) {
    for (int i = 0; i < 20; i++) {
      ways.forEach(questions::forEach);
    }
    long[][] nanos = new long[ways.size()][questions.size() * rounds];
    long[] totals = new long[ways.size()];
    for (int r = 0; r < rounds; r++) {
      for (int w = 0; w < ways.size(); w++) {
        totals[w] += round(questions, ways.get(w), nanos[w], r * questions.size());
      }
    }
    Timing[] timings = new Timing[ways.size()];
    for (int w = 0; w < ways.size(); w++) {
      timings[w] = timing(nanos[w], totals[w]);
    }
    return timings;
  }

  private static long round(List<String> questions, Consumer<String> answer, long[] nanos, int from) {
    long start = System.nanoTime();
    for (int i = 0; i < questions.size(); i++) {
      long t = System.nanoTime();
      answer.accept(questions.get(i));
      nanos[from + i] = System.nanoTime() - t;
    }
    return System.nanoTime() - start;
  }

  private static Timing timing(long[] nanos, long total) {
    Arrays.sort(nanos);
    return new Timing(nanos[nanos.length / 2] / 1e3, nanos[(int) (nanos.length * 0.99)] / 1e3, nanos.length / (total / 1e9));
  }

  private static void print(PrintWriter out, String name, Timing t) {
    out.printf(Locale.ROOT, "%-26s %10.1f %10.1f %12.0f%n", name, t.p50, t.p99, t.perSecond);
  }

  /** Starts this jar {@code starts} times to answer one question, and returns the median seconds to its exit. */
  private double firstAnswer(Home home, String which) throws IOException, InterruptedException {
    Path jar = jar();
    if (jar == null) {
      throw new IOException("the first answer after start is measured from the jar: run java -jar target/mission-bot.jar bench");
    }
    String java = ProcessHandle.current().info().command().orElse("java");
    List<Double> seconds = new ArrayList<>();
    for (int i = 0; i < starts; i++) {
      // the bot as its users start it: the ask command; bare Lucene by a hidden command of its own
      List<String> command = which.equals("bot")
          ? List.of(java, "-jar", jar.toString(), "--home", home.root().toString(), "ask", FIRST_QUESTION)
          : List.of(java, "-jar", jar.toString(), "--home", home.root().toString(), "bench", "--answer-once", which);
      long start = System.nanoTime();
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (process.waitFor() != 0 || output.isBlank()) {
        throw new IOException("the timed start did not answer: " + output);
      }
      seconds.add((System.nanoTime() - start) / 1e9);
    }
    seconds.sort(null);
    return seconds.get(seconds.size() / 2);
  }

  private static Path jar() {
    try {
      Path location = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return location.toString().endsWith(".jar") ? location : null;
    } catch (java.net.URISyntaxException | SecurityException e) {
      return null;
    }
  }

  private static long heapMegabytes() {
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    return (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
  }

  private static List<String> questions() throws IOException {
    try (InputStream in = BenchCommand.class.getResourceAsStream("bench-questions.txt")) {
      if (in == null) {
        throw new IOException("the build has no bench-questions.txt");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    }
  }

  private record Timing(double p50, double p99, double perSecond) {}
}
