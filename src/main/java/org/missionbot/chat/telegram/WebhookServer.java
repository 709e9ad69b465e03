package org.missionbot.chat.telegram;

import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.utility.BotUtils;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.RejectedExecutionException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.missionbot.chat.http.HttpMount;
import org.missionbot.config.Secret;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The webhook endpoint Telegram posts updates to, on the JDK's HTTP server. A request without the
 * right X-Telegram-Bot-Api-Secret-Token header gets 403 and is dropped. A good one is answered by the
 * workers, and acknowledged once it is: 200 when the answer was sent (or the update was answered
 * before), 503 when a stop cut it short or it is not done within {@link #ACK_WITHIN}, and then Telegram
 * posts it again (to this replica after a restart, or to another), where the record of answered
 * updates keeps it from being answered twice. So a crash or a restart loses no update.
 */
final class WebhookServer implements HttpHandler {

  private static final Logger LOG = LoggerFactory.getLogger(WebhookServer.class);
  static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
  /** How long a request waits for its answer; well inside Telegram's and the HTTP server's limits. */
  static final Duration ACK_WITHIN = Duration.ofSeconds(25);

  private final Secret secret;
  private final Lanes workers;
  private final Consumer<Update> responder;
  private HttpServer server;

  WebhookServer(Secret secret, Lanes workers, Consumer<Update> responder) {
    this.secret = secret;
    this.workers = workers;
    this.responder = responder;
  }

  /** Serves {@code path} on {@code port} of every interface, on a server of its own. */
  static WebhookServer start(int port, String path, Secret secret, Lanes workers, Consumer<Update> responder)
      throws IOException {
    WebhookServer webhook = new WebhookServer(secret, workers, responder);
    webhook.server = HttpServer.create(new InetSocketAddress(port), 0);
    webhook.server.setExecutor(Executors.newVirtualThreadPerTaskExecutor()); // requests wait for their answers
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
        HttpMount.discardBody(exchange);
        respond(exchange, 405);
      } else if (!secret.matches(exchange.getRequestHeaders().getFirst(SECRET_HEADER))) {
        LOG.warn("webhook request without the right secret token from {}", exchange.getRemoteAddress());
        HttpMount.discardBody(exchange);
        respond(exchange, 403);
      } else {
        byte[] body = HttpMount.readBody(exchange);
        respond(exchange, body == null ? 413 : accept(body));
      }
    }
  }

  /** Reads the update, has the workers answer it, and waits for that; the HTTP status to answer with. */
  private int accept(byte[] bytes) {
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
    CompletableFuture<Boolean> answered = new CompletableFuture<>();
    try {
      workers.execute(Responder.lane(taken), () -> {
        try {
          responder.accept(taken);
        } finally {
          answered.complete(!Thread.currentThread().isInterrupted()); // interrupted: given back unanswered
        }
      });
    } catch (RejectedExecutionException e) {
      return 503; // stopping: Telegram sends the update again later
    }
    try {
      return answered.get(ACK_WITHIN.toMillis(), TimeUnit.MILLISECONDS) ? 200 : 503;
    } catch (TimeoutException e) {
      return 503; // Telegram posts it again; the record of answered updates keeps it from a second answer
    } catch (ExecutionException e) {
      return 200; // cannot happen: the task completes the future itself
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 503;
    }
  }

  private static void respond(HttpExchange exchange, int status) throws IOException {
    exchange.sendResponseHeaders(status, -1);
  }
}
