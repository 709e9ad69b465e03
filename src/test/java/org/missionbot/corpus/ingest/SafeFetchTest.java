package org.missionbot.corpus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Fetching pages for chat: only public addresses, redirects checked hop by hop, bytes and time capped. */
class SafeFetchTest {

  private static final String PAGE = "<html><head><title>Jamaica sends soldiers</title></head>"
      + "<body><p>Jamaica said it would send 24 soldiers.</p></body></html>";

  private final List<HttpServer> servers = new java.util.ArrayList<>();

  @AfterEach
  void stopServers() {
    servers.forEach(s -> s.stop(0));
  }

  @Test
  void internalAddressesAreToldFromPublicOnes() throws Exception {
    for (String internal : List.of("127.0.0.1", "::1", "10.1.2.3", "172.16.0.9", "192.168.1.1", "169.254.169.254",
        "100.64.0.1", "0.0.0.0", "224.0.0.1", "fe80::1", "fd00:ec2::254", "::ffff:127.0.0.1", "255.255.255.255")) {
      assertTrue(FetchPolicy.isInternal(InetAddress.getByName(internal)), internal);
    }
    for (String public_ : List.of("8.8.8.8", "93.184.216.34", "2001:4860:4860::8888", "100.128.0.1", "172.32.0.1")) {
      assertFalse(FetchPolicy.isInternal(InetAddress.getByName(public_)), public_);
    }
  }

  @Test
  void chatMayNotFetchALocalAddressNorAFileOrAnotherScheme() throws Exception {
    String url = "http://127.0.0.1:" + serve(200, "text/html", PAGE) + "/story";

    IngestException local = assertThrows(IngestException.class, () -> Sources.fetch(url, FetchPolicy.forChat(null)));
    assertEquals("not fetched: 127.0.0.1 is a private or local address (127.0.0.1); articles can only come from "
        + "public web addresses", local.getMessage());
    for (String other : List.of("file:///etc/passwd", "/etc/passwd", "ftp://example.org/a", "jar:file:/x!/y")) {
      IngestException e = assertThrows(IngestException.class, () -> Sources.fetch(other, FetchPolicy.forChat("*")));
      assertTrue(e.getMessage().startsWith("only web addresses (http or https) can be fetched"), e.getMessage());
    }
    IngestException named = assertThrows(IngestException.class,
        () -> Sources.fetch(url.replace("127.0.0.1", "localhost"), FetchPolicy.forChat(null)));
    assertTrue(named.getMessage().startsWith("not fetched: localhost is a private or local address"), named.getMessage());
  }

  @Test
  void aPrivateHostTheSettingNamesIsFetched() throws Exception {
    int port = serve(200, "text/html", PAGE);

    Draft draft = Sources.fetch("http://127.0.0.1:" + port + "/story", FetchPolicy.forChat(" 10.0.0.5:80, 127.0.0.1:" + port));

    assertEquals("Jamaica sends soldiers", draft.title());
  }

  @Test
  void aRedirectToAnAddressThePolicyRefusesIsNotFollowed() throws Exception {
    int inside = serve(200, "text/html", "<html><body><p>secret metadata</p></body></html>");
    int outside = redirect("http://127.0.0.1:" + inside + "/latest/meta-data");
    FetchPolicy onlyTheFirst = FetchPolicy.forChat("127.0.0.1:" + outside);

    IngestException e = assertThrows(IngestException.class,
        () -> Sources.fetch("http://127.0.0.1:" + outside + "/story", onlyTheFirst));

    assertTrue(e.getMessage().startsWith("not fetched: 127.0.0.1 is a private or local address"), e.getMessage());
    Draft followed = Sources.fetch("http://127.0.0.1:" + outside + "/story",
        FetchPolicy.forChat("127.0.0.1:" + outside + ",127.0.0.1:" + inside));
    assertEquals("secret metadata", followed.body(), "allowed hops are followed");
  }

  @Test
  void moreThanFiveRedirectsAreRefused() throws Exception {
    HttpServer loop = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    loop.createContext("/", exchange -> {
      int n = Integer.parseInt(exchange.getRequestURI().getPath().substring(1));
      exchange.getResponseHeaders().set("Location", "/" + (n + 1));
      exchange.sendResponseHeaders(302, -1);
      exchange.close();
    });
    start(loop);
    String url = "http://127.0.0.1:" + loop.getAddress().getPort() + "/0";

    IngestException e = assertThrows(IngestException.class, () -> Sources.fetch(url, FetchPolicy.forChat("*")));

    assertEquals("fetching " + url + " was redirected more than 5 times", e.getMessage());
  }

  @Test
  void aPageDeclaringMoreThanTheLimitIsRefusedAtOnce() throws Exception {
    HttpServer huge = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    huge.createContext("/", exchange -> {
      exchange.getResponseHeaders().set("Content-Type", "text/html");
      exchange.sendResponseHeaders(200, 400L * 1024 * 1024);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(new byte[64 * 1024]);
        Thread.sleep(10_000);
      } catch (InterruptedException | IOException e) {
        // the client went away, as it should
      }
    });
    start(huge);
    String url = "http://127.0.0.1:" + huge.getAddress().getPort() + "/big";
    long start = System.nanoTime();

    IngestException e = assertThrows(IngestException.class, () -> Sources.fetch(url, FetchPolicy.forChat("*")));

    assertEquals("not fetched: " + url + " is larger than 5 MB: not a news article", e.getMessage());
    assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos(), "refused without reading it");
  }

  @Test
  void aPageWithoutALengthIsCutOffPastTheLimit() throws Exception {
    HttpServer endless = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    endless.createContext("/", exchange -> {
      exchange.getResponseHeaders().set("Content-Type", "text/html");
      exchange.sendResponseHeaders(200, 0); // chunked, no length
      try (OutputStream out = exchange.getResponseBody()) {
        byte[] chunk = "<p>filler</p>".repeat(1000).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 100_000; i++) {
          out.write(chunk);
        }
      } catch (IOException e) {
        // cut off by the client
      }
    });
    start(endless);
    String url = "http://127.0.0.1:" + endless.getAddress().getPort() + "/endless";

    IngestException e = assertThrows(IngestException.class,
        () -> Sources.fetch(url, FetchPolicy.forChat("*").withLimits(256 * 1024, Duration.ofSeconds(20))));

    assertEquals("not fetched: " + url + " is larger than 256 KB: not a news article", e.getMessage());
  }

  @Test
  void aPageThatTricklesInIsRefusedAtTheDeadline() throws Exception {
    HttpServer slow = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    slow.createContext("/", exchange -> {
      exchange.getResponseHeaders().set("Content-Type", "text/html");
      exchange.sendResponseHeaders(200, 0);
      try (OutputStream out = exchange.getResponseBody()) {
        for (int i = 0; i < 600; i++) {
          out.write('x');
          out.flush();
          Thread.sleep(100);
        }
      } catch (IOException | InterruptedException e) {
        // the client gave up, as it should
      }
    });
    start(slow);
    String url = "http://127.0.0.1:" + slow.getAddress().getPort() + "/slow";
    long start = System.nanoTime();

    IngestException e = assertThrows(IngestException.class,
        () -> Sources.fetch(url, FetchPolicy.forChat("*").withLimits(FetchPolicy.MAX_BYTES, Duration.ofSeconds(2))));

    assertEquals("could not fetch " + url + ": no complete answer within 2 s", e.getMessage());
    long took = System.nanoTime() - start;
    assertTrue(took < Duration.ofSeconds(4).toNanos(), "took " + took / 1_000_000 + " ms");
  }

  @Test
  void theOperatorsCommandLineMayStillReadLocalPages() throws Exception {
    int port = serve(200, "text/html", PAGE);

    assertEquals("Jamaica sends soldiers", Sources.read("http://127.0.0.1:" + port + "/story").title());
  }

  private int serve(int status, String type, String body) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> reply(exchange, status, type, body));
    start(server);
    return server.getAddress().getPort();
  }

  private int redirect(String to) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      exchange.getResponseHeaders().set("Location", to);
      exchange.sendResponseHeaders(301, -1);
      exchange.close();
    });
    start(server);
    return server.getAddress().getPort();
  }

  private void start(HttpServer server) {
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.start();
    servers.add(server);
  }

  private static void reply(HttpExchange exchange, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
