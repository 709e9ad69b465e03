package org.missionbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KindReaderTest {

  @Test
  void howMuchAsksForAnAmount() {
    assertEquals(QuestionKind.AMOUNT, KindReader.of("How much has Canada pledged?").get(0));
  }

  @Test
  void howManyAsksForACount() {
    assertEquals(List.of(QuestionKind.COUNT), KindReader.of("How many Kenyan police officers arrived in the first group?"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      canada aid amount | AMOUNT
      what amount did canada give | AMOUNT
      what cash did ottawa put up for the force | AMOUNT
      which funds did canada commit | AMOUNT
      canada cash haiti | AMOUNT
      what is the size of the kenyan contingent | COUNT
      force size | COUNT
      how old is william ruto | COUNT
      at what age did he retire | COUNT
      what is the population of kenya | COUNT
      what's canada's GDP | AMOUNT
      what salary are the officers paid | AMOUNT
      what summit is putting pressure on canadian defence spending | OTHER
      what party does philip davis lead | NAME
      what days did blinken spend in canada | DATE
      in 2025 who is leading canada | PERSON
      who runs the united states | PERSON
      Who leads the UK now? | PERSON
      how has the mission protected the population? | OTHER
      why did food prices rise in haiti | REASON
      which cities did the kenyan police land in | PLACE
      how does the ap piece size up the haitian police next to the gangs | OTHER
      what was the size of ottawa's funding pledge | AMOUNT
      how big was canada's budget for the mission | AMOUNT
      how big was ottawa's cheque for the mission | AMOUNT
      what cheque did ottawa write for the force | AMOUNT
      how big a check did the senators write | COUNT
      how many officers did canada's funding pay for | COUNT
      which upcoming summit was piling pressure on canada's defence budget | OTHER
      what happened to us funding after the aid review | OTHER
      what's washington's beef about the mission costs | OTHER
      what does the mission cost | AMOUNT
      how costly is the mission for canada | AMOUNT
      is funding the reason for the delay | REASON
      what is the cost of the mission | AMOUNT
      what was canada's funding | AMOUNT
      canada funding for the kenyan force | AMOUNT
      is the mission's budget enough | AMOUNT
      did trump freeze us funding for haiti | OTHER
      does canada give money to the mission | OTHER
      what's the date set for the elections | DATE
      on what exact date did henry resign | DATE
      which specific year did the mission start | DATE
      at what point did the kenyan recon team go | DATE
      what date is the day of the vote | DATE
      what's the kenyan police death toll in haiti | COUNT
      what was the toll of the cholera epidemic | COUNT
      death count from cholera in the weeks after haiti announced its return | COUNT
      name the political parties in the montana group | NAME
      name some countries that sent police | COUNTRY
      can you name the haitian elites canada has sanctioned | PERSON
      name some of the countries contributing officers | COUNTRY
      what is the day-to-day role of canada in the mission | OTHER
      what’s the exact date the kenyan police landed | DATE
      what is the name of the gang | NAME
      what did the president say about haiti | SPEECH
      what were rights groups worried about | OTHER
      what did rights groups say | SPEECH
      what was the agency that reported it | NAME
      which armed groups did canada sanction | NAME
      which canadian government department manages the $123 million | NAME
      which kenyan police unit supplies most of the officers | NAME
      what did ruto post about haitians | SPEECH
      where did ruto post his message | PLACE
      what was the headcount of kenyan police | COUNT
      how many officers were meant to go to haiti | COUNT
      what is the mission meant to achieve | REASON
      what company did the officers write about | NAME
      what has Ruto written about haiti | SPEECH
      what is a group that funds it | NAME
      which haitian elites has canada sanctioned | PERSON
      names of the haitian politicians canada sanctioned | PERSON
      what is the name of the kenyan commander of the mission | PERSON
      how big a chunk of the capital had the gangs seized | SHARE
      how large a part of port-au-prince do gangs hold | SHARE
      how big is the kenyan contingent | COUNT
      which canadian pm backed the mission | PERSON
      what is canada's current military budget | AMOUNT
      what did it cost in us dollars | AMOUNT
      what allowance do kenyan officers get per month | AMOUNT
      what's the name of the US ambassador to the UN | PERSON
      the woman from the montana group, what is her name | PERSON
      the bahamas leader ruto phoned, his full name? | PERSON
      what is the US envoy to haiti called | PERSON
      what is the name of the gang alliance led by barbecue | NAME
      what is the name of the minister's party | NAME
      which tool against the elites does canada use | OTHER
      what's in a name | OTHER
      which guy spoke for the state department | PERSON
      which guys did canada sanction | PERSON
      blinken cited a handover of armored vehicles. date of that handover? | DATE
      headcount for the initial deployment | COUNT
      which canadian city did blinken visit after ottawa | PLACE
      what haitian town was worst hit | PLACE
      kenyan police headcount | COUNT
      cholera case count Oct 2022 | COUNT
      count of haitians sanctioned by canada | COUNT
      ransom kidnappings in port-au-prince: any annual tally given? | COUNT
      what was the vote count in the security council | COUNT
      does the recon team count as part of the mission | OTHER
      can kenya count on canada | OTHER
      Henry's start date as PM | DATE
      the day Conille took over, got an exact date for me? | DATE
      how many officers have arrived to date | COUNT
      the crisis dates back years | OTHER
      unga 80 host city | PLACE
      arrival city for the vanguard kenyan officers? | PLACE
      joly's home town | PLACE
      blinken trip length | DURATION
      length of blinken's canada swing, in days | DURATION
      cherizier asset freeze duration | DURATION
      minustah duration years | DURATION
      mss contributing countries besides kenya | COUNTRY
      mss leading nation | COUNTRY
      country of origin for the smuggled weapons | COUNTRY
      quebec city summit | OTHER
      does the city host the summit | OTHER
      tell me the city she calls home | SPEECH
      gangs control 80% of the city? | OTHER
      Joly discussed Haiti at length. | OTHER
      carney speech New York City | OTHER
      the summit took place? | OTHER
      give me the mission budget | AMOUNT
      """)
  void aWordNamingTheKindAsksForIt(String question, QuestionKind kind) {
    assertEquals(List.of(kind), KindReader.of(question));
  }

  @Test
  void howLongAsksForADurationNotACount() {
    assertEquals(List.of(QuestionKind.DURATION), KindReader.of("how long did MINUSTAH last?"));
    assertEquals(List.of(QuestionKind.DURATION), KindReader.of("how many years did MINUSTAH last"));
    assertEquals(List.of(QuestionKind.COUNT), KindReader.of("how many officers stayed for years?"));
  }

  @Test
  void countriesAreAskedWithUpToTwoWordsBeforeTheNounButNotAStateOrTheUnitedNations() {
    assertEquals(List.of(QuestionKind.COUNTRY), KindReader.of("Which Caribbean nations are sending officers?"));
    assertEquals(List.of(QuestionKind.COUNTRY), KindReader.of("what other African countries sent police"));
    assertEquals(List.of(QuestionKind.OTHER), KindReader.of("what is the state of security in Haiti?"));
    assertEquals(List.of(QuestionKind.OTHER), KindReader.of("what is the nation's capital?"));
    assertEquals(List.of(QuestionKind.OTHER), KindReader.of("which haitian national police units did Canada train?"));
    assertEquals(List.of(QuestionKind.NAME), KindReader.of("which united nations agency is involved"));
    assertEquals(List.of(QuestionKind.PERSON), KindReader.of("which United States official visited Ottawa"));
  }

  @Test
  void whoLeadsACountryAsksForAPersonButWhoLeadsAMissionForACountryFirst() {
    assertEquals(List.of(QuestionKind.PERSON), KindReader.of("who is leading canada in 2025?"));
    assertEquals(List.of(QuestionKind.COUNTRY, QuestionKind.PERSON), KindReader.of("who leads the haiti mission?"));
    assertEquals(List.of(QuestionKind.COUNTRY, QuestionKind.PERSON), KindReader.of("who leads haiti's security mission?"));
  }

  @Test
  void aCountryIsNoCount() {
    assertEquals(List.of(QuestionKind.AMOUNT), KindReader.of("how many canada pledged"), "Creole 'konbyen' read word for word");
    assertEquals(List.of(QuestionKind.COUNT), KindReader.of("how many kenyan officers arrived"), "a nationality before a noun is counted");
  }

  @Test
  void whenAsksForADate() {
    assertEquals(List.of(QuestionKind.DATE), KindReader.of("When was President Jovenel Mo\u00efse assassinated?"));
    assertEquals(List.of(QuestionKind.DATE), KindReader.of("In what year did MINUSTAH end?"));
  }

  @Test
  void whoAsksForAPerson() {
    assertEquals(List.of(QuestionKind.PERSON), KindReader.of("Who is Jimmy Cherizier?"));
    assertEquals(QuestionKind.PERSON, KindReader.of("Which Haitian official requested troops?").get(0));
  }

  @Test
  void whyAsksForAReason() {
    assertEquals(List.of(QuestionKind.REASON), KindReader.of("Why isn't Canada sending its own troops?"));
    assertEquals(List.of(QuestionKind.REASON), KindReader.of("What is the purpose of Canada's assessment mission?"));
  }

  @Test
  void whichCountriesAsksForCountries() {
    assertEquals(List.of(QuestionKind.COUNTRY), KindReader.of("Which other countries are sending personnel?"));
    assertEquals(List.of(QuestionKind.COUNTRY), KindReader.of("Which country leads the mission?"));
  }

  @Test
  void whereAsksForAPlaceNotOnlyACountry() {
    assertEquals(List.of(QuestionKind.PLACE), KindReader.of("where will blinken meet trudeau"));
    assertEquals(List.of(QuestionKind.PLACE), KindReader.of("In which city did the Kenyans land?"));
  }

  @Test
  void whichBodyOrTheNameOfAThingAsksForAName() {
    assertEquals(List.of(QuestionKind.NAME), KindReader.of("Which UN agency did she work for?"));
    assertEquals(List.of(QuestionKind.NAME), KindReader.of("what's the name of the main airport"));
    assertEquals(List.of(QuestionKind.NAME), KindReader.of("which human rights groups raised concerns"));
    assertEquals(List.of(QuestionKind.NAME), KindReader.of("what is the gang coalition called?"));
    assertEquals(List.of(QuestionKind.NAME), KindReader.of("which kenyan court blocked the deployment"));
    assertEquals(List.of(QuestionKind.NAME), KindReader.of("what airline flew the officers over"));
    assertEquals(List.of(QuestionKind.NAME), KindReader.of("what brand were the vehicles"));
    assertEquals(List.of(QuestionKind.OTHER), KindReader.of("what did the court rule"), "the court is the subject, not asked");
    assertEquals(List.of(QuestionKind.SHARE), KindReader.of("what part of the city do gangs hold?"));
    assertEquals(List.of(QuestionKind.COUNTRY), KindReader.of("which countries sent police?"));
  }

  @Test
  void whatCapacityItRunsAtAsksForAShareButInWhatCapacityAsksARole() {
    assertEquals(List.of(QuestionKind.SHARE), KindReader.of("what capacity is the mission running at?"));
    assertEquals(List.of(QuestionKind.SHARE), KindReader.of("at what % capacity is the force operating"));
    assertFalse(KindReader.of("in what capacity is canada involved").contains(QuestionKind.SHARE));
  }

  @Test
  void howMuchOfAsksForAShareNotAnAmount() {
    List<QuestionKind> kinds = KindReader.of("How much of Port-au-Prince do the gangs control?");

    assertEquals(QuestionKind.SHARE, kinds.get(0));
    assertFalse(kinds.contains(QuestionKind.AMOUNT));
  }

  @Test
  void kindsAreInTheOrderTheirCuesStand() {
    assertEquals(List.of(QuestionKind.PERSON, QuestionKind.SPEECH),
        KindReader.of("Who said the vehicles broke down?"));
    assertEquals(List.of(QuestionKind.DATE, QuestionKind.AMOUNT), KindReader.of("When did Canada pledge money?"));
  }

  @Test
  void wordsThatOnlyContainACueAreNotCues() {
    assertEquals(List.of(QuestionKind.OTHER), KindReader.of("Whenever whoever showed up, nobody knew"));
  }

  @Test
  void wordsEndingInWhereAreNotWhereQuestions() {
    assertEquals(List.of(QuestionKind.OTHER), KindReader.of("Did the gangs attack elsewhere or somewhere else?"));
  }

  @Test
  void questionWithoutCueIsOther() {
    assertEquals(List.of(QuestionKind.OTHER), KindReader.of("Is there a cholera outbreak in Haiti?"));
    assertEquals(List.of(QuestionKind.OTHER), KindReader.of(""));
  }

  @Test
  void cuesAreReadWhateverTheCase() {
    assertEquals(List.of(QuestionKind.DATE), KindReader.of("WHEN DID KENYA VOLUNTEER"));
  }

  @Test
  void howManyDollarsAsksForAnAmount() {
    assertEquals(QuestionKind.AMOUNT, KindReader.of("How many dollars has Canada pledged?").get(0));
  }

  @Test
  void howManyMoneyReadWordForWordFromCreoleAsksForAnAmount() {
    // "konbyen kòb" is "how much money"; a glossary reading word for word gives "how many money"
    assertEquals(List.of(QuestionKind.AMOUNT), KindReader.of("how many money canada pledged for mission"));
    assertEquals(List.of(QuestionKind.COUNT), KindReader.of("how many fundraisers were held"), "a word that only begins like one");
  }

  @Test
  void aKindOfThingAsksWhatItIsLikeNotItsName() {
    assertEquals(List.of(QuestionKind.OTHER), KindReader.of("what kind of factory will Blinken visit on friday?"));
    assertEquals(List.of(QuestionKind.OTHER), KindReader.of("what type of vehicles did the us donate"));
    assertEquals(List.of(QuestionKind.OTHER), KindReader.of("what sort of countries are sending police"));
    assertEquals(List.of(QuestionKind.NAME), KindReader.of("which factory will Blinken visit on friday?"));
  }

  @Test
  void howMuchTimeAsksHowLong() {
    assertEquals(List.of(QuestionKind.DURATION), KindReader.of("how much time is the freeze for?"));
    assertEquals(List.of(QuestionKind.AMOUNT), KindReader.of("how much money did canada give?"));
  }

  @Test
  void theShareOfSomethingAsksAShare() {
    assertEquals(List.of(QuestionKind.SHARE),
        KindReader.of("how has the share of Port-au-Prince controlled by the gangs changed between 2022 and 2024?"));
    assertEquals(List.of(QuestionKind.OTHER), KindReader.of("will the mission share intelligence with the police?"));
  }
}
