package org.missionbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.Test;

class WrittenDatesTest {

  @Test
  void aBareWeekdayIsTheLastSuchDayUnlessTheSentenceSaysItWillCome() {
    LocalDate thursday = LocalDate.of(2022, 10, 27);
    String past = "Canada said Thursday it was conducting an assessment mission; talks ended Monday.";
    int said = past.indexOf("Thursday");
    assertEquals(thursday, WrittenDates.weekday(past, said, said + 8, thursday), "the article's own day");
    assertEquals(LocalDate.of(2022, 10, 24), WrittenDates.weekday(past, past.indexOf("Monday"), past.indexOf("Monday") + 6, thursday));
    String future = "He will spend Friday in Montreal.";
    assertEquals(LocalDate.of(2022, 10, 28), WrittenDates.weekday(future, 14, 20, thursday));
    String then = "He met Trudeau, and will fly on. He arrived Friday.";
    int friday = then.indexOf("Friday");
    assertEquals(LocalDate.of(2022, 10, 21), WrittenDates.weekday(then, friday, friday + 6, thursday), "another sentence's will");
    assertNull(WrittenDates.weekday(future, 3, 7, thursday), "no weekday");
    assertNull(WrittenDates.weekday(future, 14, 20, null), "an undated article");
  }


  @Test
  void aTimeClauseInThePresentSaysWhatSomethingToComeWaitsOn() {
    assertTrue(WrittenDates.setsCondition("He said Kenya will deploy a reconnaissance mission once a viable administration is established in Haiti."));
    assertTrue(WrittenDates.setsCondition("They will leave as soon as the council has met."));
    assertFalse(WrittenDates.setsCondition("Kenya eventually volunteered in July 2023, after the request was made."),
        "a past clause waits on nothing");
    assertFalse(WrittenDates.setsCondition("The first group of 400 Kenyan police officers landed in Port-au-Prince on Tuesday."));
  }


  @Test
  void aDateMeansUpToItsLastDay() {
    assertEquals(LocalDate.of(2025, 9, 22), WrittenDates.lastDay("Monday, September 22, 2025"));
    assertEquals(LocalDate.of(2025, 9, 22), WrittenDates.lastDay("22 September 2025"));
    assertEquals(LocalDate.of(2023, 7, 31), WrittenDates.lastDay("July 2023"));
    assertEquals(LocalDate.of(2021, 12, 31), WrittenDates.lastDay("2021"));
    assertNull(WrittenDates.lastDay("Tuesday"), "no year: no day it can be placed on");
  }

  @Test
  void aMonthIsReadByItsNameOrItsFirstLetters() {
    assertEquals(Month.SEPTEMBER, WrittenDates.month("sept"));
    assertEquals(Month.JUNE, WrittenDates.month("June"));
    assertEquals(LocalDate.of(2024, 9, 1), WrittenDates.firstDay("late", 2024), "a year's last third");
    assertEquals(LocalDate.of(2024, 11, 30), WrittenDates.lastDay("fall", 2024));
    assertEquals(LocalDate.of(2024, 12, 31), WrittenDates.lastDay(null, 2024), "no month: the whole year");
  }
}
