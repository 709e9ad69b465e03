package org.missionbot.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionbot.Checkout;

class CorpusTest {

  private static final String GOOD = "---\ntitle: %s\npublished: 2024-06-25\n---\nSome text about %s.\n";

  @TempDir
  Path folder;

  private void write(String name, String text) throws IOException {
    Files.writeString(folder.resolve(name), text);
  }

  @Test
  void loadsEveryArticleOfTheCheckoutInFileNameOrder() throws IOException {
    Corpus corpus = Checkout.corpus();

    assertEquals(List.of(), corpus.problems());
    assertEquals(List.of("2022-10-27-canada-sends-assessment-mission", "2022-10-28-ottawa-sends-assessment-team",
        "2024-03-14-kenya-reconnaissance-canada-pledges", "2024-06-25-kenyan-police-arrive-in-haiti",
        "2025-09-22-carney-backs-kenya-mission-at-unga"), corpus.articles().stream().map(Article::id).toList());
    corpus.articles().forEach(a -> assertNotNull(a.published(), a.id()));
  }

  @Test
  void findsAnArticleById() throws IOException {
    Corpus corpus = Checkout.corpus();

    assertEquals("Associated Press", corpus.article("2024-06-25-kenyan-police-arrive-in-haiti").outlet());
    assertNull(corpus.article("no-such-article"));
  }

  @Test
  void badFileIsReportedAndTheOthersStillLoad() throws IOException {
    write("a-good.md", GOOD.formatted("A", "a"));
    write("b-no-title.md", "---\noutlet: AP\n---\nText.\n");
    write("c-bad-date.md", "---\ntitle: C\npublished: 2024-02-30\n---\nText.\n");
    write("d-good.md", GOOD.formatted("D", "d"));

    Corpus corpus = Corpus.load(folder);

    assertEquals(List.of("a-good", "d-good"), corpus.articles().stream().map(Article::id).toList());
    assertEquals(2, corpus.problems().size(), corpus.problems().toString());
    assertTrue(corpus.problems().get(0).startsWith("b-no-title.md: "), corpus.problems().get(0));
    assertTrue(corpus.problems().get(1).startsWith("c-bad-date.md: "), corpus.problems().get(1));
    assertTrue(corpus.problems().get(1).contains("2024-02-30"), corpus.problems().get(1));
  }

  @Test
  void aFileThatCannotBeReadIsSkippedAndTheOthersStillLoad() throws IOException {
    write("a-good.md", GOOD.formatted("A", "a"));
    // unreadable even for root: reading this process's memory file from its start fails
    Files.createSymbolicLink(folder.resolve("b-unreadable.md"), Path.of("/proc/self/mem"));
    write("c-good.md", GOOD.formatted("C", "c"));

    Corpus corpus = Corpus.load(folder);

    assertEquals(List.of("a-good", "c-good"), corpus.articles().stream().map(Article::id).toList());
    assertEquals(1, corpus.problems().size(), corpus.problems().toString());
    assertTrue(corpus.problems().get(0).startsWith("b-unreadable.md: cannot be read"), corpus.problems().get(0));
  }

  @Test
  void fileThatIsNotUtf8IsReported() throws IOException {
    write("a-good.md", GOOD.formatted("A", "a"));
    Files.write(folder.resolve("b-latin1.md"), "---\ntitle: Mo\u00efse\n---\nText.\n".getBytes("ISO-8859-1"));

    Corpus corpus = Corpus.load(folder);

    assertEquals(1, corpus.articles().size());
    assertEquals(1, corpus.problems().size());
    assertTrue(corpus.problems().get(0).startsWith("b-latin1.md"), corpus.problems().get(0));
  }

  @Test
  void onlyMarkdownFilesAreArticles() throws IOException {
    write("a-good.md", GOOD.formatted("A", "a"));
    write("notes.txt", "not an article");
    Files.createDirectory(folder.resolve("sub.md"));

    Corpus corpus = Corpus.load(folder);

    assertEquals(1, corpus.articles().size());
    assertEquals(List.of(), corpus.problems());
  }

  @Test
  void missingFolderIsAnError() {
    IOException e = assertThrows(IOException.class, () -> Corpus.load(folder.resolve("nowhere")));

    assertTrue(e.getMessage().contains("nowhere"), e.getMessage());
  }

  @Test
  void fingerprintIsStableForTheSameFiles() throws IOException {
    write("a-good.md", GOOD.formatted("A", "a"));

    assertEquals(Corpus.load(folder).fingerprint(), Corpus.load(folder).fingerprint());
  }

  @Test
  void fingerprintChangesWhenAFileChanges() throws IOException {
    write("a-good.md", GOOD.formatted("A", "a"));
    write("b-good.md", GOOD.formatted("B", "b"));
    String before = Corpus.load(folder).fingerprint();

    write("b-good.md", GOOD.formatted("B", "b, edited"));

    assertNotEquals(before, Corpus.load(folder).fingerprint());
  }

  @Test
  void fingerprintChangesWhenAFileIsAddedRenamedOrRemoved() throws IOException {
    write("a-good.md", GOOD.formatted("A", "a"));
    String one = Corpus.load(folder).fingerprint();
    write("b-good.md", GOOD.formatted("B", "b"));
    String two = Corpus.load(folder).fingerprint();
    Files.move(folder.resolve("b-good.md"), folder.resolve("c-good.md"));
    String renamed = Corpus.load(folder).fingerprint();
    Files.delete(folder.resolve("c-good.md"));

    assertNotEquals(one, two);
    assertNotEquals(two, renamed);
    assertEquals(one, Corpus.load(folder).fingerprint());
  }

  @Test
  void fingerprintCoversFilesThatDidNotLoad() throws IOException {
    write("a-good.md", GOOD.formatted("A", "a"));
    write("b-bad.md", "no front matter");
    String before = Corpus.load(folder).fingerprint();

    write("b-bad.md", "still no front matter");

    assertNotEquals(before, Corpus.load(folder).fingerprint());
  }

  @Test
  void fileWithAnEmptyFrontMatterIsReportedAndTheOthersStillLoad() throws IOException {
    write("a-good.md", GOOD.formatted("A", "a"));
    write("b-empty-front-matter.md", "---\n---\nText.\n");

    Corpus corpus = Corpus.load(folder);

    assertEquals(1, corpus.articles().size());
    assertEquals(1, corpus.problems().size());
    assertTrue(corpus.problems().get(0).startsWith("b-empty-front-matter.md"), corpus.problems().get(0));
  }
}
