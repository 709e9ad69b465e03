package org.missionbot.config;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The folder the bot works in: {@code index/articles/} (the corpus), {@code index/} (the Lucene
 * index) and {@code config/}. It is {@code MISSION_BOT_HOME} when set; else the current folder when
 * it holds {@code index/articles/} (a checkout); else {@code ~/.mission-bot}, where the articles
 * bundled in the jar are unpacked on first use. {@code MISSION_BOT_ARTICLES} puts the articles in
 * another folder, one that several replicas share, while each keeps its own index in its home.
 *
 * @param root the folder
 * @param articles the articles' folder: {@code index/articles/} of the home unless named apart
 */
public record Home(Path root, Path articles) {

  /** The environment variable that names the home folder. */
  public static final String ENV = "MISSION_BOT_HOME";
  /** The environment variable that names a folder of articles apart from the home (shared by replicas). */
  public static final String ARTICLES_ENV = "MISSION_BOT_ARTICLES";
  private static final String BUNDLED = "/bundled/";

  /** The home at {@code root}, with its articles in {@code index/articles/}. */
  public Home(Path root) {
    this(root, root.resolve("index").resolve("articles"));
  }

  public Path index() {
    return root.resolve("index");
  }

  public Path synonymsFile() {
    return root.resolve("config").resolve("synonyms.txt");
  }

  /** The synonyms: the home's file, or the bundled one when the home has none. */
  public String synonyms() throws IOException {
    if (Files.isRegularFile(synonymsFile())) {
      return Files.readString(synonymsFile(), StandardCharsets.UTF_8);
    }
    try (InputStream in = Home.class.getResourceAsStream(BUNDLED + "config/synonyms.txt")) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Finds the home folder as the class comment says, unpacking the bundled articles when needed. */
  public static Home locate(Map<String, String> env, Path workingDir, Path userHome) throws IOException {
    String named = env.get(ENV);
    Home home;
    if (named != null && !named.isBlank()) {
      home = new Home(Path.of(named).toAbsolutePath());
    } else if (Files.isDirectory(workingDir.resolve("index").resolve("articles"))) {
      home = new Home(workingDir.toAbsolutePath());
    } else {
      home = new Home(userHome.resolve(".mission-bot").toAbsolutePath());
    }
    String articles = env.get(ARTICLES_ENV);
    if (articles != null && !articles.isBlank()) {
      home = new Home(home.root(), Path.of(articles).toAbsolutePath());
    }
    if (!Files.isDirectory(home.articles())) {
      unpackBundled("articles", home.articles());
    }
    return home;
  }

  /** Copies the bundled resource folder {@code name} into {@code target}. */
  static void unpackBundled(String name, Path target) throws IOException {
    URL url = Home.class.getResource(BUNDLED + name);
    if (url == null) {
      throw new IOException("this build has no bundled " + name + " and " + target + " does not exist");
    }
    Files.createDirectories(target);
    try (Source source = Source.of(url.toURI()); Stream<Path> files = Files.list(source.path())) {
      for (Path file : files.toList()) {
        Files.copy(file, target.resolve(file.getFileName().toString()));
      }
    } catch (URISyntaxException e) {
      throw new IOException("bad resource address " + url, e);
    }
  }

  /** A resource folder, inside the jar or on disk (when run from classes). */
  private record Source(Path path, FileSystem jar) implements AutoCloseable {

    static Source of(URI uri) throws IOException {
      if (!"jar".equals(uri.getScheme())) {
        return new Source(Path.of(uri), null);
      }
      FileSystem jar;
      try {
        jar = FileSystems.newFileSystem(uri, Map.of());
      } catch (FileSystemAlreadyExistsException e) {
        return new Source(FileSystems.getFileSystem(uri).provider().getPath(uri), null);
      }
      return new Source(jar.provider().getPath(uri), jar);
    }

    @Override
    public void close() throws IOException {
      if (jar != null) {
        jar.close();
      }
    }
  }
}
