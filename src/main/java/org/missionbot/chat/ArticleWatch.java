package org.missionbot.chat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.missionbot.config.Home;
import org.missionbot.corpus.Corpus;

/**
 * A cheap sign that a home's articles or synonyms changed: the name, size and modification time of
 * each file, read from the folder without opening the files.
 */
final class ArticleWatch {

  private final Home home;

  ArticleWatch(Home home) {
    this.home = home;
  }

  /** One entry per file; equal stamps mean nothing was seen to change. */
  List<String> stamp() throws IOException {
    List<String> stamp = new ArrayList<>();
    for (Path file : Corpus.articleFiles(home.articles())) {
      stamp.add(entry(file));
    }
    if (Files.exists(home.synonymsFile())) {
      stamp.add(entry(home.synonymsFile()));
    }
    return stamp;
  }

  private static String entry(Path file) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    return file.getFileName() + " " + attributes.size() + " " + attributes.lastModifiedTime();
  }
}
