package org.missionbot.corpus.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.List;
import java.util.ArrayList;
import java.util.stream.Collectors;
import org.missionbot.corpus.Article;
import org.missionbot.corpus.ArticleFile;
import org.missionbot.corpus.Corpus;
import org.missionbot.corpus.Passages;

/**
 * Writes new articles into a corpus folder as {@code <slug>.md}, where the slug is the date and the
 * first words of the headline ({@code 2024-06-25-kenyan-police-arrive-in-haiti}). A file is written
 * aside and moved in whole, so the folder never holds a half-written article.
 */
public final class ArticleFolder {

  private static final int SLUG_WORDS = 6;

  private final Path folder;

  public ArticleFolder(Path folder) {
    this.folder = folder;
  }

  /**
   * Checks the draft, then writes it as a new article under an id no other file has.
   *
   * @return the article as written
   */
  public Article add(Draft draft) throws IngestException, IOException {
    requireTextAndHeadline(draft);
    Article article = readBack(draft.toArticle(uniqueId(slug(draft))));
    Path target = folder.resolve(article.id() + Corpus.EXTENSION);
    Path aside = Files.createTempFile(folder, "." + article.id() + "-", ".tmp");
    try {
      Files.writeString(aside, ArticleFile.format(article), StandardCharsets.UTF_8);
      readableByAll(aside); // a temporary file is the owner's only; an article is as readable as the others
      move(aside, target);
    } finally {
      Files.deleteIfExists(aside);
    }
    return article;
  }

  /** The article of this folder that the draft copies or nearly copies, if any. */
  public Optional<NearCopies.Match> copyOf(Draft draft) throws IOException {
    return NearCopies.of(draft.body(), Corpus.load(folder).articles());
  }

  /** The file of the article {@code id}, which must exist and be a plain name of this folder. */
  public Path fileOf(String id) throws IngestException {
    if (id == null || !id.matches("[A-Za-z0-9][A-Za-z0-9._-]*") || id.contains("..")) {
      throw new IngestException("'" + id + "' is not an article id (the file name without .md, as `sources --ids` shows)");
    }
    Path file = folder.resolve(id + Corpus.EXTENSION);
    if (!Files.isRegularFile(file)) {
      throw new IngestException("there is no article " + id + " in " + folder + " (`sources --ids` lists them)");
    }
    return file;
  }

  /**
   * Sets front-matter fields of the article {@code id} ({@code title}, {@code outlet}, {@code published},
   * {@code url}; a null value leaves a field as it is), keeping every other line of the file as it was;
   * the file is rewritten aside and moved in whole.
   *
   * @return the article as it now reads
   */
  public Article update(String id, Map<String, String> fields) throws IngestException, IOException {
    Path file = fileOf(id);
    String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    int close = text.indexOf("\n---\n", 3);
    if (!text.startsWith("---\n") || close < 0) {
      throw new IngestException(id + " has no front matter to update");
    }
    List<String> lines = new ArrayList<>(List.of(text.substring(4, close).split("\n", -1)));
    for (Map.Entry<String, String> field : fields.entrySet()) {
      if (field.getValue() == null) {
        continue;
      }
      String line = field.getKey() + ": " + field.getValue().replaceAll("\\s+", " ").strip();
      int at = -1;
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).startsWith(field.getKey() + ":")) {
          at = i;
        }
      }
      if (at >= 0) {
        lines.set(at, line);
      } else {
        lines.add(line);
      }
    }
    String updated = "---\n" + String.join("\n", lines) + text.substring(close);
    Article article;
    try {
      article = ArticleFile.parse(id, updated);
    } catch (IllegalArgumentException e) {
      throw new IngestException("the update would make the file unreadable: " + e.getMessage(), e);
    }
    Path aside = Files.createTempFile(folder, "." + id + "-", ".tmp");
    try {
      Files.writeString(aside, updated, StandardCharsets.UTF_8);
      readableByAll(aside);
      move(aside, file);
    } finally {
      Files.deleteIfExists(aside);
    }
    return article;
  }

  /** Removes an article this folder added, when what follows the write fails. */
  public void remove(Article article) throws IOException {
    Files.deleteIfExists(folder.resolve(article.id() + Corpus.EXTENSION));
  }

  private static void requireTextAndHeadline(Draft draft) throws IngestException {
    if (draft.body().isBlank()) {
      throw new IngestException("the source has no article text");
    }
    if (draft.title() == null) {
      throw new IngestException("the source has no headline; give one with --title");
    }
  }

  /** The article as its file will read back, once it is sure to read back the same and to have a sentence to quote. */
  private static Article readBack(Article article) throws IngestException {
    String id = article.id();
    Article reread;
    try {
      reread = ArticleFile.parse(id, ArticleFile.format(article));
    } catch (IllegalArgumentException e) {
      throw new IngestException("the article cannot be written as a file: " + e.getMessage(), e);
    }
    if (!reread.body().equals(article.body().strip()) || Passages.of(reread).isEmpty()) {
      throw new IngestException("the article text has no sentence to quote");
    }
    return reread;
  }

  static String slug(Draft draft) {
    String ascii = Normalizer.normalize(draft.title(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT);
    String words = Arrays.stream(ascii.split("[^a-z0-9]+")).filter(w -> !w.isEmpty()).limit(SLUG_WORDS)
        .collect(Collectors.joining("-"));
    return (draft.published() == null ? "undated" : draft.published().toString())
        + (words.isEmpty() ? "" : "-" + words);
  }

  private String uniqueId(String slug) {
    String id = slug;
    for (int n = 2; Files.exists(folder.resolve(id + Corpus.EXTENSION)); n++) {
      id = slug + "-" + n;
    }
    return id;
  }

  /** Makes a file rw-r--r-- where the file system has POSIX permissions. */
  private static void readableByAll(Path file) throws IOException {
    if (Files.getFileStore(file).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
      Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }
}
