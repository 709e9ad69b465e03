package org.missionbot.chat;

import com.sun.net.httpserver.HttpHandler;

/** The service's one web server, as a channel adapter sees it: a place to serve its endpoint. */
public interface HttpMount {

  /** Serves requests for {@code path} (and paths under it) with the handler. */
  void mount(String path, HttpHandler handler);

  /** The port the server listens on, for the channels' start-up lines. */
  int port();

  /**
   * A request's Content-Length, or -1 when it has none or an unreadable one: an endpoint refuses a body
   * declared too large (413) before reading a byte of it.
   */
  static long declaredLength(com.sun.net.httpserver.HttpExchange exchange) {
    try {
      String length = exchange.getRequestHeaders().getFirst("Content-Length");
      return length == null ? -1 : Long.parseLong(length.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
