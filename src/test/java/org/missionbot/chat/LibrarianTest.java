package org.missionbot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionbot.Checkout;
import org.missionbot.config.Home;

class LibrarianTest {

  @TempDir
  Path home;

  private Librarian librarian;

  @BeforeEach
  void copyTheArticles() throws IOException {
    Checkout.copyHome(home);
    librarian = new Librarian(new Home(home), Set.of("U-editor"));
  }

  @Test
  void anEditorAddsAnArticleFile() throws IOException {
    Path file = home.resolve("jamaica.txt");
    Files.writeString(file, "Jamaica sends soldiers to Haiti\n\nJamaica said on Friday it would send 24 soldiers.\n");

    String reply = librarian.add("U-editor", file.toString());

    assertTrue(reply.startsWith("Added: Jamaica sends soldiers to Haiti"), reply);
    assertEquals(6, articles());
  }

  @Test
  void someoneElseIsToldOnlyEditorsMayAdd() throws IOException {
    Path file = home.resolve("jamaica.txt");
    Files.writeString(file, "Jamaica sends soldiers to Haiti\n\nJamaica said on Friday it would send 24 soldiers.\n");

    assertFalse(librarian.mayAdd("U-someone"));
    assertTrue(librarian.add("U-someone", file.toString()).startsWith("Only the editors"));
    assertEquals(5, articles());
  }

  @Test
  void aCopyOfAnArticleIsRefusedNamingIt() throws IOException {
    Path copy = home.resolve("copy.md");
    try (Stream<Path> files = Files.list(home.resolve("index/articles"))) {
      Files.copy(files.sorted().findFirst().orElseThrow(), copy);
    }

    String reply = librarian.add("U-editor", copy.toString());

    assertTrue(reply.startsWith("Not added: it repeats \""), reply);
    assertEquals(5, articles());
  }

  @Test
  void aMissingFileIsNotAddedAndSaysWhy() throws IOException {
    String reply = librarian.add("U-editor", home.resolve("nowhere.txt").toString());

    assertTrue(reply.startsWith("Not added: "), reply);
    assertEquals(5, articles());
  }

  private long articles() throws IOException {
    try (Stream<Path> files = Files.list(home.resolve("index/articles"))) {
      return files.count();
    }
  }
}
