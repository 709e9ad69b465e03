package org.missionbot.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The options that set an article's metadata, shared by {@code add} and {@code update} (a picocli mixin). */
final class ArticleMetadata {

  @Option(names = "--title", description = "The headline to cite.")
  String title;

  @Option(names = "--outlet", description = "The publisher.")
  String outlet;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "The publication date.")
  LocalDate published;

  @Option(names = "--url", description = "Where the article was published.")
  String url;
}
