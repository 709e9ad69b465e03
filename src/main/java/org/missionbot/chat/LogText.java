package org.missionbot.chat;

/**
 * Text from outside (questions, ids, addresses, headers) made safe to put in a log line: every
 * control or format character (ESC and its terminal sequences, NUL, line breaks, C1 controls, the line
 * and paragraph separators, bidirectional overrides such as U+202E) is written as a {@code \\uXXXX}
 * escape, so a message can neither forge a log line nor rewrite how the terminal shows one.
 */
public final class LogText {

  private LogText() {}

  /** The text with its control and format characters escaped; "null" for null. */
  public static String escape(String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (unsafe(c)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append(String.format("\\u%04x", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean unsafe(char c) {
    int type = Character.getType(c);
    return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }
}
