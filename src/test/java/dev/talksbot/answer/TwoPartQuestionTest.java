package dev.talksbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TwoPartQuestionTest {
  @Test
  void aSecondQuestionAfterAndIsSplitOffAndLeansOnTheFirst() {
    List<String> parts =
        TwoPartQuestion.split("Who signed the grain accord and when did they meet again?");
    assertEquals(2, parts.size(), parts.toString());
    assertEquals("Who signed the grain accord?", parts.get(0));
    assertTrue(parts.get(1).startsWith("When did they meet again"), parts.get(1));
    assertTrue(parts.get(1).contains("grain accord"), "context from the first part: " + parts);
  }

  @Test
  void aSecondQuestionMayOpenWithAPreposition() {
    List<String> parts =
        TwoPartQuestion.split("Who opened the canal museum, and on what day did it open?");
    assertEquals("Who opened the canal museum?", parts.get(0));
    assertTrue(parts.get(1).startsWith("On what day did it open"), parts.get(1));
    assertTrue(parts.get(1).contains("canal museum"), parts.get(1));
  }

  @Test
  void twoQuestionWordsSharingOnePredicateBecomeTwoQuestions() {
    assertEquals(
        List.of("Where was the harbour summit held?", "When was the harbour summit held?"),
        TwoPartQuestion.split("Where and when was the harbour summit held?"));
  }

  @Test
  void aSelfContainedSecondPartKeepsItsOwnWords() {
    List<String> parts =
        TwoPartQuestion.split(
            "Who chairs the fisheries board, and how many vessels did the coastguard seize?");
    assertEquals("How many vessels did the coastguard seize?", parts.get(1));
  }

  @Test
  void aSecondPartEndingOnAPartysPossessiveOwnsWhatTheFirstPartsPartyOwns() {
    assertEquals(
        List.of(
            "Who leads Kyiv's team in the fishing panel?",
            "Who leads Moscow's team in the fishing panel?"),
        TwoPartQuestion.split(
            "Who leads Kyiv's team in the fishing panel, and who leads Moscow's?"));
    // a possessive of no party, or a first part without a party's, leaves the part as it is
    assertEquals(
        "Who chairs Tarn's?",
        TwoPartQuestion.split("Who leads Kyiv's fishing panel, and who chairs Tarn's?").get(1));
  }

  @Test
  void twoPartiesQualifyingOneWordAskTwoThings() {
    assertEquals(
        List.of("Who led the Russian delegations?", "Who led the Ukrainian delegations?"),
        TwoPartQuestion.split("Who led the Russian and Ukrainian delegations?"));
  }

  @Test
  void oneQuestionStaysWhole() {
    for (String q :
        List.of(
            "Who leads the northern delegation?",
            "What did Anna Berg and Tom Lind agree on?",
            "Did the mayor and the council meet?",
            // parties that are the question's subject together, not qualifiers of one word
            "Who mediates between Russia and Ukraine?",
            "What did Olga Oliker say about Kyiv and Moscow wanting to show the US?",
            "Bread and butter: what did the bakers say?")) {
      assertEquals(List.of(q), TwoPartQuestion.split(q), q);
    }
  }
}
