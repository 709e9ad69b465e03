package org.missionbot;

import java.util.Random;

/**
 * Seeded generators of the text people and platforms really send, and worse: any code point of any
 * plane, lone surrogates, control characters, right-to-left marks and text, emoji joined by ZWJ,
 * combining marks, search-syntax characters, and inputs of 100 KB. Same seed, same inputs.
 */
public final class BadInput {

  private static final String[] PIECES = {
      "\u202e", "\u200f", "\u200e", "\u2067", "\u2069", "\u061c", // direction marks and isolates
      "\u0645\u0627 \u0647\u0648 \u0627\u0644\u062a\u0645\u0648\u064a\u0644\u061f", "\u05de\u05d4 \u05d4\u05e1\u05db\u05d5\u05dd?", // Arabic, Hebrew
      "\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67\u200d\ud83d\udc66", "\ud83c\udff3\ufe0f\u200d\ud83c\udf08", "\ud83d\udc4d\ud83c\udffd", // ZWJ, skin tone
      "\ud83c\uddf0\ud83c\uddea", "e\u0301\u0301\u0301", "Z\u0351\u036b\u0343\u036a\u0302\u036b\u033d", // flags, combining marks
      "\u0000", "\u0007", "\u001b[31m", "\u007f", "\u0085", "\u2028", "\u2029", "\r\n", "\t", "\ufeff", "\ufffd", "\uffff",
      "\ud800", "\udfff", "\udbff\udbff", // lone surrogates
      " AND ", " OR ", " NOT ", "\"", "\"Canada pledged\"", "(", ")", "[", "]", "{", "}", "*", "?", "~", "~2", ":", "^",
      "^3", "\\", "/", "+", "-", "!", "&&", "||", "title:", "*:*", "field:[a TO z]",
      "<b>", "</blockquote>", "<a href=\"x\">", "&amp;", "&", "<", ">", "*bold*", "_it_", "`code`", "<@U123>", "<!here>",
      "Canada", "Kenya", "pledged", "$123 million", "police", "Haiti", "Cherizier", "how much", "who", "when", "?",
      "\ud834\udd1e", "\udb40\udc01", "\uDBFF\uDFFF", "\u0f00", "\u1100\u1161\u11a8", "\u4e2d\u6587"};

  private final Random random;

  public BadInput(long seed) {
    this.random = new Random(seed);
  }

  public Random random() {
    return random;
  }

  /** A random text of up to {@code maxPieces} pieces, each a nasty piece, a random code point or a random char. */
  public String text(int maxPieces) {
    StringBuilder out = new StringBuilder();
    int pieces = random.nextInt(maxPieces + 1);
    for (int i = 0; i < pieces; i++) {
      switch (random.nextInt(4)) {
        case 0 -> out.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
        case 1 -> out.append((char) random.nextInt(0x10000)); // may be a lone surrogate
        case 2 -> out.append(' ');
        default -> out.append(PIECES[random.nextInt(PIECES.length)]);
      }
    }
    return out.toString();
  }

  /** A text of exactly {@code length} chars: random pieces, or one piece repeated, or no spaces at all. */
  public String huge(int length) {
    StringBuilder out = new StringBuilder(length + 64);
    int mode = random.nextInt(3);
    String unit = PIECES[random.nextInt(PIECES.length)];
    while (out.length() < length) {
      switch (mode) {
        case 0 -> out.append(text(20));
        case 1 -> out.append(unit);
        default -> out.append((char) ('a' + random.nextInt(26)));
      }
    }
    out.setLength(length);
    return out.toString();
  }

  /** Now and then huge, mostly short: what a fuzzing loop asks. */
  public String question() {
    return random.nextInt(40) == 0 ? huge(100_000) : text(30);
  }

  /** The text with its non-printable characters shown as \\uXXXX, cut to 200 chars, for failure messages. */
  public static String show(String s) {
    StringBuilder out = new StringBuilder();
    s.chars().limit(200).forEach(c -> out.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c)
        : String.format("\\u%04x", c)));
    return out + (s.length() > 200 ? "... (" + s.length() + " chars)" : "");
  }
}
