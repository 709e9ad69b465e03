package org.missionbot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.missionbot.answer.Answer;
import org.missionbot.answer.AnswerEngine;
import org.missionbot.answer.Decision;
import org.missionbot.search.PassageSearcher;
import org.missionbot.answer.Citation;
import org.missionbot.answer.Quote;
import org.missionbot.chat.MissionBot;
import org.missionbot.config.Home;
import org.missionbot.corpus.Corpus;
import org.missionbot.index.Embedder;
import org.missionbot.index.PassageIndex;
import org.missionbot.search.BareSearch;
import org.missionbot.search.NaiveHybrid;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Scores golden questions and prints the misses; exits 1 when any question misses. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score golden questions (JSON lines: id, question, expect or abstain).")
final class EvalCommand implements Callable<Integer> {

  @ParentCommand
  Main main;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The golden questions, one JSON object a line.")
  Path file;

  @Option(names = "--verbose", description = "Print every question, not only the misses.")
  boolean verbose;

  @Option(names = "--reference", paramLabel = "naive|bm25|never-abstain",
      description = "Score a reference instead of the bot: the naive hybrid (BM25 and e5 fused by reciprocal rank) "
          + "or bare BM25, each quoting its top 3 sentences, or the bot with its decision to abstain switched off; "
          + "none of them abstains.")
  String reference;

  @Override
  public Integer call() throws IOException {
    List<GoldenSet.Golden> golden = GoldenSet.parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    if (reference != null) {
      return scoreReference(golden);
    }
    PrintWriter out = spec.commandLine().getOut();
    int pass = 0;
    int first = 0;
    try (MissionBot bot = main.openBot()) {
      for (GoldenSet.Golden g : golden) {
        GoldenSet.Score score = GoldenSet.score(g, bot.answer(g.question()));
        pass += score.pass() ? 1 : 0;
        first += score.inFirst() ? 1 : 0;
        if (verbose || !score.pass()) {
          out.println(score.line());
        }
      }
    }
    out.printf("%s: %d/%d pass, %d/%d in answer+first quote%n", file.getFileName(), pass, golden.size(), first, golden.size());
    return pass == golden.size() ? 0 : 1;
  }

  /** Scores the reference's top three sentences as an answer that never abstains. */
  private int scoreReference(List<GoldenSet.Golden> golden) throws IOException {
    if (!List.of("naive", "bm25", "never-abstain").contains(reference)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--reference takes naive, bm25 or never-abstain, not " + reference);
    }
    Home home = main.home();
    int found = 0;
    int answerable = 0;
    try (PassageIndex index = PassageIndex.open(home.index(), Corpus.load(home.articles()), home.synonyms());
        BareSearch bare = BareSearch.open(home.index())) {
      NaiveHybrid naive = new NaiveHybrid(index, Embedder.shipped());
      AnswerEngine always = new AnswerEngine(new PassageSearcher(index), Decision.always());
      for (GoldenSet.Golden g : golden) {
        if (g.abstain()) {
          continue;
        }
        answerable++;
        Answer answer;
        if (reference.equals("never-abstain")) {
          answer = always.answer(g.question());
        } else {
          List<Integer> top = reference.equals("naive") ? naive.search(g.question(), 3) : bare.search(g.question(), 3);
          List<Quote> quotes = top.stream().map(n -> index.passages().get(n))
              .map(p -> new Quote(p.text(), Citation.of(p.article()), List.of())).toList();
          answer = new Answer(g.question(), Answer.Outcome.ANSWERED, "", quotes);
        }
        GoldenSet.Score score = GoldenSet.score(g, answer);
        found += score.pass() ? 1 : 0;
        if (verbose) {
          spec.commandLine().getOut().println(score.line());
        }
      }
    }
    spec.commandLine().getOut().printf("%s, %s: answer in the top 3 sentences for %d/%d answerable (it never abstains)%n",
        file.getFileName(), reference, found, answerable);
    return 0;
  }
}
