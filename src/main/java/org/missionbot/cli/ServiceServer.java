package org.missionbot.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.missionbot.chat.http.HttpMount;
import org.missionbot.chat.Metrics;

/**
 * The service's one web server on PORT: {@value #HEALTH} and {@value #METRICS}, and whatever the
 * channels mount (Slack's events, Telegram's webhook), so they all run in one process on one port.
 */
final class ServiceServer implements HttpMount, AutoCloseable {

  static final String HEALTH = "/healthz";
  static final String METRICS = "/metrics";

  private final HttpServer server;
  private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
  private final Metrics metrics;
  private final BooleanSupplier healthy;
  /** Why the service runs degraded (answering, but not as configured), or null when it does not. */
  private final java.util.function.Supplier<String> degraded;
  private final AtomicBoolean closed = new AtomicBoolean();

  /** A server at the address (port 0 picks a free one), healthy while {@code healthy} says so. */
  ServiceServer(InetSocketAddress address, Metrics metrics, BooleanSupplier healthy) throws IOException {
    this(address, metrics, healthy, () -> null);
  }

  /**
   * Like {@link #ServiceServer(InetSocketAddress, Metrics, BooleanSupplier)}; while {@code degraded}
   * gives a reason, /healthz still answers 200 (the service answers) with status "degraded" and the reason.
   */
  ServiceServer(InetSocketAddress address, Metrics metrics, BooleanSupplier healthy,
      java.util.function.Supplier<String> degraded) throws IOException {
    this.degraded = degraded;
    this.server = listen(address);
    this.metrics = metrics;
    this.healthy = healthy;
    server.setExecutor(threads);
    server.createContext(HEALTH, this::health);
    server.createContext(METRICS, this::metrics);
    server.createContext("/", exchange -> send(exchange, 404, "text/plain; charset=utf-8", "not found\n"));
  }

  private static HttpServer listen(InetSocketAddress address) throws IOException {
    try {
      return HttpServer.create(address, 0);
    } catch (IOException e) {
      throw new IOException("could not listen on PORT " + address.getPort() + ": " + e.getMessage(), e);
    }
  }

  void start() {
    server.start();
  }

  @Override
  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void mount(String path, com.sun.net.httpserver.HttpHandler handler) {
    if ("/".equals(path)) {
      server.removeContext("/"); // the channel's handler answers every path not served otherwise
    }
    server.createContext(path, handler);
  }

  /** Stops taking requests, giving those in progress a second to finish. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    server.stop(1);
    threads.shutdown();
  }

  private void health(HttpExchange exchange) throws IOException {
    if (!HEALTH.equals(exchange.getRequestURI().getPath())) {
      send(exchange, 404, "text/plain; charset=utf-8", "not found\n");
    } else if (healthy.getAsBoolean()) {
      String reason = degraded.get();
      send(exchange, 200, "application/json", reason == null ? "{\"status\":\"ok\"}\n"
          : "{\"status\":\"degraded\",\"reason\":" + new com.google.gson.Gson().toJson(reason) + "}\n");
    } else {
      send(exchange, 503, "application/json", "{\"status\":\"unavailable\"}\n");
    }
  }

  private void metrics(HttpExchange exchange) throws IOException {
    if (!METRICS.equals(exchange.getRequestURI().getPath())) {
      send(exchange, 404, "text/plain; charset=utf-8", "not found\n");
    } else {
      send(exchange, 200, Metrics.CONTENT_TYPE, metrics.prometheus());
    }
  }

  /** Answers with the text; a body sent along (none is asked for) is read first, so the answer reaches its client. */
  private static void send(HttpExchange exchange, int status, String type, String text) throws IOException {
    try (exchange) {
      HttpMount.discardBody(exchange);
      byte[] body = text.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", type);
      boolean head = "HEAD".equals(exchange.getRequestMethod());
      exchange.sendResponseHeaders(status, head ? -1 : body.length);
      if (!head) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }
}
