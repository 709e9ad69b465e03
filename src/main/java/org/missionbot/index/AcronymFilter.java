package org.missionbot.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Writes dotted acronyms without their dots ("U.S." and "U.N." become "US" and "UN") and turns the
 * country "US" into "USA", so that lower-casing cannot make it the pronoun "us", a stop word. Must run
 * before lower-casing: only upper-case tokens are acronyms.
 */
public final class AcronymFilter extends TokenFilter {

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
      token = token.replace(".", "");
      term.setEmpty().append(token);
    }
    if (token.equals("US")) {
      term.setEmpty().append("USA");
    }
    return true;
  }

  private static boolean isDottedAcronym(String token) {
    return token.indexOf('.') > 0 && token.chars().allMatch(c -> c == '.' || Character.isUpperCase(c));
  }
}
