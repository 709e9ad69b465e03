package org.missionbot.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class InitialsTest {

  @Test
  void aNameOfCapitalisedWordsIsWrittenByItsInitials() {
    assertEquals("HNP", Initials.of("Haitian National Police"));
    assertEquals("AP", Initials.of("Associated Press"));
    assertEquals("OAS", Initials.of("Organization of American States"), "'of' is left out");
  }

  @Test
  void anAcronymInsideANameStaysWhole() {
    assertEquals("UNGA", Initials.of("UN General Assembly"));
  }

  @Test
  void oneWordWordsInLowerCaseAndCommonWordsAreNoInitials() {
    assertNull(Initials.of("CARICOM"), "one word");
    assertNull(Initials.of("the mission in Haiti"), "not a name");
    assertNull(Initials.of("Information Technology"), "'IT' reads as a word");
  }

  @Test
  void theNamesOfBodiesInATextGiveTheirInitialsOnceAndPeopleNone() {
    String text = "Canada trained the Haitian National Police, and the Haitian National Police thanked Justin Trudeau.";
    assertEquals(List.of("HNP"), Initials.inText(text));
  }
}
