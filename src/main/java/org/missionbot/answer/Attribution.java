package org.missionbot.answer;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.missionbot.corpus.Countries;
import org.missionbot.corpus.Mention;
import org.missionbot.corpus.MentionFinder;
import org.missionbot.search.Concept;
import org.missionbot.search.Hit;
import org.missionbot.search.Question;

/**
 * Whether quotes give the figure a question asks for, and of whom it asks: "how much has Kenya
 * pledged?" is not answered by "Canada praised Kenya's leadership ... and pledged $80.5 million".
 * A sentence's first country is taken as its subject, which is how news copy is written.
 */
final class Attribution {

  private static final Pattern COUNTRY_OR_PEOPLE = Pattern.compile("\\b\\p{Lu}[\\p{L}.]+(?:\\s\\p{Lu}\\p{L}+)?");

  private Attribution() {}

  /** Whether some quote holds the figure, and the best passage holds every name the question gives. */
  static boolean givesFigure(Question question, List<Evidence> evidence, Hit best) {
    return evidence.stream().anyMatch(e -> e.value() != null) && best.matched().containsAll(named(question));
  }

  /**
   * The evidence without the quotes whose figure belongs to another country than the one the question
   * names: the first country named before the figure, other than the articles' topic, is its subject.
   */
  static List<Evidence> ofAskedCountry(Question question, List<Evidence> evidence, Predicate<String> topical) {
    String asked = firstCountry(question.text(), 0, question.text().length(), topical);
    if (asked == null) {
      return evidence;
    }
    return evidence.stream().filter(e -> {
      String subject = e.value() == null ? null : firstCountry(e.text(), ownSentence(e), e.value().start(), topical);
      return subject == null || subject.equals(asked);
    }).toList();
  }

  /**
   * Where the sentence that holds the evidence's figure starts in its quote: a quote of two sentences
   * ("Ruto called Trudeau. Canada pledged $80.5 million.") attributes the figure within its own.
   */
  private static int ownSentence(Evidence e) {
    int offset = e.hit().quoteOffset();
    return e.value().start() >= offset ? offset : 0;
  }

  /** The question's concepts that name a country or a person ("United States", "Canada"). */
  private static List<Concept> named(Question question) {
    List<String> names = MentionFinder.find(question.text()).stream()
        .filter(m -> m.kind() == Mention.Kind.COUNTRY || m.kind() == Mention.Kind.PERSON)
        .map(m -> Questions.fold(m.in(question.text()))).toList();
    return question.concepts().stream().filter(c -> c.known() && names.stream().anyMatch(n -> n.contains(c.word())))
        .toList();
  }

  /** The first country a name, a nationality or a capital stands for in the text ("Kenyan police", "Ottawa said"). */
  private static String firstCountry(String text, int from, int before, Predicate<String> topical) {
    Matcher m = COUNTRY_OR_PEOPLE.matcher(text).region(from, before);
    while (m.find()) {
      String country = Countries.get().canonical(m.group());
      if (country != null && !topical.test(m.group())) {
        return country;
      }
    }
    return null;
  }
}
