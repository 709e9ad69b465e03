package org.missionbot.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionbot.Checkout;

class HomeTest {

  @TempDir
  Path temp;

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void foldersAreUnderTheRoot() {
    Home home = new Home(Path.of("/srv/bot"));

    assertEquals(Path.of("/srv/bot/index/articles"), home.articles());
    assertEquals(Path.of("/srv/bot/index"), home.index());
    assertEquals(Path.of("/srv/bot/config/synonyms.txt"), home.synonymsFile());
  }

  @Test
  void environmentVariableNamesTheHome() throws IOException {
    Path named = temp.resolve("named");
    Checkout.copyHome(named);
    Path workingDir = temp.resolve("checkout");
    Checkout.copyHome(workingDir);

    Home home = Home.locate(Map.of(Home.ENV, named.toString()), workingDir, temp.resolve("user"));

    assertEquals(named.toAbsolutePath(), home.root());
  }

  @Test
  void checkoutInTheWorkingFolderIsTheHomeWhenNoneIsNamed() throws IOException {
    Path workingDir = temp.resolve("checkout");
    Checkout.copyHome(workingDir);

    Home home = Home.locate(Map.of(Home.ENV, "  "), workingDir, temp.resolve("user"));

    assertEquals(workingDir.toAbsolutePath(), home.root());
  }

  @Test
  void otherwiseTheHomeIsInTheUserFolderWithTheBundledArticlesUnpacked() throws IOException {
    Path user = temp.resolve("user");

    Home home = Home.locate(Map.of(), temp.resolve("elsewhere"), user);

    assertEquals(user.resolve(".mission-bot").toAbsolutePath(), home.root());
    assertEquals(names(Checkout.ARTICLES), names(home.articles()));
    for (String name : names(Checkout.ARTICLES)) {
      assertArrayEquals(Files.readAllBytes(Checkout.ARTICLES.resolve(name)), Files.readAllBytes(home.articles().resolve(name)));
    }
  }

  @Test
  void namedHomeWithoutArticlesGetsTheBundledOnes() throws IOException {
    Path named = temp.resolve("fresh");

    Home home = Home.locate(Map.of(Home.ENV, named.toString()), temp, temp.resolve("user"));

    assertEquals(5, names(home.articles()).size());
  }

  @Test
  void synonymsAreTheHomesFile() throws IOException {
    Files.createDirectories(temp.resolve("config"));
    Files.writeString(temp.resolve("config").resolve("synonyms.txt"), "haiti, ayiti\n");

    assertEquals("haiti, ayiti\n", new Home(temp).synonyms());
  }

  @Test
  void synonymsFallBackToTheBundledFile() throws IOException {
    String bundled = new Home(temp.resolve("no-config")).synonyms();

    assertEquals(Checkout.synonyms(), bundled);
    assertTrue(bundled.contains("un, united nations"));
  }
}
