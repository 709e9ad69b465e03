package org.missionbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionbot.corpus.Article;
import org.missionbot.corpus.Mention;
import org.missionbot.corpus.Passage;
import org.missionbot.search.Concept;
import org.missionbot.search.Hit;
import org.missionbot.search.Language;
import org.missionbot.search.Question;
import org.missionbot.search.QuestionKind;
import org.missionbot.search.Signals;

class LeadsTest {

  private static final Concept CANADA = new Concept("canada", "canada", "canada", 2, true, false, true, false);
  private static final Concept PLEDGE = new Concept("pledge", "pledg", "pledg", 3, true, false, false, false);

  @Test
  void aShareToldInWordsIsVagueAMeasuredOneIsNot() {
    String text = "Much of the capital, over 80% of it, is held by gangs.";
    List<Mention> shares = org.missionbot.corpus.MentionFinder.find(text).stream()
        .filter(m -> m.kind() == Mention.Kind.SHARE).toList();

    assertEquals(List.of(true, false), shares.stream().map(m -> Leads.isVague(m, text)).toList());
  }

  @Test
  void aShareToldInWordsIsVagueWhenQualifiedToo() {
    String text = "Armed gangs take over much of the country, and now hold over 80% of the capital.";
    List<Mention> shares = org.missionbot.corpus.MentionFinder.find(text).stream()
        .filter(m -> m.kind() == Mention.Kind.SHARE).toList();

    assertEquals(List.of("over much of", "over 80%"), shares.stream().map(m -> m.in(text)).toList());
    assertEquals(List.of(true, false), shares.stream().map(m -> Leads.isVague(m, text)).toList());
  }

  @Test
  void aNameAfterAnArticleAndBeforeANounModifiesTheNoun() {
    String text = "The Montana Group has been negotiating with the Ariel Henry government, said Jimmy Chérizier.";
    List<Mention> people = org.missionbot.corpus.MentionFinder.find(text).stream()
        .filter(m -> m.kind() == Mention.Kind.PERSON).toList();

    Concept coalition = new Concept("coalition", "coalit", "coali", 3, true, false, false, false);
    Concept government = new Concept("government", "govern", "gover", 3, true, false, false, false);
    Question whoElse = new Question("who else is in the coalition?", List.of(QuestionKind.PERSON), List.of(coalition));
    Question whose = new Question("whose government is it negotiating with?", List.of(QuestionKind.PERSON), List.of(government));
    Question ofGovernment = new Question("who heads the government?", List.of(QuestionKind.PERSON), List.of(government));

    assertEquals(List.of("Ariel Henry", "Jimmy Chérizier"), people.stream().map(m -> m.in(text)).toList());
    assertEquals(List.of(true, false), people.stream().map(m -> Leads.isAttributive(whoElse, m, text)).toList());
    assertEquals(List.of(false, false), people.stream().map(m -> Leads.isAttributive(whose, m, text)).toList(), "asked whose");
    assertEquals(List.of(false, false), people.stream().map(m -> Leads.isAttributive(ofGovernment, m, text)).toList(),
        "the noun it qualifies is what is asked about");
    String relative = "It sided with the Ariel Henry who led the talks.";
    Mention henry = org.missionbot.corpus.MentionFinder.find(relative).stream().filter(m -> m.kind() == Mention.Kind.PERSON)
        .findFirst().orElseThrow();
    assertFalse(Leads.isAttributive(whoElse, henry, relative), "a clause after the name is about the person");
  }

  @Test
  void aNameIsLedWithoutThePossessiveItsSentenceGaveIt() {
    String text = "While President Joe Biden\u2019s administration has made it clear that it will not send troops.";
    Article article = new Article("a", "Title", "Outlet", LocalDate.of(2022, 10, 27), false, null, text);
    Concept administration = new Concept("administration", "administr", "admin", 2, true, false, false, false);
    Hit hit = new Hit(new Passage(article, 0, 0, text.length(), "", 0), 0.8, 1, List.of(administration), false,
        new Signals(3, 0, 0.9, 0, true, 0.8, 1, false, 1));
    int start = text.indexOf("Joe");
    Evidence evidence = new Evidence(hit, List.of(new Mention(Mention.Kind.PERSON, start, start + "Joe Biden\u2019s".length())));
    Question question = new Question("who heads the administration?", List.of(QuestionKind.PERSON), List.of(administration));

    assertEquals("Joe Biden (27 Oct 2022)", Leads.write(question, List.of(evidence), false, Language.ENGLISH));
  }

  @Test
  void aFigureIsLedFromTheSentenceThatStatesTheQuestionThoughANewerQuoteComesFirst() {
    Concept kenyan = new Concept("kenyan", "kenyan", "kenyan", 2, true, false, true, false);
    String newer = "Ottawa has committed resources, pledging approximately $123 million for the mission.";
    String older = "Canada praised Kenya's leadership of the mission and pledged $80.5 million for it.";
    Evidence first = money(new Article("n", "Newer", "AP", LocalDate.of(2024, 6, 25), false, null, newer), "$123 million",
        List.of(CANADA, PLEDGE));
    Evidence second = money(new Article("o", "Older", null, LocalDate.of(2024, 3, 14), false, null, older), "$80.5 million",
        List.of(CANADA, PLEDGE, kenyan));
    Question question = new Question("how much did canada pledge for the kenyan led mission?", List.of(QuestionKind.AMOUNT),
        List.of(CANADA, PLEDGE, kenyan));

    assertEquals("$80.5 million (14 Mar 2024)", Leads.write(question, List.of(first, second), false, Language.ENGLISH),
        "the newer quote does not say the mission is Kenyan-led, so only the older one's figure leads");
    assertEquals("", Leads.write(question, List.of(first), false, Language.ENGLISH), "no sentence states it: no lead");
    assertEquals("", Leads.write(question, List.of(first, second), true, Language.ENGLISH),
        "asked for the latest, the older figure is no lead while a newer article quotes another");
    assertEquals("$80.5 million (14 Mar 2024)", Leads.write(question, List.of(second), true, Language.ENGLISH),
        "with no newer figure quoted, the latest is the one there is");
  }

  @Test
  void theTopicAHeadlineNamesIsStatedByItsArticlesSentencesThatNameNoOtherCountry() {
    Concept haiti = new Concept("haiti", "haiti", "haiti", 2, true, false, true, false);
    String headline = "Kenyan Police Arrive in Haiti to Lead Security Mission Backed by Canada";
    Evidence newer = money(new Article("n", headline, "AP", LocalDate.of(2024, 6, 25), false, null,
        "Ottawa has committed resources, pledging approximately $123 million for the mission."), "$123 million",
        List.of(CANADA, PLEDGE));
    Evidence older = money(new Article("o", "Older", null, LocalDate.of(2024, 3, 14), false, null,
        "Canada pledged $80.5 million for the mission in Haiti."), "$80.5 million", List.of(CANADA, PLEDGE, haiti));
    Question question = new Question("how much did canada pledge to haiti?", List.of(QuestionKind.AMOUNT),
        List.of(CANADA, PLEDGE, haiti));

    assertEquals("The articles give different figures over time, newest first: $123 million (25 Jun 2024); "
        + "$80.5 million (14 Mar 2024).", Leads.write(question, List.of(newer, older), false, Language.ENGLISH),
        "an article headlined on Haiti pledges for the mission in Haiti though its sentence only says 'the mission'");
    Evidence elsewhere = money(new Article("j", headline, "AP", LocalDate.of(2024, 6, 25), false, null,
        "Ottawa has also pledged $20 million for the police of Jamaica."), "$20 million", List.of(CANADA, PLEDGE));
    assertEquals("$80.5 million (14 Mar 2024)", Leads.write(question, List.of(elsewhere, older), false, Language.ENGLISH),
        "a sentence naming another country may be about it, whatever the headline");
    Evidence untitled = money(new Article("u", "Canada's foreign aid", "AP", LocalDate.of(2024, 6, 25), false, null,
        "Ottawa has committed resources, pledging approximately $123 million for the mission."), "$123 million",
        List.of(CANADA, PLEDGE));
    assertEquals("$80.5 million (14 Mar 2024)", Leads.write(question, List.of(untitled, older), false, Language.ENGLISH),
        "a headline that does not name Haiti leaves 'the mission' unplaced");
  }

  @Test
  void oneCountryLeadsWhenOneIsAskedForAndNoneWhenCountriesAre() {
    Article article = new Article("a", "Title", "Outlet", LocalDate.of(2024, 6, 25), false, null,
        "Kenya volunteered to lead the force.");
    Concept lead = new Concept("lead", "lead", "lead", 2, true, false, false, false);
    List<Evidence> kenya = List.of(mentioning(article, "Kenya", Mention.Kind.COUNTRY, List.of(lead)));

    assertEquals("Kenya (25 Jun 2024)", Leads.write(
        new Question("which country did the United Nations ask to lead?", List.of(QuestionKind.COUNTRY), List.of(lead)),
        kenya, false, Language.ENGLISH), "the United Nations are no countries asked for");
    assertEquals("", Leads.write(
        new Question("which countries volunteered to lead?", List.of(QuestionKind.COUNTRY), List.of(lead)),
        kenya, false, Language.ENGLISH), "one country named where countries are asked for");
  }

  private static Evidence money(Article article, String figure, List<Concept> matched) {
    return mentioning(article, figure, Mention.Kind.MONEY, matched);
  }

  /** The article's whole text as a best hit matching these words, with its first mention of the value. */
  private static Evidence mentioning(Article article, String value, Mention.Kind kind, List<Concept> matched) {
    String text = article.body();
    Hit hit = new Hit(new Passage(article, 0, 0, text.length(), "", 0), 0.8, 1, matched, false,
        new Signals(3, 0, 0.9, 0, true, 0.8, 1, false, 1));
    int start = text.indexOf(value);
    return new Evidence(hit, List.of(new Mention(kind, start, start + value.length())));
  }
}
