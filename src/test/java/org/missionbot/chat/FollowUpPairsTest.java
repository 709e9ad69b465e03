package org.missionbot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Follow-ups read against the previous question: a new entity replaces the one of its kind (country
 * for country, person for person), a new question word changes what is asked and keeps the subject, a
 * time phrase changes the time, and a message that is no follow-up is left as it is. Written before
 * the code that reads them.
 */
class FollowUpPairsTest {

  record Pair(String previous, String followUp, String readAs) {}

  static List<Pair> pairs() {
    return List.of(
        // a country replaces the country
        new Pair("How much has Canada pledged to the MSS mission?", "and Kenya?",
            "How much has Kenya pledged to the MSS mission?"),
        new Pair("How much has Canada pledged?", "what about the US?", "How much has the US pledged?"),
        new Pair("How many officers is Kenya sending?", "and Jamaica?", "How many officers is Jamaica sending?"),
        new Pair("Did Canada send troops to Haiti?", "and the United States?",
            "Did the United States send troops to Haiti?"),
        new Pair("How much has Canada pledged?", "how about kenya?", "How much has kenya pledged?"),
        new Pair("What did the Kenyan president say?", "and the Haitian one?", "What did the Haitian president say?"),
        new Pair("How much has Canada pledged?", "and for Kenya?", "How much has Kenya pledged?"),
        new Pair("How much has Canada pledged?", "same question for the US", "How much has the US pledged?"),
        new Pair("What is Canada's role?", "what about Kenya's?", "What is Kenya's role?"),
        // a name after a preposition replaces the name after the same one: the same role ("in" a place)
        new Pair("What did Blinken do in Ottawa?", "and in Montreal?", "What did Blinken do in Montreal?"),
        new Pair("How much has Canada pledged for Haiti?", "and for Jamaica?", "How much has Canada pledged for Jamaica?"),
        new Pair("What did Joly say about Haiti?", "and about Ukraine?", "What did Joly say about Ukraine?"),
        new Pair("Kisa Blinken te fè nan Otawa?", "e nan Monreyal?", "Kisa Blinken te fè nan Monreyal?"),
        // a person replaces the person
        new Pair("Who is Jimmy Cherizier?", "what about Monique Clesca", "Who is Monique Clesca?"),
        new Pair("What did William Ruto say about the vehicles?", "and Mélanie Joly?",
            "What did Mélanie Joly say about the vehicles?"),
        new Pair("When did Antony Blinken visit Ottawa?", "and Justin Trudeau?", "When did Justin Trudeau visit Ottawa?"),
        // a question word changes what is asked and keeps the subject
        new Pair("How much has Canada pledged?", "and when?", "When has Canada pledged?"),
        new Pair("How much has Canada pledged?", "and how many troops?", "How many troops has Canada pledged?"),
        new Pair("How many Kenyan police officers arrived first?", "and when?",
            "When Kenyan police officers arrived first?"),
        new Pair("When did the first Kenyan officers land?", "where?", "Where did the first Kenyan officers land?"),
        new Pair("Did Kenya delay the deployment?", "and why?", "Why did Kenya delay the deployment?"),
        new Pair("Who leads the mission?", "and who pays for it?", "Who pays for the mission?"),
        new Pair("When did Kenya volunteer to lead the force?", "why?", "Why did Kenya volunteer to lead the force?"),
        new Pair("What is Canada's role?", "and how much?", "How much is Canada's role?"),
        // a question word with a time phrase: both change
        new Pair("How much has Canada pledged?", "and how much in June 2024?", "How much has Canada pledged in June 2024?"),
        // a pronoun stands for the previous question's person, thing or group
        new Pair("Who is Monique Clesca?", "what does she say about the gangs?", "What does Monique Clesca say about the gangs?"),
        new Pair("Who is Jimmy Cherizier?", "and what is his gang called?", "What is Jimmy Cherizier's gang called?"),
        new Pair("When did Blinken visit Ottawa?", "who did he meet?", "Who did Blinken meet?"),
        new Pair("Who leads the MSS mission?", "and who funds it?", "Who funds the MSS mission?"),
        new Pair("What is the MSS?", "when was it authorized?", "When was the MSS authorized?"),
        new Pair("What is Canada's role?", "and how much has it pledged?", "How much has Canada pledged?"),
        new Pair("How many Kenyan police officers arrived first?", "and where did they land?",
            "Where did the Kenyan police officers land?"),
        new Pair("How many officers did Kenya send?", "what did they do first?", "What did the officers do first?"),
        new Pair("How much has Canada pledged?", "Is it true that Kenya leads the mission?",
            "Is it true that Kenya leads the mission?"),
        new Pair("Who is Jimmy Cherizier?", "Does the mission have enough money for its work?",
            "Does the mission have enough money for its work?"),
        new Pair("How much has Canada pledged?", "What is the MSS and who leads it?", "What is the MSS and who leads it?"),
        new Pair("Who is Jimmy Cherizier?", "Did Ruto say he would send police?", "Did Ruto say he would send police?"),
        new Pair("Who is Monique Clesca?", "garry conille whats his role", "garry conille whats his role"),
        // a time phrase changes the time
        new Pair("How much has Canada pledged?", "and in 2022?", "How much has Canada pledged in 2022?"),
        new Pair("How much had Canada pledged in March 2024?", "and in June 2024?",
            "How much had Canada pledged in June 2024?"),
        new Pair("Who was Haiti's prime minister in 2022?", "and now?", "Who was Haiti's prime minister now?"),
        new Pair("How many officers were planned in March 2024?", "what about later?",
            "How many officers were planned later?"),
        new Pair("What did Canada pledge in June 2024?", "and before that?", "What did Canada pledge before that?"),
        new Pair("How much has Canada pledged?", "and in September 2025?", "How much has Canada pledged in September 2025?"),
        // anything else is added to the question
        new Pair("how much was pledged?", "and for equipment", "how much was pledged for equipment?"),
        new Pair("Which countries are sending officers?", "and the police?", "Which countries are sending officers the police?"),
        // not follow-ups: left alone
        new Pair("How much has Canada pledged?", "Who is Jimmy Cherizier?", "Who is Jimmy Cherizier?"),
        new Pair("What is the population of Haiti?", "What was MINUSTAH?", "What was MINUSTAH?"),
        new Pair("How much has Canada pledged?", "how many troops?", "how many troops?"),
        new Pair("How much has Canada pledged?", "and then the Kenyans arrived in Haiti and the gangs fought back hard?",
            "and then the Kenyans arrived in Haiti and the gangs fought back hard?"),
        // a previous question without closing punctuation, or none at all
        new Pair("how much has Canada pledged", "and Kenya", "how much has Kenya pledged?"),
        new Pair("", "and when?", "When?"),
        new Pair("?", "and Kenya?", "Kenya?"),
        // French and Haitian Creole
        new Pair("Combien le Canada a-t-il promis ?", "et le Kenya ?", "Combien le Kenya a-t-il promis ?"),
        new Pair("Combien le Canada a-t-il promis ?", "et quand ?", "Quand le Canada a-t-il promis ?"),
        new Pair("Konbyen lajan Kanada pwomèt?", "e Kenya?", "Konbyen lajan Kenya pwomèt?"),
        new Pair("Konbyen polisye Kenyan ki rive Ayiti?", "epi kilè?", "Kilè polisye Kenyan ki rive Ayiti?"),
        new Pair("Combien le Canada a-t-il promis en mars 2024 ?", "et en juin 2024 ?",
            "Combien le Canada a-t-il promis en juin 2024 ?"));
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void aFollowUpIsReadAgainstThePreviousQuestion(Pair pair) {
    assertEquals(pair.readAs(), FollowUps.complete(pair.previous(), pair.followUp()),
        pair.previous() + " + " + pair.followUp());
  }
}
