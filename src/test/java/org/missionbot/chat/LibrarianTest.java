package org.missionbot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionbot.Checkout;
import org.missionbot.config.Home;
import org.missionbot.corpus.ingest.FetchPolicy;

class LibrarianTest {

  private static final String JAMAICA = "Jamaica sends soldiers to Haiti\n\nJamaica said on Friday it would send 24 soldiers.\n";

  @TempDir
  Path home;

  /** Takes pages from the local test servers, as the documented setting SOURCES_ALLOW_PRIVATE=* allows. */
  private Librarian librarian;
  private final List<HttpServer> servers = new ArrayList<>();

  @BeforeEach
  void copyTheArticles() throws IOException {
    Checkout.copyHome(home);
    librarian = new Librarian(new Home(home), Set.of("U-editor"), FetchPolicy.forChat("*"));
  }

  @AfterEach
  void stopServers() {
    servers.forEach(s -> s.stop(0));
  }

  @Test
  void anEditorAddsAWebPage() throws IOException {
    String reply = librarian.add("U-editor", serve(JAMAICA, 0));

    assertTrue(reply.startsWith("Added: Jamaica sends soldiers to Haiti"), reply);
    assertEquals(6, articles());
  }

  @Test
  void someoneElseIsToldOnlyEditorsMayAdd() throws IOException {
    assertFalse(librarian.mayAdd("U-someone"));
    assertTrue(librarian.add("U-someone", serve(JAMAICA, 0)).startsWith("Only the editors"));
    assertEquals(5, articles());
  }

  @Test
  void filesAndOtherSchemesAreNeverTakenFromChat() throws IOException {
    Path file = Files.writeString(home.resolve("jamaica.txt"), JAMAICA);

    for (String source : List.of("/etc/passwd", file.toString(), "file://" + file, "data/feedback.jsonl")) {
      String reply = librarian.add("U-editor", source);
      assertTrue(reply.startsWith("Not added: only web addresses (http:// or https://) can be added from chat"), reply);
    }
    assertEquals(5, articles());
  }

  @Test
  void byDefaultALocalAddressIsRefused() throws IOException {
    Librarian strict = new Librarian(new Home(home), Set.of("U-editor"));

    String reply = strict.add("U-editor", serve(JAMAICA, 0));

    assertTrue(reply.startsWith("Not added: not fetched: 127.0.0.1 is a private or local address"), reply);
    assertEquals(5, articles());
  }

  @Test
  void aCopyOfAnArticleIsRefusedNamingIt() throws IOException {
    String copy;
    try (Stream<Path> files = Files.list(home.resolve("index/articles"))) {
      copy = Files.readString(files.sorted().findFirst().orElseThrow());
    }

    String reply = librarian.add("U-editor", serve(copy, 0));

    assertTrue(reply.startsWith("Not added: it repeats \""), reply);
    assertEquals(5, articles());
  }

  @Test
  void aMissingPageIsNotAddedAndSaysWhy() throws IOException {
    String reply = librarian.add("U-editor", serve(JAMAICA, 0).replace("/story", "/nowhere"));

    assertTrue(reply.startsWith("Not added: fetching ") && reply.endsWith("failed with HTTP status 404"), reply);
    assertEquals(5, articles());
  }

  @Test
  void aSlowPageDoesNotHoldUpAnotherAddition() throws Exception {
    Librarian patient = new Librarian(new Home(home), Set.of("U-editor"),
        FetchPolicy.forChat("*").withLimits(FetchPolicy.MAX_BYTES, Duration.ofSeconds(6)));
    String slow = serve(JAMAICA, 5_000);
    CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> patient.add("U-editor", slow));
    Thread.sleep(300);

    long start = System.nanoTime();
    String second = patient.add("U-editor", serve("Chad sends police to Haiti\n\nChad said it would send 150 police.\n", 0));
    long took = System.nanoTime() - start;

    assertTrue(second.startsWith("Added: Chad sends police to Haiti"), second);
    assertFalse(first.isDone(), "the slow page is still coming in");
    assertTrue(took < Duration.ofSeconds(3).toNanos(), "the second addition waited " + took / 1_000_000 + " ms");
    assertTrue(first.get().startsWith("Added: Jamaica sends soldiers"), first.get());
    assertEquals(7, articles());
  }

  /** Serves the text at /story, after {@code delayMillis}; returns the page's address. */
  private String serve(String text, long delayMillis) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/story", exchange -> {
      try {
        Thread.sleep(delayMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
      exchange.sendResponseHeaders(200, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    });
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.start();
    servers.add(server);
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/story";
  }

  private long articles() throws IOException {
    try (Stream<Path> files = Files.list(home.resolve("index/articles"))) {
      return files.count();
    }
  }
}
