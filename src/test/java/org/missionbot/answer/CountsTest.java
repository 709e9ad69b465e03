package org.missionbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.missionbot.corpus.Article;
import org.missionbot.corpus.Mention;
import org.missionbot.corpus.Passage;
import org.missionbot.search.Hit;
import org.missionbot.search.Question;
import org.missionbot.search.QuestionKind;
import org.missionbot.search.Signals;

class CountsTest {

  /** Evidence on a one-sentence made-up article whose count is the first run of digits. */
  private static Evidence counted(String sentence) {
    Article article = new Article("a", "Title", null, LocalDate.of(2024, 6, 25), false, null, sentence);
    Hit hit = new Hit(new Passage(article, 0, 0, sentence.length(), "", 0), 0.8, 1, List.of(), false,
        new Signals(3, 0, 0.85, 0, true, 0.8, 1, false, 1));
    java.util.regex.Matcher digits = java.util.regex.Pattern.compile("\\d+").matcher(sentence);
    digits.find();
    return new Evidence(hit, List.of(new Mention(Mention.Kind.COUNT, digits.start(), digits.end())));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      How old is Ariel Henry?             | Prime Minister Ariel Henry and 18 top-ranking officials asked for troops. | false
      How old is Ariel Henry?             | Henry, 73, asked for troops.                                              | true
      how old is ruto                     | Ruto was 56 years old when he took office.                                | true
      what age is the commander           | The commander, a 48-year-old veteran, leads them.                         | true
      at what age did he join the police  | He joined the police aged 19.                                             | true
      what is the age of the president    | The president met 12 ministers.                                           | false
      """)
  void anAgeIsAnsweredOnlyByACountOfYearsOfAge(String asked, String sentence, boolean answers) {
    Question question = new Question(asked, List.of(QuestionKind.COUNT), List.of());
    assertEquals(answers, Counts.countsWhatIsAsked(question, counted(sentence)), asked + " / " + sentence);
  }
}
