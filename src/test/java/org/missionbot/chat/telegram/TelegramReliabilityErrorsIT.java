package org.missionbot.chat.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.missionbot.chat.ChatCore;
import org.missionbot.chat.telegram.ScriptedBotApi.Call;

/**
 * Errors from the Bot API are waited out or retried until the answer is sent, and a rejected token stops
 * the start with a clear message that never shows the token.
 */
class TelegramReliabilityErrorsIT extends TelegramReliabilityFixture {

  @Test
  void floodControlRetryAfterIsWaitedOutThenTheAnswerIsSentAndOnlyThenConfirmed() throws Exception {
    api.script("sendMessage", 429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry "
        + "after 1\",\"parameters\":{\"retry_after\":1}}");
    api.deliver(privateMessage(7, CANADA));
    start(Map.of());

    List<Call> sends = api.await("sendMessage", 2);

    assertTrue(sends.get(1).nanos() - sends.get(0).nanos() >= Duration.ofMillis(950).toNanos(), "waited retry_after");
    assertEquals(expected(CANADA), sends.get(1).params().get("text"));
    assertEquals("HTML", sends.get(1).params().get("parse_mode"));
    assertEquals("typing", api.calls("sendChatAction").get(0).params().get("action"));
    for (Call poll : api.calls("getUpdates")) {
      if (poll.nanos() < sends.get(1).nanos()) {
        assertTrue(Integer.parseInt(poll.params().get("offset")) <= 7, "confirmed before the reply: " + poll);
      }
    }
    awaitOffset(8);
  }

  @Test
  void serverErrorsAreRetriedWithBackoffUntilTheAnswerIsSent() throws Exception {
    api.script("sendMessage", 502, "<html><body>502 Bad Gateway</body></html>");
    api.script("sendMessage", 500, "{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error\"}");
    api.deliver(privateMessage(7, CANADA));
    start(Map.of());

    List<Call> sends = api.await("sendMessage", 3);

    assertEquals(expected(CANADA), sends.get(2).params().get("text"));
    assertEquals(sends.get(0).params().get("text"), sends.get(2).params().get("text"));
  }

  @Test
  void pollingBacksOffOnServerErrorsAndCarriesOn() throws Exception {
    api.script("getUpdates", 503, "<html>Service Unavailable</html>");
    api.script("getUpdates", 500, "{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error\"}");
    api.deliver(privateMessage(7, CANADA));
    start(Map.of());

    assertEquals(expected(CANADA), api.await("sendMessage", 1).get(0).params().get("text"));
  }

  @Test
  void rejectedTokenFailsStartWithAClearMessageThatHasNoToken() throws Exception {
    api.script("getMe", 401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream err = System.err;
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    TelegramApiException error;
    try {
      TelegramChannel rejected = TelegramChannel.create(settings(Map.of()), ChatCore.withDefaults(bot), FAST);
      error = assertThrows(TelegramApiException.class, rejected::start);
      rejected.stop();
    } finally {
      System.setErr(err);
    }

    assertEquals("Telegram getMe failed with 401: the bot token was rejected; check TELEGRAM_BOT_TOKEN "
        + "(@BotFather's /token shows it, /revoke makes a new one)", error.getMessage());
    assertFalse(String.valueOf(error).contains(TOKEN));
    assertFalse(log.toString(StandardCharsets.UTF_8).contains(TOKEN));
    assertEquals(1, api.calls("getMe").size());
  }
}
