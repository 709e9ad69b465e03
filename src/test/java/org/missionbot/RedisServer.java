package org.missionbot;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
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

  /**
   * A server on a free port, running; on another free port when the first is taken between being
   * handed out and bound (the server exits), which happens when tests run beside other processes.
   */
  public static RedisServer start() throws IOException, InterruptedException {
    return start(FreePorts.candidates());
  }

  /** A server on the first of the ports it can bind, running; the test fails when it binds none. */
  static RedisServer start(List<Integer> ports) throws IOException, InterruptedException {
    for (int port : ports) {
      RedisServer server = new RedisServer(port);
      if (server.launch()) {
        return server;
      }
    }
    return fail("redis-server could bind none of the ports " + ports);
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
    if (!launch()) {
      fail("redis-server exited with " + process.exitValue() + " on port " + port);
    }
  }

  /**
   * Starts the process unless it runs, and waits until it takes connections; false when it exited
   * instead (its port was taken), even if what took the port answered.
   */
  private synchronized boolean launch() throws IOException, InterruptedException {
    if (process != null && process.isAlive()) {
      return true;
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
      if (!process.isAlive()) {
        return false;
      }
      if (answersPing(port)) {
        return process.isAlive();
      }
      Thread.sleep(50);
    }
    return fail("redis-server did not take connections on port " + port + " within 10 s");
  }

  /**
   * Whether what listens on the port answers PING as redis does, within a quarter of a second: a
   * connection alone may be to whatever took the port.
   */
  static boolean answersPing(int port) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(250);
      socket.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
      byte[] reply = socket.getInputStream().readNBytes(7);
      return "+PONG\r\n".equals(new String(reply, StandardCharsets.US_ASCII));
    } catch (IOException e) {
      return false;
    }
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

}
