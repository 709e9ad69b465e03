package org.missionbot.chat.http;

import com.sun.net.httpserver.HttpHandler;

/** The service's one web server, as a channel adapter sees it: a place to serve its endpoint. */
public interface HttpMount {

  /**
   * How much of a refused request's body an endpoint still reads before its answer (a 404, 403, 405, or
   * the 413 of a body over an endpoint's limit), so a client sending a few megabytes sees the refusal
   * instead of a reset connection; a body declared larger than this is refused unread.
   */
  int DRAINED_BEFORE_REFUSAL = 8 << 20;
  /** The most of a request body an endpoint takes: an update or an event is far smaller. */
  int MAX_BODY = 1 << 20;

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

  /**
   * The request's body, read before any answer (a client still sending would see its connection reset);
   * null when it is over {@link #MAX_BODY}, declared or found so, and then drained as for a refusal so
   * that the 413 reaches the client.
   */
  static byte[] readBody(com.sun.net.httpserver.HttpExchange exchange) throws java.io.IOException {
    if (declaredLength(exchange) <= MAX_BODY) {
      byte[] body = exchange.getRequestBody().readNBytes(MAX_BODY + 1);
      if (body.length <= MAX_BODY) {
        return body;
      }
    }
    discardBody(exchange);
    return null;
  }

  /**
   * Reads and drops what is left of a request's body, up to {@link #DRAINED_BEFORE_REFUSAL} bytes, before
   * an answer that does not need it (a refusal, a 404). Answered unread, a body over the server's small
   * drain allowance makes it close the connection under a client still sending: the client sees a reset,
   * not the answer. A body declared over the allowance is left unread (its client may see a reset;
   * nothing is owed to it).
   */
  static void discardBody(com.sun.net.httpserver.HttpExchange exchange) throws java.io.IOException {
    if (declaredLength(exchange) > DRAINED_BEFORE_REFUSAL) {
      return;
    }
    java.io.InputStream body = exchange.getRequestBody();
    byte[] buffer = new byte[8192];
    long left = DRAINED_BEFORE_REFUSAL;
    int read;
    while (left > 0 && (read = body.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) {
      left -= read;
    }
  }
}
