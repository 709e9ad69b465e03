package org.missionbot.cli;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Asks a running {@code serve} on this machine whether it is healthy: for Docker's HEALTHCHECK, which has no curl. */
@Command(name = "healthcheck", hidden = true, mixinStandardHelpOptions = true,
    description = "Exit 0 when http://127.0.0.1:PORT/healthz answers 200, else 1.")
final class HealthcheckCommand implements Callable<Integer> {

  @Option(names = "--port", paramLabel = "PORT", description = "The port serve listens on (default: $PORT, or 8080).")
  Integer port;

  @Override
  public Integer call() {
    URI uri = URI.create("http://127.0.0.1:" + port() + ServiceServer.HEALTH);
    try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
      HttpResponse<Void> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(3)).build(),
          HttpResponse.BodyHandlers.discarding());
      return response.statusCode() == 200 ? 0 : 1;
    } catch (java.io.IOException e) {
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    }
  }

  private int port() {
    return port != null ? port : ServeCommand.port(System.getenv());
  }
}
