package org.missionbot.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.missionbot.Checkout;
import org.missionbot.corpus.Mention.Kind;

class MentionFinderTest {

  /** The text of each mention of the kind, in order. */
  private static List<String> found(Kind kind, String text) {
    return MentionFinder.find(text).stream().filter(m -> m.kind() == kind).map(m -> m.in(text)).toList();
  }

  @Test
  void moneyKeepsItsQualifier() {
    assertEquals(List.of("over $123 million"),
        found(Kind.MONEY, "Ottawa pledged over $123 million in funding, training, and equipment."));
    assertEquals(List.of("approximately $123 million"),
        found(Kind.MONEY, "Ottawa has committed resources, pledging approximately $123 million for the mission."));
  }

  @Test
  void moneyWithDecimals() {
    assertEquals(List.of("$80.5 million"),
        found(Kind.MONEY, "Canada pledged financial support of $80.5 million from Canada for it."));
  }

  @Test
  void moneyWrittenInWords() {
    assertEquals(List.of("about 50 million dollars"), found(Kind.MONEY, "They gave about 50 million dollars."));
  }

  @Test
  void sharesKeepTheirQualifier() {
    assertEquals(List.of("over 80%"), found(Kind.SHARE, "These groups now control over 80% of the capital."));
    assertEquals(List.of("about two-thirds"), found(Kind.SHARE, "Gangs have seized about two-thirds of the Haitian capital."));
    assertEquals(List.of("only 40%"), found(Kind.SHARE, "The mission has been operating at only 40% capacity."));
    assertEquals(List.of("much of"), found(Kind.SHARE, "The review froze much of Washington's funding for Haiti."));
    assertEquals(List.of("the bulk of"), found(Kind.SHARE, "The US cannot keep carrying the bulk of the burden."));
    assertEquals(List.of(), found(Kind.SHARE, "Much was said of the mission."));
  }

  @Test
  void allOfSomethingAndNoneOfItAreSharesTold() {
    assertEquals(List.of("all"), found(Kind.SHARE, "The resolution would freeze all economic resources of the gang leaders."));
    assertEquals(List.of("none of"), found(Kind.SHARE, "By then none of the vehicles were used."));
    assertEquals(List.of(), found(Kind.SHARE, "It was no surprise at all, above all to those who allow all-out war, all but certain."));
  }

  @Test
  void datesOfMonthsDaysAndWeekdays() {
    assertEquals(List.of("July 2021"), found(Kind.DATE, "Since the assassination of President Jovenel Mo\u00efse in July 2021, it fell."));
    assertEquals(List.of("October 2"), found(Kind.DATE, "Added to the woes, on October 2, Haitian officials announced it."));
    assertEquals(List.of("Tuesday"), found(Kind.DATE, "The first group landed in Port-au-Prince on Tuesday, the vanguard."));
    assertEquals(List.of("Oct. 15"), found(Kind.DATE, "He cited the Oct. 15 delivery of equipment."));
    assertEquals(List.of("Monday, September 22, 2025"), found(Kind.DATE, "In a statement released on Monday, September 22, 2025, he said."));
  }

  @Test
  void aCountToldInWordsIsACount() {
    assertEquals(List.of("a \u201cnumber of"), found(Kind.COUNT, "He said a \u201cnumber of countries\u201d could lead it."));
    assertEquals(List.of("Only a handful of", "dozens"), found(Kind.COUNT, "Only a handful of states sent police; dozens talked."),
        "with its qualifier, as a number keeps it");
    assertEquals(List.of(), found(Kind.COUNT, "The number of officers is unknown."), "'the number of' counts nothing");
  }

  @Test
  void durationsAreHowLongSomethingLastsNotCounts() {
    String text = "Haitians remember a 13-year U.N. mission, a two-day trip and talks of several weeks, 40 years ago.";
    assertEquals(List.of("13-year", "two-day", "several weeks"), found(Kind.DURATION, text));
    assertEquals(List.of("40"), found(Kind.COUNT, text), "'40 years ago' is a point in time, not a length of it");
    assertEquals(List.of("12-month-long"), found(Kind.DURATION, "It has a 12-month-long mandate."));
    assertEquals(List.of("a year"), found(Kind.DURATION, "It freezes for a year all assets, a year after the vote."),
        "'for a year' is a length; 'a year after' is not");
    assertEquals(List.of("a week", "nearly a year"), found(Kind.DURATION, "They met twice a year, within a week, for nearly a year."));
  }

  @Test
  void aCountryBeforeATitleIsNoPartOfTheName() {
    assertEquals(List.of("Philip Davis", "Ariel Henry"), found(Kind.PERSON,
        "Ruto spoke with Bahamas Prime Minister Philip Davis, who is also chairman of CARICOM, and Prime Minister Ariel Henry."));
  }

  @Test
  void placesAreNamesAfterAPrepositionOfPlace() {
    assertEquals(List.of("Ottawa"), found(Kind.PLACE, "In Ottawa, Blinken will meet Prime Minister Justin Trudeau."));
    assertEquals(List.of("Port-au-Prince"), found(Kind.PLACE, "The first group landed in Port-au-Prince on Tuesday."));
    assertEquals(List.of("New York"), found(Kind.PLACE, "during the 80th UN General Assembly in New York, Carney said"));
    assertEquals(List.of(), found(Kind.PLACE, "Kenya volunteered in July 2023 and landed on Tuesday in his own bedroom."),
        "a month is a date, and only a name is a place");
  }

  @Test
  void settingsToldInCommonWordsSayWhereButAreNoNamedPlace() {
    assertEquals(List.of("his own bedroom"), found(Kind.SETTING, "the July 7 murder of Haiti's president in his own bedroom"));
    assertEquals(List.of("areas"), found(Kind.SETTING, "the breakdowns occurred even in areas controlled by armed gangs"));
    assertEquals(List.of("an event"), found(Kind.SETTING, "Blinken said at an event hosted by Bloomberg News."));
    assertEquals(List.of("social media"), found(Kind.SETTING, "The minister posted it on social media."));
    assertEquals(List.of("X"), found(Kind.SETTING, "\"We will not abandon Haiti,\" Ruto said on X."));
    assertEquals(List.of("United States"), found(Kind.SETTING, "weapons smuggled from the United States"));
    assertEquals(List.of(), found(Kind.SETTING, "Ruto said on Thursday that attention was on the global summit."),
        "a weekday after \"said on\" is a date, and \"on\" a summit is what it was about, not where");
    assertEquals(List.of(), found(Kind.PLACE, "the breakdowns occurred even in areas controlled by armed gangs"),
        "a setting is not a named place, which a lead may give");
  }

  @Test
  void monthNamesInsideOtherWordsAreNotDates() {
    assertEquals(List.of(), found(Kind.DATE, "Prime Minister Mark Carney made a Decision in Marseille."));
  }

  @Test
  void countsKeepTheirQualifier() {
    assertEquals(List.of("400"), found(Kind.COUNT, "The first group of 400 Kenyan police officers landed."));
    assertEquals(List.of("up to 1,000"), found(Kind.COUNT, "Personnel, who will number up to 1,000 police officers, are ready."));
    assertEquals(List.of("2,500"), found(Kind.COUNT, "The initial deployment of 2,500 personnel is the first step."));
    assertEquals(List.of("hundreds of thousands"), found(Kind.COUNT, "The violence has displaced hundreds of thousands of people."));
  }

  @Test
  void aYearIsADateAndNotAlsoACount() {
    String text = "It was deeply unpopular by the time it ended in 2017, after July 2021.";

    assertEquals(List.of("2017", "July 2021"), found(Kind.DATE, text));
    assertEquals(List.of(), found(Kind.COUNT, text));
  }

  @Test
  void moneyOrAShareIsNotAlsoACount() {
    String text = "Canada pledged $80.5 million and later over $123 million; gangs hold over 80% of the city.";

    assertEquals(2, found(Kind.MONEY, text).size());
    assertEquals(1, found(Kind.SHARE, text).size());
    assertEquals(List.of(), found(Kind.COUNT, text));
  }

  @Test
  void aPersonIsTwoOrMoreCapitalisedNames() {
    assertEquals(List.of("Garry Conille"),
        found(Kind.PERSON, "A Transitional Presidential Council was installed, and a new prime minister, Garry Conille, has been appointed."));
    assertEquals(List.of("Jimmy \"Barbecue\" Ch\u00e9rizier"),
        found(Kind.PERSON, "Leaders like Jimmy \"Barbecue\" Ch\u00e9rizier have warned they will fight."));
  }

  @Test
  void organisationsAndCountriesAreNotPeople() {
    assertEquals(List.of(), found(Kind.PERSON,
        "It was authorized by the United Nations Security Council and helped the Haitian National Police."));
  }

  @Test
  void aPersonNamedAfterATitleIsFound() {
    assertEquals(List.of("Justin Trudeau"),
        found(Kind.PERSON, "Ruto also held a phone call with Canadian Prime Minister Justin Trudeau."));
    assertEquals(List.of("William Ruto"), found(Kind.PERSON, "It was backed by President William Ruto on Monday."));
  }

  @Test
  void countriesAreFoundOneByOne() {
    assertEquals(List.of("Benin", "Chad", "Bangladesh"),
        found(Kind.COUNTRY, "It will include officers from Benin, Chad, Bangladesh, and several Caribbean nations."));
    assertEquals(List.of("United States", "Canada"),
        found(Kind.COUNTRY, "It is supported by partners, including the United States and Canada."));
    assertEquals(List.of("Canada", "Kenya"), found(Kind.COUNTRY, "Canada praised Kenya's leadership."));
  }

  @Test
  void adjectivesOfNationalityAreNotCountries() {
    assertEquals(List.of(), found(Kind.COUNTRY, "The Canadian delegation met Kenyan officers."));
  }

  @Test
  void reasonsAndReportedSpeechAreCues() {
    String text = "It ended in 2017 due to evidence of abuse, a statement said.";

    assertEquals(List.of("due to"), found(Kind.REASON, text));
    assertEquals(List.of("statement", "said"), found(Kind.SPEECH, text));
  }

  @Test
  void mentionsAreOrderedByStart() {
    List<Mention> mentions = MentionFinder.find("On Tuesday, 400 officers from Kenya landed; Canada pledged $80.5 million.");

    for (int i = 1; i < mentions.size(); i++) {
      assertTrue(mentions.get(i - 1).start() <= mentions.get(i).start(), mentions.toString());
    }
    assertEquals(EnumSet.of(Kind.DATE, Kind.COUNT, Kind.COUNTRY, Kind.PLACE, Kind.MONEY),
        EnumSet.copyOf(mentions.stream().map(Mention::kind).toList()));
  }

  @Test
  void aBodyOrAThingIsNamedByCapitalisedWordsOrAnAcronymButNoPersonCountryPlaceOrTitleIs() {
    assertEquals(List.of("UN Security Council"), found(Kind.NAME, "The UN Security Council unanimously passed a resolution."));
    assertEquals(List.of("Organization of American States", "CARICOM"),
        found(Kind.NAME, "The Organization of American States met CARICOM leaders."));
    assertEquals(List.of("Human Rights Watch"), found(Kind.NAME, "Human Rights Watch said the force was slow."));
    assertEquals(List.of(), found(Kind.NAME, "Prime Minister Justin Trudeau spoke in New York on Monday."));
    assertEquals(List.of(), found(Kind.NAME, "In April, the Kenyan President said so."));
    assertEquals(List.of(), found(Kind.NAME, "Human rights groups have also expressed concern over the United States."));
    assertEquals(List.of(), found(Kind.NAME, "Critical infrastructure, including the main seaport and airport, was shut."));
  }

  @Test
  void quantitiesNeverOverlapInAnyPassageOfTheArticles() throws IOException {
    Set<Kind> quantities = EnumSet.of(Kind.MONEY, Kind.SHARE, Kind.COUNT, Kind.DATE);
    for (Article article : Checkout.corpus().articles()) {
      for (Passage passage : Passages.of(article)) {
        List<Mention> found = MentionFinder.find(passage.text()).stream()
            .filter(m -> quantities.contains(m.kind())).toList();
        for (int i = 1; i < found.size(); i++) {
          assertTrue(found.get(i - 1).end() <= found.get(i).start(), passage.text() + " " + found);
        }
        found.forEach(m -> assertFalse(m.in(passage.text()).isBlank()));
      }
    }
  }

  @Test
  void aVerbThatReportsWordsIsASpeechVerbInAnyFormAQuestionGivesIt() {
    for (String verb : List.of("said", "says", "called", "described", "warned", "claimed", "tweeted")) {
      assertTrue(MentionFinder.isSpeechVerb(verb), verb);
    }
    for (String verb : List.of("chairs", "replaced", "became", "killed", "callous")) {
      assertFalse(MentionFinder.isSpeechVerb(verb), verb);
    }
  }
}
