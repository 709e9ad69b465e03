package org.missionbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
import picocli.CommandLine;

/** The add command end to end on a home copied from the checkout: files, pages, refusals, then answers. */
class AddCommandIT {

  static final String JAMAICA_TEXT = "Jamaica deployed 24 soldiers and two police officers to Haiti on 10 July 2024"
      + " to join the Kenyan-led Multinational Security Support mission.\n\n"
      + "\"We stand with the people of Haiti,\" the Jamaican prime minister said as the contingent left Kingston.";
  static final String JAMAICA_QUESTION = "How many Jamaican soldiers were deployed to Haiti?";

  @TempDir
  Path home;

  @TempDir
  Path sources;

  private record Run(int exit, String out, String err) {}

  @BeforeEach
  void copyTheHome() throws IOException {
    Checkout.copyHome(home);
  }

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    List<String> all = new ArrayList<>(List.of("--home", home.toString()));
    all.addAll(List.of(args));
    return new Run(cli.execute(all.toArray(String[]::new)), out.toString(), err.toString());
  }

  @Test
  void aPlainTextFileIsAddedWithItsOptionsAndThenAnsweredWithAVerbatimQuote() throws IOException {
    Path file = Files.writeString(sources.resolve("jamaica.txt"), "Jamaica joins the Haiti mission\n\n" + JAMAICA_TEXT + "\n");

    Run add = run("add", file.toString(), "--outlet", "Caribbean Wire", "--published", "2024-07-10",
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

    Run add = run("add", file.toString());

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
      Run add = run("add", "http://127.0.0.1:" + server.getAddress().getPort() + "/jamaica");

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

    Run copy = run("add", original.toString());
    Run nearCopy = run("add", reprint.toString(), "--title", "Another headline");

    for (Run run : List.of(copy, nearCopy)) {
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

    Run add = run("add", file.toString());

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

    Run run = run("add", file.toString(), "--published", "10/07/2024");

    assertEquals(2, run.exit());
    assertTrue(run.err().contains("--published"), run.err());
  }

  @Test
  void helpDescribesTheCommand() {
    Run run = run("add", "--help");

    assertEquals(0, run.exit());
    assertTrue(run.out().contains("Usage: mission-bot add"), run.out());
    assertTrue(run.out().contains("--published=YYYY-MM-DD"), run.out());
  }

  private void assertRefused(String messageStart, String source) {
    Run run = run("add", source);

    assertEquals(1, run.exit(), source);
    assertTrue(run.err().startsWith("mission-bot add: " + messageStart), run.err());
    assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
  }

  private void assertAnsweredFrom(Article article, String question, String expected) {
    Run ask = run("ask", "--json", question);
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
}
