package org.missionbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EventTest {

  @Test
  void aClauseAfterTheQuestionWordDatesItByAnEvent() {
    String question = "who was haiti's prime minister when the kenyans arrived";
    Event event = Event.in(question);
    assertEquals("the kenyans arrived", event.words());
    assertEquals("who was haiti's prime minister", event.outOf(question).strip());
    assertEquals("Blinken came to Ottawa", Event.in("What was Canada doing by the time Blinken came to Ottawa?").words());
    assertEquals("Trudeau spoke with Ruto", Event.in("How much did Canada pledge when Trudeau spoke with Ruto?").words(),
        "the deed's last words ending the clause are the event's: Trudeau spoke elsewhere too, in an article on climate");
    assertEquals("the kenyans arrived", Event.in("how much had canada pledged when the kenyans arrived, and who led haiti?")
        .words(), "the clause ends at its comma");
    assertEquals("Henry stepped", Event.in("what did Canada say when Henry stepped down from power after months of pressure?")
        .words(), "more than three words to the clause's end: the deed alone");
    assertNull(Event.in("when did the kenyans arrive?"), "'when' opening the question asks when");
    assertEquals("the Kenyans arrived", Event.in("By the time the Kenyans arrived, how much had Ottawa committed?").words(),
        "'by the time' opening the question dates it");
    assertEquals("the kenyans arrived", Event.in("who led haiti when the kenyans arrived in june 2024").words(),
        "the date dates the question; the clause is still no words to look for");
    assertNull(Event.in("who was prime minister when the mission will end"), "no verb in the past");
  }

  @Test
  void anEventNamedByItsNounDatesTheQuestionToo() {
    String question = "how much of port-au-prince do gangs hold as of the kenyan arrival?";
    assertEquals("the kenyan arrival", Event.in(question).words());
    assertEquals("how much of port-au-prince do gangs hold", Event.in(question).outOf(question).replace("?", "").strip());
    assertEquals("the Kenyans landed", Event.in("What was the world watching around the time the Kenyans landed?").words());
    assertNull(Event.in("as of now, who leads the mission?"), "'now' names no event");
    assertEquals("the Kenyan landing", Event.in("At the time of the Kenyan landing, how much had Canada pledged?").words(),
        "a gerund names the deed too, where the question opens");
    assertNull(Event.in("as of this morning, who leads the mission?"), "a part of the day is no deed");
  }

  @Test
  void aClauseOnOneSideOfAnEventIsTheQuestionsTimeButDatesNothing() {
    String question = "Before the Kenyans arrived, who had been appointed Haiti's prime minister?";
    Event event = Event.in(question);
    assertEquals("the Kenyans arrived", event.words());
    assertFalse(event.at(), "before an event is not its month: the article that reports it may tell what came before");
    assertEquals(", who had been appointed Haiti's prime minister?", event.outOf(question).strip());
    assertTrue(Event.in("who was haiti's prime minister when the kenyans arrived").at());
    assertEquals("Ariel Henry stepped down", Event.in("What body was set up after Ariel Henry stepped down?").words(),
        "with the verb's particle");
    assertEquals("Henry's resignation", Event.in("what was set up after Henry's resignation?").words());
    assertEquals("the deployment of the Kenyans", Event.in("since the deployment of the Kenyans, who leads haiti?").words(),
        "who did the deed, after its noun");
    assertEquals("the recon announcement", Event.in("who did Ruto phone before the recon announcement").words());
    assertNull(Event.in("Which Asian countries did Blinken travel to after Montreal?"), "a place is no deed");
    assertNull(Event.in("what did canada pledge after several months of talks?"), "nor a word that only ends like one");
    assertNull(Event.in("how many weeks of training did they get before deploying to haiti?"),
        "a gerund with no doer is the question's own person's deed");
    assertNull(Event.in("who did Ruto get on the phone with before making that decision?"),
        "nor one with the deed's noun after it: the sentence that answers tells the deed");
    assertNull(Event.in("what did cherizier do before he became a gang leader"), "'he' is the question's own person");
    assertNull(Event.in("was the mission at full strength once its mandate runs out"), "no verb in the past");
  }

  @Test
  void theDoersOfAnEventNamedByItsNounArePartOfIt() {
    assertEquals("the arrival of the Kenyans", Event.in("at the time of the arrival of the Kenyans, who was prime minister?").words());
    assertEquals("arrival kenyans", Event.in("who is new prime minister haitian at the time of arrival kenyans").words(),
        "French's order, 'au moment de l'arrivée des Kenyans', as the glossary reads it");
    assertEquals("the arrival", Event.in("at the time of the arrival of funds, who led?").words(), "funds are no people");
    String question = "at the time of the arrival of the Kenyans, who was prime minister?";
    assertEquals(", who was prime minister?", Event.in(question).outOf(question).strip());
  }
}
