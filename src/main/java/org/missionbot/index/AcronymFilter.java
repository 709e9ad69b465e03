package org.missionbot.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Writes dotted acronyms in capitals without their dots ("U.S." and "u.n." become "US" and "UN") and turns the
 * country "US" into "USA", so that lower-casing cannot make it the pronoun "us", a stop word. Must run
 * before lower-casing: only upper-case tokens are acronyms.
 */
public final class AcronymFilter extends TokenFilter {

  private static final java.util.regex.Pattern DOTTED = java.util.regex.Pattern.compile("(?:\\p{L}\\.)+\\p{L}\\.?");

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  public AcronymFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    String token = term.toString();
    if (isDottedAcronym(token)) {
      token = token.replace(".", "").toUpperCase(java.util.Locale.ROOT);
      term.setEmpty().append(token);
    }
    if (token.equals("US")) {
      term.setEmpty().append("USA");
    }
    return true;
  }

  /** "U.S", "U.N", and as people type them, "u.s": single letters joined by dots. */
  private static boolean isDottedAcronym(String token) {
    return DOTTED.matcher(token).matches();
  }
}
