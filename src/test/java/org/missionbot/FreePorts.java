package org.missionbot;

import java.io.IOException;
import java.net.ServerSocket;

/**
 * Ports of 127.0.0.1 that nothing listens on, for servers a test starts. The port is free when it is
 * handed out, not reserved: another process may take it before the test's server binds it, so a server
 * started as a child process retries on a new port when it cannot bind ({@link RedisServer#start()}).
 */
public final class FreePorts {

  private FreePorts() {}

  /** A port that no process listens on at this moment. */
  public static int any() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
