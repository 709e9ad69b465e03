package org.missionbot.chat.telegram;

import java.time.Duration;

/**
 * A Bot API call that failed: Telegram's error code and description, or the network failure. Its
 * message never holds the bot token.
 */
public final class TelegramApiException extends Exception {

  private final String method;
  private final int code;
  private final Duration retryAfter;

  TelegramApiException(String method, int code, String description, Duration retryAfter) {
    super("Telegram " + method + " failed" + (code > 0 ? " with " + code : "") + ": " + description);
    this.method = method;
    this.code = code;
    this.retryAfter = retryAfter;
  }

  /** The Bot API method, such as "sendMessage". */
  public String method() {
    return method;
  }

  /** Telegram's error code (401, 429, 500...), or 0 for a network failure or an unreadable reply. */
  public int code() {
    return code;
  }

  /** How long Telegram asks to wait before trying again, or null when it did not say. */
  Duration retryAfter() {
    return retryAfter;
  }

  /** Whether trying again may succeed: flood control, a server error or a network failure. */
  boolean transientFailure() {
    return code == 0 || code == 429 || code >= 500;
  }
}
