package org.missionbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SortedWordsTest {

  @ParameterizedTest
  @ValueSource(strings = {"english-words.txt", "english-names.txt", "person-nouns.txt"})
  void theListsAreSortedAsciiLinesAndEachOfTheirWordsIsFound(String resource) throws Exception {
    byte[] bytes;
    try (InputStream in = SortedWords.class.getResourceAsStream(resource)) {
      bytes = in.readAllBytes();
    }
    assertTrue(isSorted(bytes), resource + ": one ASCII word a line, in byte order, no blank line");
    SortedWords words = new SortedWords(bytes);
    List<String> lines = new String(bytes, StandardCharsets.US_ASCII).lines().toList();
    assertTrue(lines.size() > 5_000, resource + " has " + lines.size() + " words");
    for (String line : lines) {
      assertTrue(words.contains(line), line);
      assertFalse(words.contains(line + "qx"), line + "qx");
      assertFalse(words.contains(line.substring(0, line.length() - 1) + "{"), line + " with its last letter after z");
    }
  }

  @Test
  void aWordIsFoundExactlyWhenItIsALine() {
    Random random = new Random(7);
    TreeSet<String> listed = new TreeSet<>();
    while (listed.size() < 300) {
      listed.add(word(random));
    }
    SortedWords words = new SortedWords((String.join("\n", listed) + "\n").getBytes(StandardCharsets.US_ASCII));
    SortedWords unterminated = new SortedWords(String.join("\n", listed).getBytes(StandardCharsets.US_ASCII));
    SortedWords crlf = new SortedWords((String.join("\r\n", listed) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    for (int i = 0; i < 5_000; i++) {
      String word = i % 3 == 0 ? listed.toArray(String[]::new)[random.nextInt(listed.size())] : word(random);
      assertEquals(listed.contains(word), words.contains(word), word);
      assertEquals(listed.contains(word), unterminated.contains(word), word);
      assertEquals(listed.contains(word), crlf.contains(word), word + ", lines ended by CRLF as a Windows checkout may");
    }
    assertFalse(words.contains(""), "the empty word");
    assertFalse(words.contains(listed.first() + "é"), "a word with a letter no line has");
    assertFalse(new SortedWords(new byte[0]).contains("a"), "an empty list");
  }

  @Test
  void anUnsortedOrBlankLineIsNoSortedList() {
    assertTrue(isSorted("a\nab\nb\n".getBytes(StandardCharsets.US_ASCII)));
    assertFalse(isSorted("a\nb\nab\n".getBytes(StandardCharsets.US_ASCII)), "out of order");
    assertFalse(isSorted("a\na\n".getBytes(StandardCharsets.US_ASCII)), "twice");
    assertFalse(isSorted("a\n\nb\n".getBytes(StandardCharsets.US_ASCII)), "blank line");
    assertFalse(isSorted("a\r\nb\r\n".getBytes(StandardCharsets.US_ASCII)), "carriage returns");
    assertFalse(isSorted("caf\u00e9\n".getBytes(StandardCharsets.UTF_8)), "not ASCII");
  }

  private static String word(Random random) {
    char[] letters = new char[1 + random.nextInt(4)];
    for (int i = 0; i < letters.length; i++) {
      letters[i] = (char) ('a' + random.nextInt(4));
    }
    return new String(letters);
  }

  /** Whether every line is ASCII, without blanks or a carriage return, and after the one before it. */
  private static boolean isSorted(byte[] lines) {
    int previous = -1;
    int start = 0;
    for (int i = 0; i <= lines.length; i++) {
      if (i == lines.length || lines[i] == '\n') {
        if (i == start && i != lines.length) {
          return false; // an empty line
        }
        if (previous >= 0 && i > start && java.util.Arrays.compareUnsigned(lines, previous, start - 1, lines, start, i) >= 0) {
          return false;
        }
        previous = start;
        start = i + 1;
      } else if (lines[i] <= ' ' || lines[i] >= 0x7f) {
        return false;
      }
    }
    return true;
  }
}
