package org.missionbot.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.missionbot.answer.Citation;
import org.missionbot.config.Home;
import org.missionbot.corpus.Article;
import org.missionbot.corpus.Corpus;
import org.missionbot.corpus.ingest.ArticleFolder;
import org.missionbot.corpus.ingest.IngestException;
import org.missionbot.index.PassageIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The commands that change an article already there: {@code remove} and {@code update}. */
final class ArticleCommands {

  private ArticleCommands() {}

  /** What both commands take: the home (from the main command), the output, and the article's id. */
  abstract static class OnArticle {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The article's id: its file name without .md.")
    String id;
  }

  /** Removes an article and rebuilds the index; the file is put back when the rebuild fails. */
  @Command(name = "remove", mixinStandardHelpOptions = true,
      description = "Remove an article (its id as `sources --ids` shows it) and rebuild the index.")
  static final class Remove extends OnArticle implements Callable<Integer> {

    @Override
    public Integer call() throws IOException {
      Home home = main.home();
      try {
        Path file = new ArticleFolder(home.articles()).fileOf(id);
        String before = Files.readString(file, StandardCharsets.UTF_8);
        Article article = Corpus.load(home.articles()).articles().stream().filter(a -> a.id().equals(id)).findFirst()
            .orElse(null);
        Files.delete(file);
        rebuild(home, file, before);
        spec.commandLine().getOut().printf("removed %s.md%s%nindex rebuilt; a running bot stops quoting it within seconds%n",
            id, article == null ? "" : ": " + Citation.of(article).label());
        return 0;
      } catch (IngestException e) {
        spec.commandLine().getErr().println("mission-bot remove: " + e.getMessage());
        return 1;
      }
    }
  }

  /** Sets an article's headline, outlet, date or address, keeping its text, and rebuilds the index. */
  @Command(name = "update", mixinStandardHelpOptions = true,
      description = {"Set an article's headline, outlet, date or address (its text stays as it is) and rebuild the index.",
          "Give at least one option."})
  static final class Update extends OnArticle implements Callable<Integer> {

    @Mixin
    ArticleMetadata metadata = new ArticleMetadata();

    @Override
    public Integer call() throws IOException {
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("title", blankIsNull(metadata.title));
      fields.put("outlet", blankIsNull(metadata.outlet));
      fields.put("published", metadata.published == null ? null : metadata.published.toString());
      fields.put("date-precision", metadata.published == null ? null : "exact");
      fields.put("url", blankIsNull(metadata.url));
      if (fields.values().stream().allMatch(v -> v == null)) {
        spec.commandLine().getErr().println("mission-bot update: nothing to change: give --title, --outlet, --published "
            + "or --url");
        return 2;
      }
      Home home = main.home();
      try {
        ArticleFolder folder = new ArticleFolder(home.articles());
        Path file = folder.fileOf(id);
        String before = Files.readString(file, StandardCharsets.UTF_8);
        Article article = folder.update(id, fields);
        rebuild(home, file, before);
        spec.commandLine().getOut().printf("updated %s.md: %s%nindex rebuilt; a running bot cites it so within seconds%n",
            id, Citation.of(article).label());
        return 0;
      } catch (IngestException e) {
        spec.commandLine().getErr().println("mission-bot update: " + e.getMessage());
        return 1;
      }
    }

    private static String blankIsNull(String value) {
      return value == null || value.isBlank() ? null : value;
    }
  }

  /** Rebuilds the index; when that fails, puts the file back as it was (or removes a new one) and says so. */
  private static void rebuild(Home home, Path file, String before) throws IngestException, IOException {
    try {
      PassageIndex.rebuild(home.index(), Corpus.load(home.articles()), home.synonyms());
    } catch (IOException | RuntimeException e) {
      Files.writeString(file, before, StandardCharsets.UTF_8);
      throw new IngestException("the index could not be rebuilt, so the article was left as it was: " + e.getMessage(), e);
    }
  }
}
