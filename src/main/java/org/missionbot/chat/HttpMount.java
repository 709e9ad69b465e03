package org.missionbot.chat;

import com.sun.net.httpserver.HttpHandler;

/** The service's one web server, as a channel adapter sees it: a place to serve its endpoint. */
public interface HttpMount {

  /** Serves requests for {@code path} (and paths under it) with the handler. */
  void mount(String path, HttpHandler handler);

  /** The port the server listens on, for the channels' start-up lines. */
  int port();
}
