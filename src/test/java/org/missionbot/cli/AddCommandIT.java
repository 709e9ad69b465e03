package org.missionbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionbot.Checkout;
import org.missionbot.answer.Answer;
import org.missionbot.chat.MissionBot;
import org.missionbot.config.Home;
import org.missionbot.corpus.Article;
import org.missionbot.corpus.Corpus;

/**
 * The commands that change the articles, end to end on a home copied from the checkout: add (files, pages,
 * refusals, then answers), update and remove (the file, the index, the answers, bad ids).
 */
class AddCommandIT {

  static final String JAMAICA_TEXT = "Jamaica deployed 24 soldiers and two police officers to Haiti on 10 July 2024"
      + " to join the Kenyan-led Multinational Security Support mission.\n\n"
      + "\"We stand with the people of Haiti,\" the Jamaican prime minister said as the contingent left Kingston.";
  static final String JAMAICA_QUESTION = "How many Jamaican soldiers were deployed to Haiti?";

  /** The article the update and remove tests change. */
  private static final String UPDATED_ID = "2024-03-14-kenya-reconnaissance-canada-pledges";

  @TempDir
  Path home;

  @TempDir
  Path sources;

  @BeforeEach
  void copyTheHome() throws IOException {
    Checkout.copyHome(home);
  }

  private CliRun run(String... args) {
    return CliRun.of(home, args);
  }

  @Test
  void aPlainTextFileIsAddedWithItsOptionsAndThenAnsweredWithAVerbatimQuote() throws IOException {
    Path file = Files.writeString(sources.resolve("jamaica.txt"), "Jamaica joins the Haiti mission\n\n" + JAMAICA_TEXT + "\n");

    CliRun add = run("add", file.toString(), "--outlet", "Caribbean Wire", "--published", "2024-07-10",
        "--url", "https://wire.example/jamaica");

    assertEquals(0, add.exit(), add.err());
    assertEquals("""
        added 2024-07-10-jamaica-joins-the-haiti-mission.md: Jamaica joins the Haiti mission \u2014 Caribbean Wire, 10 Jul 2024
        written to %s
        index rebuilt; a running bot picks the article up within seconds
        """.formatted(home.resolve("index/articles/2024-07-10-jamaica-joins-the-haiti-mission.md").toAbsolutePath()),
        add.out());
    Article added = Corpus.load(home.resolve("index/articles")).article("2024-07-10-jamaica-joins-the-haiti-mission");
    assertEquals(JAMAICA_TEXT, added.body());
    assertEquals("https://wire.example/jamaica", added.url());
    assertAnsweredFrom(added, JAMAICA_QUESTION, "24 soldiers");
  }

  @Test
  void anHtmlFileIsAddedWithThePagesMetadataAndText() throws IOException {
    Path file = Files.writeString(sources.resolve("page.html"), page("Jamaica Sends Soldiers to Haiti"));

    CliRun add = run("add", file.toString());

    assertEquals(0, add.exit(), add.err());
    assertTrue(add.out().startsWith("added 2024-07-10-jamaica-sends-soldiers-to-haiti.md: Jamaica Sends Soldiers to Haiti"
        + " \u2014 Caribbean Wire, 10 Jul 2024\nwritten to " + home.resolve("index/articles")
        .resolve("2024-07-10-jamaica-sends-soldiers-to-haiti.md").toAbsolutePath() + "\n"), add.out());
    Article added = Corpus.load(home.resolve("index/articles")).article("2024-07-10-jamaica-sends-soldiers-to-haiti");
    assertEquals(JAMAICA_TEXT, added.body());
    assertEquals("https://wire.example/jamaica", added.url());
    assertAnsweredFrom(added, JAMAICA_QUESTION, "24 soldiers");
  }

  @Test
  void aPageIsAddedFromALocalUrl() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/jamaica", exchange -> {
      byte[] bytes = page("Jamaica Sends Soldiers to Haiti").getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
    server.start();
    try {
      CliRun add = run("add", "http://127.0.0.1:" + server.getAddress().getPort() + "/jamaica");

      assertEquals(0, add.exit(), add.err());
      Article added = Corpus.load(home.resolve("index/articles")).article("2024-07-10-jamaica-sends-soldiers-to-haiti");
      assertEquals(JAMAICA_TEXT, added.body());
      assertAnsweredFrom(added, JAMAICA_QUESTION, "24 soldiers");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void aCopyOfAnArticleAlreadyThereIsRefusedByName() throws IOException {
    Path original = home.resolve("index/articles/2024-06-25-kenyan-police-arrive-in-haiti.md");
    String body = Corpus.load(home.resolve("index/articles")).article("2024-06-25-kenyan-police-arrive-in-haiti").body();
    Path reprint = Files.writeString(sources.resolve("reprint.txt"), "Police from Kenya land in Haiti\n\n"
        + body.replace("Tuesday", "Wednesday") + "\n\nThis story was reprinted.\n");
    List<String> before = articleFiles();

    CliRun copy = run("add", original.toString());
    CliRun nearCopy = run("add", reprint.toString(), "--title", "Another headline");

    for (CliRun run : List.of(copy, nearCopy)) {
      assertEquals(1, run.exit());
      assertTrue(run.err().contains("is a copy or near-copy of 2024-06-25-kenyan-police-arrive-in-haiti.md"
          + " (\"Kenyan Police Arrive in Haiti to Lead Security Mission Backed by Canada\")"), run.err());
      assertEquals("", run.out());
    }
    assertEquals(before, articleFiles());
  }

  @Test
  void badInputGetsAClearMessageAndLeavesTheArticlesAsTheyWere() throws IOException {
    Files.write(sources.resolve("photo.jpg"), new byte[] {(byte) 0xff, (byte) 0xd8, 0, 0, 1, 2});
    Files.writeString(sources.resolve("blank.txt"), "Headline only\n\n   \n");
    Files.writeString(sources.resolve("menu.html"), "<html><head><title>Menu</title></head><body><nav>Home</nav></body></html>");
    List<String> before = articleFiles();

    assertRefused("no such file: ", sources.resolve("missing.txt").toString());
    assertRefused("photo.jpg is a binary file, not text or HTML", sources.resolve("photo.jpg").toString());
    assertRefused("the source has no article text", sources.resolve("blank.txt").toString());
    assertRefused("the source has no article text", sources.resolve("menu.html").toString());
    assertRefused("could not fetch http://127.0.0.1:9/nowhere: ", "http://127.0.0.1:9/nowhere");

    assertEquals(before, articleFiles());
  }

  @Test
  void whenTheIndexCannotBeRebuiltTheArticleIsTakenOutAgain() throws IOException {
    Path file = Files.writeString(sources.resolve("jamaica.txt"), "Jamaica joins the Haiti mission\n\n" + JAMAICA_TEXT);
    Files.createDirectories(home.resolve("index/.lock")); // the index builder's lock file cannot be opened
    List<String> before = articleFiles();

    CliRun add = run("add", file.toString());

    assertEquals(1, add.exit());
    assertTrue(add.err().startsWith("mission-bot add: the index could not be rebuilt, so the article was not added: "),
        add.err());
    assertEquals(before, articleFiles());
  }

  @Test
  void aRunningBotAnswersFromAnArticleTheCommandAdds() throws Exception {
    Path file = Files.writeString(sources.resolve("page.html"), page("Jamaica Sends Soldiers to Haiti"));
    try (MissionBot bot = MissionBot.open(new Home(home), Duration.ofMillis(100))) {
      assertEquals(0, run("add", file.toString()).exit());

      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      Answer answer = bot.answer(JAMAICA_QUESTION);
      while (!(answer.answered() && answer.quotes().get(0).text().contains("24 soldiers")) && System.nanoTime() < deadline) {
        Thread.sleep(50);
        answer = bot.answer(JAMAICA_QUESTION);
      }
      assertTrue(answer.quotes().get(0).text().contains("24 soldiers"), answer.toString());
      assertEquals("2024-07-10-jamaica-sends-soldiers-to-haiti", answer.quotes().get(0).citation().articleId());
    }
  }

  @Test
  void aBadDateIsAUsageError() throws IOException {
    Path file = Files.writeString(sources.resolve("a.txt"), "Headline\n\n" + JAMAICA_TEXT);

    CliRun run = run("add", file.toString(), "--published", "10/07/2024");

    assertEquals(2, run.exit());
    assertTrue(run.err().contains("--published"), run.err());
  }

  @Test
  void helpDescribesTheCommand() {
    CliRun run = run("add", "--help");

    assertEquals(0, run.exit());
    assertTrue(run.out().contains("Usage: mission-bot add"), run.out());
    assertTrue(run.out().contains("--published=YYYY-MM-DD"), run.out());
  }

  private void assertRefused(String messageStart, String source) {
    CliRun run = run("add", source);

    assertEquals(1, run.exit(), source);
    assertTrue(run.err().startsWith("mission-bot add: " + messageStart), run.err());
    assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
  }

  private void assertAnsweredFrom(Article article, String question, String expected) {
    CliRun ask = run("ask", "--json", question);
    JsonObject answer = JsonParser.parseString(ask.out()).getAsJsonObject();
    assertTrue(answer.get("answered").getAsBoolean(), answer.toString());
    JsonObject first = answer.getAsJsonArray("quotes").get(0).getAsJsonObject();
    assertEquals(article.id(), first.getAsJsonObject("source").get("id").getAsString(), answer.toString());
    assertTrue(article.body().contains(first.get("text").getAsString()), "verbatim: " + first);
    assertTrue(first.get("text").getAsString().contains(expected), first.toString());
  }

  private List<String> articleFiles() throws IOException {
    try (Stream<Path> files = Files.list(home.resolve("index/articles"))) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  static String page(String headline) {
    String[] paragraphs = JAMAICA_TEXT.split("\n\n");
    return """
        <!doctype html><html><head><title>%s | Caribbean Wire</title>
        <meta property="og:site_name" content="Caribbean Wire">
        <meta property="og:url" content="https://wire.example/jamaica">
        <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-07-10T08:00:00-05:00"}</script>
        </head><body><header>Caribbean Wire</header><nav><a href="/">Home</a></nav>
        <article><h1>%s</h1><p>%s</p><p>%s</p></article>
        <footer><p>Subscribe to the newsletter.</p></footer></body></html>
        """.formatted(headline, headline, paragraphs[0].replace("\"", "&quot;"), paragraphs[1].replace("\"", "&quot;"));
  }

  @Test
  void sourcesWithIdsNameEachArticleByItsFile() {
    CliRun sources = run("sources", "--ids");
    assertEquals(0, sources.exit(), sources.err());
    assertTrue(sources.out().lines().anyMatch(l -> l.startsWith(UPDATED_ID + "  ")), sources.out());
    assertEquals(5, sources.out().lines().count());
  }

  @Test
  void updateSetsTheDateAndOutletKeepingTheTextAndTheOtherLinesAndTheBotCitesIt() throws IOException {
    Path file = home.resolve("index/articles/" + UPDATED_ID + ".md");
    String before = Files.readString(file);

    CliRun update = run("update", UPDATED_ID, "--published", "2024-03-15", "--outlet", "Global Affairs Canada");

    assertEquals(0, update.exit(), update.err());
    assertTrue(update.out().startsWith("updated " + UPDATED_ID + ".md: "), update.out());
    assertTrue(update.out().contains("Global Affairs Canada, 15 Mar 2024"), update.out());
    Article article = Corpus.load(home.resolve("index/articles")).article(UPDATED_ID);
    assertEquals(LocalDate.of(2024, 3, 15), article.published());
    assertEquals("Global Affairs Canada", article.outlet());
    String after = Files.readString(file);
    assertEquals(before.substring(before.indexOf("\n---\n")), after.substring(after.indexOf("\n---\n")), "the text as it was");
    for (String kept : before.substring(0, before.indexOf("\n---\n")).lines()
        .filter(l -> !l.startsWith("published:") && !l.startsWith("outlet:") && !l.startsWith("date-precision:")).toList()) {
      assertTrue(after.contains(kept + "\n"), "kept: " + kept);
    }
    try (MissionBot bot = MissionBot.open(new Home(home))) {
      var quotes = bot.answer("How much has Canada pledged?").quotes().stream()
          .filter(q -> q.citation().articleId().equals(UPDATED_ID)).toList();
      assertFalse(quotes.isEmpty(), "the $80.5 million pledge is still quoted");
      assertTrue(quotes.stream().allMatch(q -> "Global Affairs Canada".equals(q.citation().outlet())
          && LocalDate.of(2024, 3, 15).equals(q.citation().published())), "the rebuilt index cites it anew: " + quotes);
    }
  }

  @Test
  void removeTakesTheArticleOutOfTheFolderAndTheAnswers() throws IOException {
    CliRun remove = run("remove", UPDATED_ID);

    assertEquals(0, remove.exit(), remove.err());
    assertTrue(remove.out().startsWith("removed " + UPDATED_ID + ".md: "), remove.out());
    assertFalse(Files.exists(home.resolve("index/articles/" + UPDATED_ID + ".md")));
    try (MissionBot bot = MissionBot.open(new Home(home))) {
      assertTrue(bot.answer("How much has Canada pledged?").quotes().stream()
          .noneMatch(q -> q.citation().articleId().equals(UPDATED_ID)));
      assertEquals(4, bot.sources().size());
    }
  }

  @Test
  void anIdThatIsNoArticleOrAPathOrNothingToChangeIsRefusedAndNothingChanges() throws IOException {
    CliRun missing = run("remove", "no-such-article");
    assertEquals(1, missing.exit());
    assertTrue(missing.err().contains("there is no article no-such-article in "), missing.err());

    CliRun path = run("remove", "../../config/mission-bot");
    assertEquals(1, path.exit());
    assertTrue(path.err().contains("is not an article id"), path.err());
    assertTrue(Files.exists(home.resolve("config/mission-bot.properties")) || !Files.exists(home.resolve("config")));

    CliRun nothing = run("update", UPDATED_ID);
    assertEquals(2, nothing.exit());
    assertTrue(nothing.err().contains("nothing to change"), nothing.err());
    assertEquals(5, Corpus.load(home.resolve("index/articles")).articles().size());
  }
}
