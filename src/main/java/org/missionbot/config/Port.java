package org.missionbot.config;

import java.util.List;
import java.util.Map;

/**
 * PORT, read one way for every part that serves HTTP: a whole number from 0 (any free port) to 65535,
 * 8080 when unset or blank.
 */
public final class Port {

  /** The port when PORT is not set. */
  public static final int DEFAULT = 8080;

  private Port() {}

  /**
   * PORT from the settings.
   *
   * @throws IllegalArgumentException naming the value, when it is no port
   */
  public static int of(Map<String, String> settings) {
    String value = settings.get("PORT");
    if (value == null || value.isBlank()) {
      return DEFAULT;
    }
    try {
      int port = Integer.parseInt(value.strip());
      if (port >= 0 && port <= 65_535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw new IllegalArgumentException("PORT must be a whole number from 0 to 65535: " + value.strip());
  }

  /** Like {@link #of(Map)}, a bad value added to {@code problems} (and the default returned) instead of thrown. */
  public static int of(Map<String, String> settings, List<String> problems) {
    try {
      return of(settings);
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage());
      return DEFAULT;
    }
  }
}
