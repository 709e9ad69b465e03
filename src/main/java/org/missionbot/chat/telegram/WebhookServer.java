package org.missionbot.chat.telegram;

import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.utility.BotUtils;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.missionbot.chat.HttpMount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The webhook endpoint Telegram posts updates to, on the JDK's HTTP server. A request without the
 * right X-Telegram-Bot-Api-Secret-Token header gets 403 and is dropped; a good one gets 200 at once and
 * its update is answered by the workers.
 */
final class WebhookServer implements HttpHandler {

  private static final Logger LOG = LoggerFactory.getLogger(WebhookServer.class);
  static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
  private static final int MAX_BODY = 1 << 20;

  private final byte[] secret;
  private final Lanes workers;
  private final Consumer<Update> responder;
  private HttpServer server;

  WebhookServer(String secret, Lanes workers, Consumer<Update> responder) {
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
    this.workers = workers;
    this.responder = responder;
  }

  /** Serves {@code path} on {@code port} of every interface, on a server of its own. */
  static WebhookServer start(int port, String path, String secret, Lanes workers, Consumer<Update> responder)
      throws IOException {
    WebhookServer webhook = new WebhookServer(secret, workers, responder);
    webhook.server = HttpServer.create(new InetSocketAddress(port), 0);
    webhook.server.createContext(context(path), webhook);
    webhook.server.start();
    return webhook;
  }

  /** The path as a server context: the root when the webhook URL has no path. */
  static String context(String path) {
    return path.isEmpty() ? "/" : path;
  }

  /**
   * Stops its own server; mounted on the service's, it answers 503 from now on (the workers refuse),
   * so Telegram sends the update again later.
   */
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"POST".equals(exchange.getRequestMethod())) {
        respond(exchange, 405);
      } else if (!authorised(exchange.getRequestHeaders().getFirst(SECRET_HEADER))) {
        LOG.warn("webhook request without the right secret token from {}", exchange.getRemoteAddress());
        respond(exchange, 403);
      } else if (HttpMount.declaredLength(exchange) > MAX_BODY) {
        respond(exchange, 413); // refused before reading a byte of it
      } else {
        respond(exchange, accept(exchange.getRequestBody()));
      }
    }
  }

  private boolean authorised(String header) {
    return header != null && MessageDigest.isEqual(secret, header.getBytes(StandardCharsets.UTF_8));
  }

  /** Reads the update and hands it to the workers; the HTTP status to answer with. */
  private int accept(InputStream body) throws IOException {
    byte[] bytes = body.readNBytes(MAX_BODY + 1);
    if (bytes.length > MAX_BODY) {
      return 413;
    }
    Update update;
    try {
      update = BotUtils.parseUpdate(new String(bytes, StandardCharsets.UTF_8));
    } catch (RuntimeException e) {
      update = null;
    }
    if (update == null || update.updateId() == null) {
      return 400;
    }
    Update taken = update;
    try {
      workers.execute(Responder.lane(taken), () -> responder.accept(taken));
      return 200;
    } catch (RejectedExecutionException e) {
      return 503; // stopping: Telegram sends the update again later
    }
  }

  private static void respond(HttpExchange exchange, int status) throws IOException {
    exchange.sendResponseHeaders(status, -1);
  }
}
