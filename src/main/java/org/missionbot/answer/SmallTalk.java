package org.missionbot.answer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells small talk (greetings, thanks, goodbyes, "what can you do?") and vague requests for news ("what's going
 * on?") from questions about the articles, by the phrases of {@code small-talk.txt}: a message is small
 * talk when nothing but such phrases and filler words is left in it.
 */
final class SmallTalk {

  /** What a message that is not a question is. */
  enum Kind {
    GREETING, THANKS, FAREWELL, ABOUT, OVERVIEW, FILLER;

    /** The key of its reply in the messages. */
    String key() {
      return this == GREETING ? "greeting" : name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final SmallTalk SHARED = load();

  /** Phrases as word arrays, longest first, with their kind. */
  private final List<Map.Entry<String[], Kind>> phrases;

  private SmallTalk(List<Map.Entry<String[], Kind>> phrases) {
    this.phrases = phrases;
  }

  static SmallTalk shared() {
    return SHARED;
  }

  /** What the message is, or null when it is (or may be) a question about the articles. */
  Kind read(String message) {
    String[] words = words(message);
    if (words.length == 0 || words[0].isEmpty() || words.length > 12) {
      return null;
    }
    Set<Kind> found = EnumSet.noneOf(Kind.class);
    int at = 0;
    while (at < words.length) {
      Map.Entry<String[], Kind> match = longestAt(words, at);
      if (match == null) {
        return null;
      }
      found.add(match.getValue());
      at += match.getKey().length;
    }
    found.remove(Kind.FILLER);
    // "hi, what's new?" wants the news; "thanks! who are you?" wants to know the bot; "thanks, bye" is a goodbye
    for (Kind kind : List.of(Kind.OVERVIEW, Kind.ABOUT, Kind.FAREWELL, Kind.THANKS, Kind.GREETING)) {
      if (found.contains(kind)) {
        return kind;
      }
    }
    return null;
  }

  /** The message's words: folded, apostrophes dropped ("what's" is "whats"), punctuation as spaces. */
  private static String[] words(String message) {
    String folded = Questions.fold(message).replace("'", "").replace("\u2019", "");
    return NOT_WORD.matcher(folded).replaceAll(" ").strip().split(" ");
  }

  private Map.Entry<String[], Kind> longestAt(String[] words, int at) {
    for (Map.Entry<String[], Kind> phrase : phrases) {
      String[] p = phrase.getKey();
      if (at + p.length <= words.length && Arrays.equals(p, 0, p.length, words, at, at + p.length)) {
        return phrase;
      }
    }
    return null;
  }

  private static SmallTalk load() {
    Map<Kind, List<String>> byKind = new EnumMap<>(Kind.class);
    try (InputStream in = SmallTalk.class.getResourceAsStream("small-talk.txt")) {
      if (in == null) {
        throw new IllegalStateException("missing resource small-talk.txt");
      }
      Kind kind = null;
      for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
        String l = line.strip();
        if (l.startsWith("[")) {
          kind = Kind.valueOf(l.substring(1, l.length() - 1).toUpperCase(java.util.Locale.ROOT));
        } else if (!l.isEmpty() && !l.startsWith("#")) {
          byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(l);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Map.Entry<String[], Kind>> phrases = new ArrayList<>();
    byKind.forEach((kind, list) -> list.forEach(p -> phrases.add(Map.entry(words(p), kind))));
    phrases.sort((a, b) -> b.getKey().length - a.getKey().length);
    return new SmallTalk(List.copyOf(phrases));
  }
}
