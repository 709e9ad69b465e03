package org.missionbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages are the pipeline (STYLE.md): dependencies point one way, Lucene stays in {@code index} and
 * {@code search}, and every package says its role in a {@code package-info.java}. Read from the sources.
 */
class ArchitectureTest {

  private static final Path MAIN = Path.of("src", "main", "java");
  private static final String ROOT = "org.missionbot";

  /** The pipeline, first to last; packages of equal rank may not use each other. */
  private static final Map<String, Integer> RANK = Map.of(
      "config", 0, "corpus", 1, "index", 2, "search", 3, "answer", 4, "chat", 5, "chat.http", 6,
      "chat.telegram", 7, "chat.slack", 7, "cli", 8);
  /** Types the chat-neutral core never touches: chat SDKs, web servers, HTTP clients, Redis, the terminal. */
  private static final List<String> PLATFORM_TYPES = List.of("com.pengrad", "com.slack", "com.sun.net.httpserver",
      "okhttp3", "org.eclipse.jetty", "io.helidon", "io.lettuce", "org.jline");
  private static final Set<String> LUCENE_PACKAGES = Set.of("index", "search");

  /** A reference from the code (an import or a qualified name) to a package. */
  private static final Pattern REFERENCE = Pattern.compile("\\b((?:org\\.missionbot|org\\.apache\\.lucene)(?:\\.[a-z][a-z0-9_]*)*)");
  private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");

  private record Source(Path file, String pkg, String code) {}

  private static List<Source> sources() throws IOException {
    List<Source> sources = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Matcher pkg = PACKAGE.matcher(text);
        assertTrue(pkg.find(), file + " has no package declaration");
        sources.add(new Source(file, pkg.group(1), withoutCommentsAndStrings(text)));
      }
    }
    assertFalse(sources.isEmpty(), "no sources under " + MAIN.toAbsolutePath());
    return sources;
  }

  /** The code without comments and string literals, so Javadoc that names a package is not a dependency. */
  static String withoutCommentsAndStrings(String text) {
    return text.replaceAll("(?s)/\\*.*?\\*/", " ")
        .replaceAll("(?s)\"\"\".*?\"\"\"", "\"\"")
        .replaceAll("\"(?:\\\\.|[^\"\\\\\\n])*\"", "\"\"")
        .replaceAll("//[^\\n]*", " ");
  }

  /** The pipeline package a (possibly class-qualified) reference names, e.g. "org.missionbot.index.Fields" is "index". */
  private static String referencedPackage(String reference) {
    String rest = reference.substring(ROOT.length() + (reference.length() > ROOT.length() ? 1 : 0));
    String best = null;
    for (String known : RANK.keySet()) {
      if ((rest.equals(known) || rest.startsWith(known + ".")) && (best == null || known.length() > best.length())) {
        best = known;
      }
    }
    return best == null ? rest : best;
  }

  private static String pipelinePackage(String pkg) {
    return referencedPackage(pkg);
  }

  @Test
  void everyPackageIsAStepOfThePipeline() throws IOException {
    Set<String> unknown = new TreeSet<>();
    for (Source source : sources()) {
      if (!RANK.containsKey(pipelinePackage(source.pkg()))) {
        unknown.add(source.pkg());
      }
    }
    assertEquals(Set.of(), unknown, "packages outside config -> corpus -> index -> search -> answer -> chat -> cli");
  }

  @Test
  void dependenciesPointDownThePipelineOnly() throws IOException {
    List<String> violations = new ArrayList<>();
    for (Source source : sources()) {
      String from = pipelinePackage(source.pkg());
      Matcher m = REFERENCE.matcher(source.code());
      while (m.find()) {
        if (!m.group(1).startsWith(ROOT + ".")) {
          continue;
        }
        String to = referencedPackage(m.group(1));
        if (!to.equals(from) && RANK.containsKey(from) && RANK.containsKey(to) && RANK.get(to) >= RANK.get(from)) {
          violations.add(source.file() + ": " + from + " uses " + to);
        }
      }
    }
    assertEquals(List.of(), violations);
  }

  @Test
  void luceneIsUsedOnlyInIndexAndSearch() throws IOException {
    List<String> violations = new ArrayList<>();
    for (Source source : sources()) {
      String pkg = pipelinePackage(source.pkg());
      if (!LUCENE_PACKAGES.contains(pkg) && source.code().contains("org.apache.lucene")) {
        violations.add(source.file().toString());
      }
    }
    assertEquals(List.of(), violations);
  }

  @Test
  void theChatCoreIsFreeOfChatSdksServersAndRedis() throws IOException {
    List<String> violations = new ArrayList<>();
    for (Source source : sources()) {
      if (source.pkg().equals(ROOT + ".chat")) {
        PLATFORM_TYPES.stream().filter(source.code()::contains).forEach(t -> violations.add(source.file() + " uses " + t));
      }
    }
    assertEquals(List.of(), violations);
  }

  @Test
  void redisIsReachedOnlyThroughTheSharedStore() throws IOException {
    List<String> violations = new ArrayList<>();
    for (Source source : sources()) {
      if (!source.pkg().equals("org.missionbot.chat.shared") && source.code().contains("io.lettuce")) {
        violations.add(source.file().toString());
      }
    }
    assertEquals(List.of(), violations);
  }

  @Test
  void everyPackageHasAPackageInfo() throws IOException {
    Set<Path> folders = new TreeSet<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      files.filter(f -> f.toString().endsWith(".java")).forEach(f -> folders.add(f.getParent()));
    }
    List<Path> missing = folders.stream().filter(f -> !Files.isRegularFile(f.resolve("package-info.java"))).toList();

    assertFalse(folders.isEmpty());
    assertEquals(List.of(), missing);
  }

  @Test
  void onlyTheCommandLinePrintsOrExits() throws IOException {
    List<String> violations = new ArrayList<>();
    for (Source source : sources()) {
      boolean cli = pipelinePackage(source.pkg()).equals("cli");
      if (!cli && (source.code().contains("System.out") || source.code().contains("System.err"))) {
        violations.add(source.file() + " prints");
      }
      if (source.code().contains("System.exit(") && !source.file().endsWith(Path.of("cli", "Main.java"))) {
        violations.add(source.file() + " exits");
      }
    }
    assertEquals(List.of(), violations);
  }

  @Test
  void theScanSeesRealReferences() {
    String code = withoutCommentsAndStrings("""
        import org.missionbot.index.Fields; // org.missionbot.cli in a comment
        /** {@link org.apache.lucene.search.Query} */
        String s = "org.missionbot.cli";
        var x = new org.apache.lucene.index.Term("a", "b");
        """);

    Matcher m = REFERENCE.matcher(code);
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add(m.group(1));
    }
    assertEquals(List.of("org.missionbot.index", "org.apache.lucene.index"), found);
    assertEquals("index", referencedPackage("org.missionbot.index.Fields"));
    assertEquals("chat.slack", referencedPackage("org.missionbot.chat.slack.SlackApp"));
    assertEquals("chat", referencedPackage("org.missionbot.chat.MissionBot"));
  }
}
