package org.missionbot.chat.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.missionbot.chat.ChatCore;
import org.missionbot.chat.Librarian;
import org.missionbot.config.Home;
import org.missionbot.corpus.ingest.FetchPolicy;

/**
 * The slash command: acknowledged at once and answered to the asker only, greeting, help and sources
 * from the core, and {@code add} adding a web page for the editors and no one else.
 */
class SlackChannelSlashCommandsIT extends SlackChannelFixture {

  @Test
  void slashCommandIsAcknowledgedAtOnceThenAnsweredToTheAskerOnlyWithAShareButton() throws Exception {
    start(Map.of());

    long asked = System.nanoTime();
    HttpResponse<String> ack = client.form(command("How much has Canada pledged?", "c1"));

    assertEquals(200, ack.statusCode());
    assertTrue(Duration.ofNanos(System.nanoTime() - asked).toMillis() < 3000, "acknowledged within Slack's 3 s");
    JsonObject answer = slack.next("/respond/c1").json();
    assertEquals("ephemeral", answer.get("response_type").getAsString());
    assertTrue(answer.get("text").getAsString().contains("$123 million"));
    assertEquals(List.of("vote_up", "vote_down", "share"), actionIds(answer));
  }

  @Test
  void slashCommandAloneGreetsWithExamplesAsAnEmptyMessageDoesEverywhere() throws Exception {
    start(Map.of());

    HttpResponse<String> ack = client.form(command("", "c1"));

    assertEquals(200, ack.statusCode());
    JsonObject greeting = JsonParser.parseString(ack.body()).getAsJsonObject();
    assertEquals("ephemeral", greeting.get("response_type").getAsString());
    assertEquals(ChatCore.GREETING, greeting.get("text").getAsString());
    assertTrue(ack.body().contains("How much has Canada pledged?"), ack.body());
  }

  @Test
  void slashCommandHelpAndSourcesAreReadByTheCore() throws Exception {
    start(Map.of());

    assertEquals(200, client.form(command("help", "c41")).statusCode());
    JsonObject help = slack.next("/respond/c41").json();
    assertEquals(ChatCore.HELP, help.get("text").getAsString());
    assertTrue(help.toString().contains("How to ask"), help.toString());
    assertEquals(200, client.form(command("sources", "c42")).statusCode());
    JsonObject sources = slack.next("/respond/c42").json();
    assertTrue(sources.toString().contains("25 Jun 2024"), sources.toString());
  }

  @Test
  void anEditorAddsAnArticleWithTheSlashCommand() throws Exception {
    Path library = data.resolve("library");
    copy(home.resolve("index/articles"), library.resolve("index/articles"));
    byte[] page = ("Jamaica sends soldiers to Haiti\n\nJamaica said on Friday it would send 24 soldiers "
        + "and police officers to the Kenyan-led mission in Haiti.\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    com.sun.net.httpserver.HttpServer news = com.sun.net.httpserver.HttpServer.create(
        new java.net.InetSocketAddress("127.0.0.1", 0), 0);
    news.createContext("/jamaica", exchange -> {
      exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
      exchange.sendResponseHeaders(200, page.length);
      exchange.getResponseBody().write(page);
      exchange.close();
    });
    news.start();
    // the local page is allowed as SOURCES_ALLOW_PRIVATE=* allows it; by default it would be refused
    startWith(new Librarian(new Home(library), Set.of("U1"), FetchPolicy.forChat("*")));
    try {
      HttpResponse<String> ack = client.form(command("add http://127.0.0.1:" + news.getAddress().getPort() + "/jamaica", "c9"));

      assertEquals(200, ack.statusCode());
      assertTrue(ack.body().contains("Adding"), ack.body());
      String reply = slack.next("/respond/c9").json().get("text").getAsString();
      assertTrue(reply.startsWith("Added: Jamaica sends soldiers to Haiti"), reply);
      try (Stream<Path> files = Files.list(library.resolve("index/articles"))) {
        assertEquals(6, files.count());
      }
    } finally {
      news.stop(0);
    }
  }

  @Test
  void aFilePathIsNeverAddedFromSlack() throws Exception {
    Path library = data.resolve("library3");
    copy(home.resolve("index/articles"), library.resolve("index/articles"));
    startWith(new Librarian(new Home(library), Set.of("U1"), FetchPolicy.forChat("*")));

    client.form(command("add /etc/passwd", "c11"));

    String reply = slack.next("/respond/c11").json().get("text").getAsString();
    assertTrue(reply.startsWith("Not added: only web addresses"), reply);
    try (Stream<Path> files = Files.list(library.resolve("index/articles"))) {
      assertEquals(5, files.count());
    }
  }

  @Test
  void someoneNotNamedAnEditorCannotAddAnArticle() throws Exception {
    Path library = data.resolve("library2");
    copy(home.resolve("index/articles"), library.resolve("index/articles"));
    startWith(new Librarian(new Home(library), Set.of("U2")));

    HttpResponse<String> ack = client.form(command("add https://example.org/article", "c10"));

    assertTrue(ack.body().contains("Only the editors"), ack.body());
    try (Stream<Path> files = Files.list(library.resolve("index/articles"))) {
      assertEquals(5, files.count());
    }
  }
}
