package org.missionbot.chat.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.missionbot.FreePorts;
import org.missionbot.chat.telegram.ScriptedBotApi.Call;

/**
 * By webhook: it is registered with its secret, requests without the secret are refused, and an update
 * posted again is answered once.
 */
class TelegramReliabilityWebhookIT extends TelegramReliabilityFixture {

  @Test
  void aWebhookUpdatePostedThreeTimesIsAnsweredOnce() throws Exception {
    int port = FreePorts.any();
    start(Map.of("TELEGRAM_WEBHOOK_URL", "http://127.0.0.1:" + port + "/telegram/hook",
        "TELEGRAM_WEBHOOK_SECRET", "right-secret", "PORT", String.valueOf(port)));
    api.await("setWebhook", 1);
    URI hook = URI.create("http://127.0.0.1:" + port + "/telegram/hook");

    for (int i = 0; i < 3; i++) {
      assertEquals(200, post(hook, "right-secret", privateMessage(9, CANADA)));
    }

    api.await("sendMessage", 1);
    Thread.sleep(500);
    assertEquals(1, api.calls("sendMessage").size());
  }

  @Test
  void webhookIsRegisteredWithItsSecretAndRejectsRequestsWithoutIt() throws Exception {
    int port = FreePorts.any();
    start(Map.of("TELEGRAM_WEBHOOK_URL", "http://127.0.0.1:" + port + "/telegram/hook",
        "TELEGRAM_WEBHOOK_SECRET", "right-secret", "PORT", String.valueOf(port)));
    Call registered = api.await("setWebhook", 1).get(0);
    assertEquals("http://127.0.0.1:" + port + "/telegram/hook", registered.params().get("url"));
    assertEquals("right-secret", registered.params().get("secret_token"));

    URI hook = URI.create("http://127.0.0.1:" + port + "/telegram/hook");
    assertEquals(403, post(hook, "wrong-secret", privateMessage(7, CANADA)));
    assertEquals(403, post(hook, null, privateMessage(8, CANADA)));
    assertEquals(200, post(hook, "right-secret", privateMessage(9, CANADA)));

    List<Call> sends = api.await("sendMessage", 1);
    Thread.sleep(300);
    assertEquals(1, api.calls("sendMessage").size());
    assertEquals(expected(CANADA), sends.get(0).params().get("text"));
    assertTrue(sends.get(0).params().get("reply_parameters").contains("\"message_id\":9"));
    assertEquals(List.of(), api.calls("getUpdates"));
  }

  private static int post(URI hook, String secret, String update) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(hook).timeout(Duration.ofSeconds(5))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(update));
    if (secret != null) {
      request.header(WebhookServer.SECRET_HEADER, secret);
    }
    try (HttpClient http = HttpClient.newHttpClient()) {
      return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
  }
}
