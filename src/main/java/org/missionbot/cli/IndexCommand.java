package org.missionbot.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.missionbot.config.Home;
import org.missionbot.corpus.Corpus;
import org.missionbot.index.PassageIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Rebuilds the index from the articles. */
@Command(name = "index", mixinStandardHelpOptions = true, description = "Rebuild the index from the articles.")
final class IndexCommand implements Callable<Integer> {

  @ParentCommand
  Main main;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Home home = main.home();
    long start = System.nanoTime();
    Corpus corpus = Corpus.load(home.articles());
    corpus.problems().forEach(p -> spec.commandLine().getErr().println("skipped article " + p));
    PassageIndex.rebuild(home.index(), corpus, home.synonyms());
    spec.commandLine().getOut().printf("indexed %d articles from %s in %d ms (%d skipped)%n",
        corpus.articles().size(), home.articles(), (System.nanoTime() - start) / 1_000_000, corpus.problems().size());
    return corpus.articles().isEmpty() ? 1 : 0;
  }
}
