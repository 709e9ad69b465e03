package org.missionbot.answer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Chat shorthand read as the English it stands for ("rn" right now, "govt" government), and
 * interjections ("lol", "ugh") dropped, so that they neither count as subjects the articles lack nor
 * hide what a question asks ("how bad is hunger rn" asks about now). Whole tokens only, from
 * {@code chat-shorthand.tsv}; the rest of the question is left exactly as typed. Openers ("wait,",
 * "quick q", "ok so") are dropped only where a message starts: "how long did they wait" keeps its word.
 * So is a request that frames the question ("can you tell me", "do you know", "I was wondering"), and
 * only when a question word follows it: "can you tell me who the prime minister is" asks "who the prime
 * minister is", and is read as that (the kind of thing asked, a role's holder), where the frame's own
 * words ("tell", "know") were read as the subject; "can you tell me about the MSS" keeps its words.
 */
final class ChatShorthand {

  private static final String RESOURCE = "chat-shorthand.tsv";
  /** A token as chat writes it: letters and digits, with a slash ("w/"); not a letter of "U.S." or "U.N.". */
  private static final Pattern TOKEN = Pattern.compile(
      "(?<![\\p{L}\\p{N}'\u2019.])[\\p{L}\\p{N}]+/?(?![\\p{L}\\p{N}'\u2019]|\\.\\p{L})");
  private static final ChatShorthand SHARED = load();

  /** A source of the file marked with this is an opener: dropped only at the start of a message. */
  private static final String OPENER = "^";
  /** A source marked with this is a request framing a question: dropped at the start, before a question word. */
  private static final String FRAME = "?";
  /** The words that open a question a request frames ("do you know when ..."), shorthand spelt out already. */
  private static final String QUESTION_WORD = "(?:who|whom|whose|what|when|where|why|how|which)(?![\\p{L}\\p{N}])";
  /** Openers and frames one after another at most this often ("ok so, can you tell me ..."). */
  private static final int MOST_OPENINGS = 3;

  private final Map<String, String> entries;
  /** The openers, one after another, with what punctuation follows each; null when there are none. */
  private final Pattern openers;
  /** A request framing a question, with what follows up to its question word; null when there are none. */
  private final Pattern frames;

  private ChatShorthand(Map<String, String> entries, Pattern openers, Pattern frames) {
    this.entries = entries;
    this.openers = openers;
    this.frames = frames;
  }

  static ChatShorthand shared() {
    return SHARED;
  }

  /** The question with each shorthand token replaced by its English, and interjections by nothing. */
  String expand(String question) {
    return withoutOpeners(spelledOut(question));
  }

  /**
   * The message without the openers and the requests framing a question it starts with ("ok so, can you
   * tell me who ..." is "who ..."); as it is when it is nothing else ("ok?").
   */
  private String withoutOpeners(String message) {
    String rest = message;
    for (int i = 0; i < MOST_OPENINGS; i++) {
      String shorter = without(frames, without(openers, rest));
      if (shorter.equals(rest)) {
        break;
      }
      rest = shorter;
    }
    return rest;
  }

  /** The message without what the pattern matches at its start, unless nothing would be left. */
  private static String without(Pattern start, String message) {
    Matcher opened = start == null ? null : start.matcher(message);
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
    List<String> frames = new ArrayList<>();
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
        if (parts[0].startsWith(OPENER) || parts[0].startsWith(FRAME)) {
          if (!parts[1].strip().equals("-")) {
            throw new IllegalStateException(RESOURCE + " line " + number + ": an opener or a frame is only ever dropped ('-')");
          }
          (parts[0].startsWith(OPENER) ? openers : frames).add(words(parts[0].substring(1).strip()));
        } else if (entries.put(parts[0].strip(), parts[1].strip()) != null) {
          throw new IllegalStateException(RESOURCE + " line " + number + ": " + parts[0] + " twice");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // one opener after another ("ok so wait,"), each a whole word followed by a space or punctuation
    Pattern opening = openers.isEmpty() ? null : Pattern.compile("(?i)(?:\\W*(?:" + String.join("|", openers)
        + ")(?=[\\s,:;!.?\u2026]|$)[\\s,:;!.\u2026\u2013\u2014-]*)+");
    Pattern framing = frames.isEmpty() ? null : Pattern.compile("(?i)\\W*(?:" + String.join("|", frames)
        + ")[\\s,:;!.\u2026\u2013\u2014-]+(?=" + QUESTION_WORD + ")");
    return new ChatShorthand(Map.copyOf(entries), opening, framing);
  }

  /**
   * The words of an opener or a frame as a pattern: each quoted, any run of spaces between, and an
   * apostrophe that may be typed curly or left out ("i'd", "i\u2019d", "id").
   */
  private static String words(String source) {
    return Arrays.stream(source.split("\\s+"))
        .map(w -> Arrays.stream(w.split("'", -1)).map(Pattern::quote).collect(Collectors.joining("['\u2019]?")))
        .collect(Collectors.joining("\\s+"));
  }
}
