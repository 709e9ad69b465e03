package org.missionbot.corpus;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The articles of a folder, in file-name order, with the files that could not be read. A bad file is
 * reported in {@link #problems()} and skipped; it never stops the others from loading.
 *
 * @param articles the articles that loaded
 * @param problems one message per file that did not load
 * @param fingerprint a digest of every article file's name and bytes: it changes when any article does
 */
public record Corpus(List<Article> articles, List<String> problems, String fingerprint) {

  /** The extension of article files. */
  public static final String EXTENSION = ".md";

  public Corpus {
    articles = List.copyOf(articles);
    problems = List.copyOf(problems);
  }

  /**
   * Loads every {@code *.md} file of the folder; a file that cannot be read or parsed is skipped and
   * named in {@link #problems()}, never stopping the others.
   */
  public static Corpus load(Path folder) throws IOException {
    List<Article> articles = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    MessageDigest digest = sha256();
    for (Path file : articleFiles(folder)) {
      String name = file.getFileName().toString();
      digest.update(name.getBytes(StandardCharsets.UTF_8));
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(file);
      } catch (IOException e) {
        problems.add(name + ": cannot be read (" + e.getMessage() + ")");
        continue;
      }
      digest.update(bytes);
      try {
        articles.add(ArticleFile.parse(name.substring(0, name.length() - EXTENSION.length()), utf8(bytes)));
      } catch (IllegalArgumentException | CharacterCodingException e) {
        problems.add(name + ": " + e.getMessage());
      }
    }
    return new Corpus(articles, problems, HexFormat.of().formatHex(digest.digest()));
  }

  /** The article files of a folder, sorted by name. */
  public static List<Path> articleFiles(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new IOException("no articles folder at " + folder.toAbsolutePath());
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(EXTENSION) && Files.isRegularFile(f))
          .sorted().toList();
    }
  }

  /** Returns the article with this id, or null. */
  public Article article(String id) {
    return articles.stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
  }

  private static String utf8(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
