package dev.talksbot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talksbot.nlp.Pos;
import org.junit.jupiter.api.Test;

class TenseTest {
  private static boolean done(String q) {
    return Tense.asksDone(Pos.shared().tag(q));
  }

  @Test
  void questionsAboutWhatHappened() {
    assertTrue(done("What did the two ministers agree in Vienna?"));
    assertTrue(done("Was the treaty signed?"));
    assertTrue(done("Who led the trade mission?"));
    assertTrue(done("Where were the hostages freed?"));
  }

  @Test
  void questionsInThePresentOrAboutPlans() {
    assertFalse(done("Who leads the trade mission?"));
    assertFalse(done("What does the envoy want?"));
    assertFalse(done("When will the next round take place?"));
    assertFalse(done("Who is expected to lead the mission?"));
    assertFalse(done("What was planned for the summit?"));
  }

  @Test
  void sentencesThatGiveAnEventAsPlanned() {
    assertTrue(Tense.givenAsPlanned("The envoy is due to address a forum in Lyon on Friday."));
    assertTrue(Tense.givenAsPlanned("The mayor was Due in Oslo on Wednesday for talks."));
    assertTrue(Tense.givenAsPlanned("Both leaders were invited to a summit in Malta."));
    assertTrue(Tense.givenAsPlanned("A vote is expected to take place next week."));
  }

  @Test
  void sentencesThatReportWhatHappened() {
    assertFalse(Tense.givenAsPlanned("The ministers agreed to exchange 500 prisoners."));
    assertFalse(Tense.givenAsPlanned("The overdue report was published on Monday."));
    assertFalse(Tense.givenAsPlanned("She said the dispute was settled."));
    assertFalse(Tense.givenAsPlanned("The mission was unplanned."));
  }

  @Test
  void sentencesThatGiveAnEventAsScheduled() {
    assertTrue(Tense.givenAsScheduled("The envoy is due to address a forum in Lyon on Friday."));
    assertTrue(Tense.givenAsScheduled("The mayor was due in Oslo on Wednesday for talks."));
    assertTrue(Tense.givenAsScheduled("The Danish side is expected to present a draft."));
    assertTrue(Tense.givenAsScheduled("A vote is scheduled for March."));
    // a proposal or an invitation is planned, not scheduled: it is itself something done
    assertFalse(Tense.givenAsScheduled("Both leaders were invited to a summit in Malta."));
    assertTrue(Tense.givenAsPlanned("Both leaders were invited to a summit in Malta."));
  }

  @Test
  void dueToACauseIsNoSchedule() {
    assertFalse(
        Tense.givenAsScheduled(
            "The valley was open to settlement due to the construction of military roads."));
    assertFalse(Tense.givenAsScheduled("The service closed due to falling demand."));
    assertTrue(Tense.givenAsScheduled("The minister is due to speak in Graz next week."));
    assertTrue(Tense.givenAsScheduled("The treaty is due to be signed in May."));
    assertFalse(Tense.givenAsScheduled("The ministers agreed to exchange 500 prisoners."));
  }
}
