package org.missionbot.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * A token or secret from the environment. It never prints: {@link #toString()} is {@value #MASK}, so
 * a settings record, a log line or an error message that holds one shows the mask; only {@link
 * #reveal()} gives the value, to hand to the SDK that sends it.
 */
public final class Secret {

  /** What a secret prints as. */
  public static final String MASK = "<redacted>";

  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /** The secret of a value; null for null. */
  public static Secret of(String value) {
    return value == null ? null : new Secret(value);
  }

  /** The value, for the one call that needs it (an SDK's client); never for a log or a message. */
  public String reveal() {
    return value;
  }

  /** Whether {@code given} is this secret, compared in constant time (a webhook's secret header). */
  public boolean matches(String given) {
    return given != null && MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8),
        given.getBytes(StandardCharsets.UTF_8));
  }

  /** The text with every occurrence of the secret masked (text from a server's reply, an exception's message). */
  public String redact(String text) {
    return text == null || value.isEmpty() ? text : text.replace(value, MASK);
  }

  /** Redacts each secret (nulls skipped) from the text. */
  public static String redact(String text, Secret... secrets) {
    String masked = text;
    for (Secret secret : secrets) {
      if (secret != null) {
        masked = secret.redact(masked);
      }
    }
    return masked;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Secret secret && MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8),
        secret.value.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return MASK;
  }
}
