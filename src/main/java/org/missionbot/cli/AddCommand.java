package org.missionbot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.missionbot.answer.Citation;
import org.missionbot.config.Home;
import org.missionbot.corpus.Article;
import org.missionbot.corpus.Corpus;
import org.missionbot.corpus.ingest.ArticleFolder;
import org.missionbot.corpus.ingest.Draft;
import org.missionbot.corpus.ingest.IngestException;
import org.missionbot.corpus.ingest.NearCopies;
import org.missionbot.corpus.ingest.Sources;
import org.missionbot.index.PassageIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Adds an article from a text, Markdown or HTML file or a web page, then rebuilds the index. */
@Command(name = "add", mixinStandardHelpOptions = true,
    description = {"Add an article from a text, Markdown or HTML file, or an http(s) URL, and rebuild the index.",
        "A plain text file's first line is its headline. The options replace what the source says."})
final class AddCommand implements Callable<Integer> {

  @ParentCommand
  Main main;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "PATH_OR_URL", description = "The file or http(s) address of the article.")
  String source;

  @Mixin
  ArticleMetadata metadata = new ArticleMetadata();

  @Override
  public Integer call() throws IOException {
    Home home = main.home();
    PrintWriter err = spec.commandLine().getErr();
    try {
      Draft draft = Sources.read(source).overriddenBy(metadata.title, metadata.outlet, metadata.published,
          metadata.url);
      Optional<NearCopies.Match> copy = new ArticleFolder(home.articles()).copyOf(draft);
      if (copy.isPresent()) {
        err.println("mission-bot add: refused, " + source + " is a copy or near-copy of " + describe(copy.get()));
        return 1;
      }
      Article article = addAndIndex(home, draft);
      report(article, home.articles().resolve(article.id() + org.missionbot.corpus.Corpus.EXTENSION));
      return 0;
    } catch (IngestException e) {
      err.println("mission-bot add: " + e.getMessage());
      return 1;
    }
  }

  /** Writes the article and rebuilds the index; when the rebuild fails, the article is taken out again. */
  private Article addAndIndex(Home home, Draft draft) throws IngestException, IOException {
    ArticleFolder folder = new ArticleFolder(home.articles());
    Article article = folder.add(draft);
    try {
      PassageIndex.rebuild(home.index(), Corpus.load(home.articles()), home.synonyms());
    } catch (IOException | RuntimeException e) {
      folder.remove(article);
      throw new IngestException("the index could not be rebuilt, so the article was not added: " + e.getMessage(), e);
    }
    return article;
  }

  private void report(Article article, Path file) {
    PrintWriter out = spec.commandLine().getOut();
    out.printf("added %s.md: %s%n", article.id(), Citation.of(article).label());
    out.printf("written to %s%n", file.toAbsolutePath());
    if (article.outlet() == null) {
      out.println("no outlet is known: quotes are cited without one (give it with --outlet, or edit the file)");
    }
    if (article.published() == null) {
      out.println("no date is known: quotes are cited undated (give it with --published YYYY-MM-DD, or edit the file)");
    }
    out.println("index rebuilt; a running bot picks the article up within seconds");
  }

  private static String describe(NearCopies.Match match) {
    return String.format("%s.md (\"%s\"): %d%% of the shorter text's word 5-grams are in both",
        match.article().id(), match.article().title(), Math.round(match.overlap() * 100));
  }
}
