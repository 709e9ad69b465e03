package org.missionbot.corpus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionbot.FreePorts;

class SourcesTest {

  @TempDir
  Path folder;

  @Test
  void aPlainTextFileHasItsFirstLineAsHeadlineAndTheRestVerbatim() throws Exception {
    Path file = write("note.txt", "Jamaica joins the mission\r\n\r\nJamaica sent 24 soldiers.  Two  spaces stay.\r\n");

    Draft draft = Sources.read(file.toString());

    assertEquals("Jamaica joins the mission", draft.title());
    assertEquals("Jamaica sent 24 soldiers.  Two  spaces stay.", draft.body());
    assertNull(draft.outlet());
    assertNull(draft.published());
  }

  @Test
  void aMarkdownFileWithFrontMatterKeepsItsMetadata() throws Exception {
    Path file = write("a.md", "---\ntitle: A headline\noutlet: Wire\npublished: 2024-07-01\nurl: https://w.example/a\n---\n\n"
        + "Text of it.\n\n## Part\n\nMore.\n");

    Draft draft = Sources.read(file.toString());

    assertEquals(new Draft("A headline", "Wire", LocalDate.of(2024, 7, 1), "https://w.example/a",
        "Text of it.\n\n## Part\n\nMore."), draft);
  }

  @Test
  void anApproximateDateStaysApproximateUnlessADateIsGiven() throws Exception {
    Path file = write("c.md", "---\ntitle: T\npublished: 2022-10-28\ndate-precision: approximate\n---\nText.\n");

    Draft draft = Sources.read(file.toString());

    assertTrue(draft.approximateDate());
    assertTrue(draft.toArticle("c").approximateDate());
    assertFalse(draft.overriddenBy(null, null, LocalDate.of(2022, 10, 27), null).approximateDate());
    assertTrue(draft.overriddenBy("Other", null, null, null).approximateDate());
  }

  @Test
  void aMarkdownHeadingOnTheFirstLineIsTheHeadline() throws Exception {
    assertEquals("The headline", Sources.read(write("b.md", "# The headline\nBody.\n").toString()).title());
  }

  @Test
  void anHtmlFileIsReadAsAPageWhateverItsName() throws Exception {
    Path file = write("page.txt", "<!doctype html><html><head><title>T</title></head><body><p>Para.</p></body></html>");

    Draft draft = Sources.read(file.toString());

    assertEquals("T", draft.title());
    assertEquals("Para.", draft.body());
  }

  @Test
  void badFilesAreRefusedWithAMessageThatNamesThem() throws Exception {
    Files.write(folder.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    Files.write(folder.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xe9});
    write("empty.txt", "");

    assertMessage("no such file: " + folder.resolve("missing.txt"), folder.resolve("missing.txt").toString());
    assertMessage(folder.resolve("image.png").getFileName() + " is a binary file, not text or HTML",
        folder.resolve("image.png").toString());
    assertMessage("latin1.txt is not UTF-8 text (a binary file, or another encoding)", folder.resolve("latin1.txt").toString());
    assertMessage("empty.txt is empty", folder.resolve("empty.txt").toString());
    assertMessage("no such file: " + folder, folder.toString());
  }

  @Test
  void aPageIsFetchedOverHttpWithItsAddressAsTheFallbackUrl() throws Exception {
    HttpServer server = server("text/html; charset=utf-8", 200,
        "<html><head><title>Fetched \u00e9t\u00e9</title></head><body><p>Served text.</p></body></html>");
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/story";

      Draft draft = Sources.read(url);

      assertEquals("Fetched \u00e9t\u00e9", draft.title());
      assertEquals("Served text.", draft.body());
      assertEquals(url, draft.url());
    } finally {
      server.stop(0);
    }
  }

  @Test
  void anHttpErrorAnUnreachableHostAndANonPageAreRefused() throws Exception {
    HttpServer missing = server("text/html", 404, "<p>Not found</p>");
    HttpServer image = server("image/png", 200, "PNG");
    try {
      String notFound = "http://127.0.0.1:" + missing.getAddress().getPort() + "/story";
      String png = "http://127.0.0.1:" + image.getAddress().getPort() + "/story";

      assertMessage("fetching " + notFound + " failed with HTTP status 404", notFound);
      assertMessage(png + " is not a web page or text (Content-Type image/png)", png);
    } finally {
      missing.stop(0);
      image.stop(0);
    }
    String closed = "http://127.0.0.1:" + FreePorts.any() + "/story";
    IngestException e = assertThrows(IngestException.class, () -> Sources.read(closed));
    assertEquals("could not fetch " + closed + ": could not connect (no server there, or an unknown host)", e.getMessage());
  }

  private void assertMessage(String expected, String source) {
    assertEquals(expected, assertThrows(IngestException.class, () -> Sources.read(source)).getMessage());
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
  }

  static HttpServer server(String type, int status, String body) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", type);
      exchange.sendResponseHeaders(status, bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
    server.start();
    return server;
  }

}
