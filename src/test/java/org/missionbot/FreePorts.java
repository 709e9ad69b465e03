package org.missionbot;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * Ports of 127.0.0.1 that nothing listens on, for servers a test starts. The port is free when it is
 * handed out, not reserved: another process may take it before the test's server binds it, so a server
 * started as a child process retries on a new port when it cannot bind ({@link RedisServer#start()}).
 */
public final class FreePorts {

  /** How many free ports a server is started on before the test fails: another process may take one first. */
  static final int BIND_ATTEMPTS = 3;

  private FreePorts() {}

  /** Ports to start a server on, one after another until it binds one ({@link #BIND_ATTEMPTS} of them). */
  public static List<Integer> candidates() throws IOException {
    List<Integer> ports = new ArrayList<>();
    for (int attempt = 1; attempt <= BIND_ATTEMPTS; attempt++) {
      ports.add(any());
    }
    return ports;
  }

  /** A port that no process listens on at this moment. */
  public static int any() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
