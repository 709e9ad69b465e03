package org.missionbot;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.TimeUnit;

/**
 * A real redis-server for a test, on a free port of 127.0.0.1, with nothing saved to disk: started as a
 * child process, stopped (and started again on the same port) at will. Fails the test with what to
 * install when redis-server is missing (.ci/test installs the Debian package).
 */
public final class RedisServer implements AutoCloseable {

  private final int port;
  private Process process;

  private RedisServer(int port) {
    this.port = port;
  }

  /** A server on a free port, running. */
  public static RedisServer start() throws IOException, InterruptedException {
    RedisServer server = new RedisServer(freePort());
    server.restart();
    return server;
  }

  public int port() {
    return port;
  }

  /** The address for REDIS_URL. */
  public String url() {
    return "redis://127.0.0.1:" + port;
  }

  /** Starts the server again on its port (after {@link #stop()}), and waits until it takes connections. */
  public synchronized void restart() throws IOException, InterruptedException {
    if (process != null && process.isAlive()) {
      return;
    }
    try {
      process = new ProcessBuilder("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
          "--save", "", "--appendonly", "no", "--daemonize", "no", "--loglevel", "warning")
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    } catch (IOException e) {
      fail("redis-server is not installed: `apt-get install redis-server` (.ci/test does it): " + e.getMessage());
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      try (Socket socket = new Socket("127.0.0.1", port)) {
        return;
      } catch (IOException e) {
        if (!process.isAlive()) {
          fail("redis-server exited with " + process.exitValue() + " on port " + port);
        }
        Thread.sleep(50);
      }
    }
    fail("redis-server did not take connections on port " + port + " within 10 s");
  }

  /** Kills the server at once (SIGKILL): what a crash or a lost network looks like to its clients. */
  public synchronized void stop() throws InterruptedException {
    if (process != null) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
