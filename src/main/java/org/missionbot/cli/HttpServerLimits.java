package org.missionbot.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The limits of the JDK's HTTP server that the service runs on PORT (and Slack's and Telegram's own
 * servers), set through the system properties the {@code jdk.httpserver} module documents, before any
 * server starts: a request must arrive whole, headers and body, within 10 s (a half-sent one is closed
 * then, as is a connection that sends nothing); idle connections are closed after 10 s; at most 512
 * connections are open at once, so a flood cannot take the process's file descriptors. A value given
 * on the command line ({@code -Dsun.net.httpserver.maxReqTime=...}, in seconds) is kept.
 */
final class HttpServerLimits {

  /** The properties and their values. */
  static final Map<String, String> DEFAULTS;

  static {
    Map<String, String> limits = new LinkedHashMap<>();
    // seconds, whatever some versions of the module's documentation say: the JDK multiplies by 1,000
    limits.put("sun.net.httpserver.maxReqTime", "10"); // reading the request, headers and body
    limits.put("sun.net.httpserver.maxRspTime", "60"); // writing the response
    limits.put("sun.net.httpserver.idleInterval", "10"); // seconds
    limits.put("jdk.httpserver.maxConnections", "512");
    limits.put("sun.net.httpserver.maxReqHeaders", "100");
    DEFAULTS = Map.copyOf(limits);
  }

  private HttpServerLimits() {}

  /** Sets each limit that is not set yet; must run before the first server is created in this JVM. */
  static void apply() {
    DEFAULTS.forEach((name, value) -> {
      if (System.getProperty(name) == null) {
        System.setProperty(name, value);
      }
    });
  }
}
