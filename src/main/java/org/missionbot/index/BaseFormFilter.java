package org.missionbot.index;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Replaces irregular word forms with their base form ("gave" becomes "give") before stemming. */
final class BaseFormFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final Map<String, String> baseForms;

  BaseFormFilter(TokenStream input, Map<String, String> baseForms) {
    super(input);
    this.baseForms = baseForms;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    String base = baseForms.get(term.toString());
    if (base != null) {
      term.setEmpty().append(base);
    }
    return true;
  }
}
