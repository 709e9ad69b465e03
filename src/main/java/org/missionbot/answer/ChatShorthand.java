package org.missionbot.answer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chat shorthand read as the English it stands for ("rn" right now, "govt" government), and
 * interjections ("lol", "ugh") dropped, so that they neither count as subjects the articles lack nor
 * hide what a question asks ("how bad is hunger rn" asks about now). Whole tokens only, from
 * {@code chat-shorthand.tsv}; the rest of the question is left exactly as typed. Openers ("wait,",
 * "quick q", "ok so") are dropped only where a message starts: "how long did they wait" keeps its word.
 */
final class ChatShorthand {

  private static final String RESOURCE = "chat-shorthand.tsv";
  /** A token as chat writes it: letters and digits, with a slash ("w/"); not a letter of "U.S." or "U.N.". */
  private static final Pattern TOKEN = Pattern.compile(
      "(?<![\\p{L}\\p{N}'\u2019.])[\\p{L}\\p{N}]+/?(?![\\p{L}\\p{N}'\u2019]|\\.\\p{L})");
  private static final ChatShorthand SHARED = load();

  /** A source of the file marked with this is an opener: dropped only at the start of a message. */
  private static final String OPENER = "^";

  private final Map<String, String> entries;
  /** The openers, one after another, with what punctuation follows each; null when there are none. */
  private final Pattern openers;

  private ChatShorthand(Map<String, String> entries, Pattern openers) {
    this.entries = entries;
    this.openers = openers;
  }

  static ChatShorthand shared() {
    return SHARED;
  }

  /** The question with each shorthand token replaced by its English, and interjections by nothing. */
  String expand(String question) {
    return withoutOpeners(spelledOut(question));
  }

  /** The message without the openers it starts with; as it is when it is nothing else ("ok?"). */
  private String withoutOpeners(String message) {
    Matcher opened = openers == null ? null : openers.matcher(message);
    return opened != null && opened.lookingAt() && message.substring(opened.end()).codePoints().anyMatch(Character::isLetterOrDigit)
        ? message.substring(opened.end()) : message;
  }

  private String spelledOut(String question) {
    Matcher m = TOKEN.matcher(question);
    StringBuilder out = new StringBuilder(question.length());
    int last = 0;
    while (m.find()) {
      String english = entries.get(m.group().toLowerCase(Locale.ROOT));
      if (english != null) {
        out.append(question, last, m.start()).append(english.equals("-") ? "" : english);
        last = m.end();
      }
    }
    if (last == 0) {
      return question;
    }
    return out.append(question.substring(last)).toString().replaceAll("\\s{2,}", " ").strip();
  }

  private static ChatShorthand load() {
    Map<String, String> entries = new HashMap<>();
    List<String> openers = new ArrayList<>();
    try (InputStream in = ChatShorthand.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t");
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
          throw new IllegalStateException(RESOURCE + " line " + number + ": not shorthand<TAB>english");
        }
        if (parts[0].startsWith(OPENER)) {
          if (!parts[1].strip().equals("-")) {
            throw new IllegalStateException(RESOURCE + " line " + number + ": an opener is only ever dropped ('-')");
          }
          openers.add(Pattern.quote(parts[0].substring(OPENER.length()).strip()));
        } else if (entries.put(parts[0].strip(), parts[1].strip()) != null) {
          throw new IllegalStateException(RESOURCE + " line " + number + ": " + parts[0] + " twice");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // one opener after another ("ok so wait,"), each a whole word followed by a space or punctuation
    Pattern opening = openers.isEmpty() ? null : Pattern.compile("(?i)(?:\\W*(?:" + String.join("|", openers)
        + ")(?=[\\s,:;!.?\u2026]|$)[\\s,:;!.\u2026]*)+");
    return new ChatShorthand(Map.copyOf(entries), opening);
  }
}
