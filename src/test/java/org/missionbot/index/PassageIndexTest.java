package org.missionbot.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionbot.Checkout;
import org.missionbot.corpus.Corpus;

class PassageIndexTest {

  @TempDir
  Path temp;

  private Path articles;
  private Path root;

  @BeforeEach
  void copyTheArticles() throws IOException {
    articles = temp.resolve("articles");
    root = temp.resolve("index");
    Checkout.copyFolder(Checkout.ARTICLES, articles);
  }

  private PassageIndex open() throws IOException {
    return open(Checkout.synonyms());
  }

  private PassageIndex open(String synonyms) throws IOException {
    return PassageIndex.open(root, Corpus.load(articles), synonyms);
  }

  private String current() throws IOException {
    return Files.readString(root.resolve("CURRENT"), StandardCharsets.UTF_8).strip();
  }

  private List<String> indexFolders() throws IOException {
    try (Stream<Path> entries = Files.list(root)) {
      return entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("lucene-")).sorted().toList();
    }
  }

  /** Opens the index and checks it answers: one document per passage, and "Canada" is found. */
  private void assertUsable() throws IOException {
    try (PassageIndex index = open()) {
      assertEquals(index.passages().size(), index.searcher().getIndexReader().numDocs());
      assertTrue(index.searcher().count(new TermQuery(new Term(Fields.TEXT, "canada"))) > 0);
    }
  }

  @Test
  void isBuiltOnFirstOpen() throws IOException {
    try (PassageIndex index = open()) {
      assertTrue(index.passages().size() > 50, "passages: " + index.passages().size());
      assertEquals(index.passages().size(), index.searcher().getIndexReader().numDocs());
      assertEquals(5, index.corpus().articles().size());
    }
    assertTrue(current().startsWith("lucene-"), current());
    assertEquals(List.of(current()), indexFolders());
  }

  @Test
  void aByteDamagedInsideASegmentIsCaughtWhenOpeningAndTheIndexRebuilt() throws IOException {
    open().close();
    Path largest;
    try (Stream<Path> files = Files.list(root.resolve(current()))) {
      largest = files.max(java.util.Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(largest);
    bytes[bytes.length / 2] ^= 0x5a; // inside the data, away from header and footer
    Files.write(largest, bytes);

    try (PassageIndex index = open()) {
      for (var leaf : index.searcher().getIndexReader().leaves()) {
        leaf.reader().checkIntegrity(); // throws CorruptIndexException on the damaged file
      }
    }
    assertUsable();
  }

  @Test
  void foldersOfBuildsCutShortAreRemovedWhenOpening() throws IOException {
    open().close();
    Path leftover = Files.createDirectories(root.resolve("building-1234567890"));
    Files.writeString(leftover.resolve("_0.cfs"), "half a segment");

    open().close();

    assertFalse(Files.exists(leftover));
  }

  @Test
  void secondOpenWithTheSameCorpusReusesTheIndex() throws IOException {
    open().close();
    String first = current();
    Path marker = root.resolve(first).resolve("marker-left-by-the-test");
    Files.writeString(marker, "a rebuild would delete this");

    open().close();

    assertEquals(first, current());
    assertTrue(Files.exists(marker), "the index folder was rebuilt");
  }

  @Test
  void changingAnArticleRebuildsIntoANewFolderAndDeletesTheOld() throws IOException {
    int before;
    try (PassageIndex index = open()) {
      before = index.passages().size();
    }
    String old = current();
    Path article = articles.resolve("2025-09-22-carney-backs-kenya-mission-at-unga.md");
    Files.writeString(article, Files.readString(article) + "\nA sentence added by the test.\n");

    try (PassageIndex index = open()) {
      assertEquals(before + 1, index.passages().size());
      assertEquals(before + 1, index.searcher().getIndexReader().numDocs());
    }

    assertNotEquals(old, current());
    assertEquals(List.of(current()), indexFolders());
    assertFalse(Files.exists(root.resolve(old)));
  }

  @Test
  void changingTheSynonymsRebuildsIntoANewFolderAndDeletesTheOld() throws IOException {
    open().close();
    String old = current();

    try (PassageIndex index = open(Checkout.synonyms() + "\nblinken, antony blinken, testword\n")) {
      assertTrue(index.searcher().count(new TermQuery(new Term(Fields.TEXT, "testword"))) > 0);
    }

    assertNotEquals(old, current());
    assertEquals(List.of(current()), indexFolders());
  }

  @Test
  void opensWithAnEmptySynonymsFile() throws IOException {
    try (PassageIndex index = open("# every rule commented out\n")) {
      assertEquals(index.passages().size(), index.searcher().getIndexReader().numDocs());
    }
  }

  @Test
  void rebuildReplacesTheIndexInUse() throws IOException {
    open().close();
    Path marker = root.resolve(current()).resolve("marker-left-by-the-test");
    Files.writeString(marker, "a rebuild deletes this");

    PassageIndex.rebuild(root, Corpus.load(articles), Checkout.synonyms());

    assertFalse(Files.exists(marker));
    assertUsable();
  }

  @Test
  void missingCurrentIsRebuiltOnOpen() throws IOException {
    open().close();
    Files.delete(root.resolve("CURRENT"));

    assertUsable();
    assertTrue(Files.exists(root.resolve(current())));
  }

  @Test
  void corruptCurrentIsRebuiltOnOpen() throws IOException {
    open().close();
    Files.writeString(root.resolve("CURRENT"), "../../\u0000 not a folder");

    assertUsable();
    assertEquals(List.of(current()), indexFolders());
  }

  @Test
  void currentNamingAnotherFolderIsRebuiltOnOpen() throws IOException {
    open().close();
    Files.writeString(root.resolve("CURRENT"), "lucene-0000000000000000\n");

    assertUsable();
    assertNotEquals("lucene-0000000000000000", current());
  }

  @Test
  void missingIndexFolderIsRebuiltOnOpen() throws IOException {
    open().close();
    deleteTree(root.resolve(current()));

    assertUsable();
    assertTrue(Files.isDirectory(root.resolve(current())));
  }

  @Test
  void emptyIndexFolderIsRebuiltOnOpen() throws IOException {
    open().close();
    deleteTree(root.resolve(current()));
    Files.createDirectory(root.resolve(current()));

    assertUsable();
  }

  @Test
  void corruptSegmentsFileIsRebuiltOnOpen() throws IOException {
    open().close();
    for (Path file : filesOf(root.resolve(current()))) {
      if (file.getFileName().toString().startsWith("segments")) {
        Files.write(file, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
      }
    }

    assertUsable();
  }

  @Test
  void truncatedIndexFilesAreRebuiltOnOpen() throws IOException {
    open().close();
    for (Path file : filesOf(root.resolve(current()))) {
      if (!file.getFileName().toString().startsWith("segments") && !file.getFileName().toString().equals("write.lock")) {
        Files.write(file, new byte[0]);
      }
    }

    assertUsable();
  }

  private static List<Path> filesOf(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.toList();
    }
  }

  private static void deleteTree(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Test
  void aReopenedIndexAnalysesWithTheSynonymsSavedBesideItAsWithThoseReadFromTheRules() throws IOException {
    Analysis fromRules = Analysis.withSynonyms(Checkout.synonyms());
    open().close();
    assertTrue(Files.isRegularFile(root.resolve(current()).resolve(Analysis.SYNONYMS_FILE)), "saved with the index");
    try (var folder = new org.apache.lucene.store.NIOFSDirectory(root.resolve(current()))) {
      assertNotNull(Analysis.saved(folder), "read back");
    }
    try (PassageIndex index = open()) {
      assertTrue(index.analysis().isReadBack(), "the reopened index analyses with the saved synonyms");
      int differing = 0;
      for (var passage : index.passages()) {
        for (String text : List.of(passage.text(), passage.text().toLowerCase(java.util.Locale.ROOT))) {
          List<String> expected = Analysis.terms(fromRules.passageAnalyzer(), Fields.TEXT, text);
          assertEquals(expected, Analysis.terms(index.analysis().passageAnalyzer(), Fields.TEXT, text), text);
          differing += expected.equals(Analysis.terms(Analysis.queryAnalyzer(), Fields.TEXT, text)) ? 0 : 1;
        }
      }
      assertTrue(differing > 20, "the synonyms add terms to " + differing + " passages");
    }
  }

  @Test
  void damagedOrMissingSavedSynonymsAreReadFromTheRulesAgain() throws IOException {
    open().close();
    Path saved = root.resolve(current()).resolve(Analysis.SYNONYMS_FILE);
    byte[] bytes = Files.readAllBytes(saved);
    bytes[bytes.length / 2] ^= 0x5a;
    Files.write(saved, bytes);
    try (var folder = new org.apache.lucene.store.NIOFSDirectory(saved.getParent())) {
      assertNull(Analysis.saved(folder), "the checksum fails");
    }
    assertUsable();
    try (PassageIndex index = open()) {
      assertFalse(index.analysis().isReadBack(), "analysed from the rules again");
    }
    Files.delete(saved);
    try (var folder = new org.apache.lucene.store.NIOFSDirectory(saved.getParent())) {
      assertNull(Analysis.saved(folder), "none");
    }
    assertUsable();
  }

  @Test
  void aSmallIndexIsReadIntoTheHeapALargeOneMapped() throws IOException {
    open().close();
    Path folder = root.resolve(current());
    assertInstanceOf(org.apache.lucene.store.ByteBuffersDirectory.class, PassageIndex.readable(folder));
    Path large = temp.resolve("large");
    Files.createDirectories(large);
    try (var file = new java.io.RandomAccessFile(large.resolve("_0.cfs").toFile(), "rw")) {
      file.setLength(PassageIndex.IN_HEAP + 1); // sparse: no disk used
    }
    try (var directory = PassageIndex.readable(large)) {
      assertInstanceOf(org.apache.lucene.store.FSDirectory.class, directory);
    }
  }
}
