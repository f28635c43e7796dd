package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import dev.talksbot.index.TextAnalysis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The disagreement rule on made-up coverage: reports that name different people for what a "who"
 * question asks are a disagreement (the majority first, the outlier noted with its citation); a
 * date or an event near a name is not ("names Freedonia Independence Day instead" must never be
 * said).
 */
class DisagreementTest {
  private static final String MAJORITY_1 =
      " date 2025-08-02 By Anna Kovacs, Meridian Post\n\n"
          + "Freedonia's delegation to the harbour talks is headed by Ivan Petrenko, the former"
          + " trade minister.\n\nThe talks are expected to last two days.\n";
  private static final String MAJORITY_2 =
      " date 2025-08-02 By Tom Lind, Baltic Wire\n\n"
          + "Ivan Petrenko, a former trade minister, leads Freedonia's delegation to the harbour"
          + " talks.\n\nObservers expect little progress on the fishing quotas.\n";
  private static final String MAJORITY_3 =
      " date 2025-08-02 By Ruth Adler, Harbor Tribune\n\n"
          + "The Freedonian delegation, headed by Ivan Petrenko, arrived at the harbour talks on"
          + " Monday.\n\nThe port authority closed two piers for the visit.\n";

  /** The answer to "who heads Freedonia's delegation?", which names the majority's Petrenko. */
  private static String whoHeads(TalksBot bot) {
    Answer a = bot.ask("Who heads Freedonia's delegation to the harbour talks?");
    assertThat(a).isInstanceOf(Answer.Answered.class);
    assertThat(a.text()).as(a.text()).contains("Ivan Petrenko");
    return a.text();
  }

  /** A Volga Courier report of this date: one sentence, then a line of colour. */
  private static String volga(String date, String sentence) {
    return " date "
        + date
        + " By Lea Stone, Volga Courier\n\n"
        + sentence
        + "\n\nThe talks open on Monday.\n";
  }

  /** With the majority's three reports and {@code fourth}, "who heads" gets no dissent note. */
  private static void noNote(Path dir, String fourth) throws IOException {
    try (TalksBot bot = bot(dir, fourth)) {
      assertThat(whoHeads(bot)).doesNotContain("instead");
    }
  }

  private static TalksBot bot(Path dir, String fourth) throws IOException {
    Files.writeString(dir.resolve("a.txt"), MAJORITY_1);
    Files.writeString(dir.resolve("b.txt"), MAJORITY_2);
    Files.writeString(dir.resolve("c.txt"), MAJORITY_3);
    Files.writeString(dir.resolve("d.txt"), fourth);
    return TestCorpus.freshBot(dir);
  }

  @Test
  void aLoneReportNamingSomeoneElseIsNotedBehindTheMajority(@TempDir Path dir) throws Exception {
    try (TalksBot bot =
        bot(
            dir,
            " date 2025-08-02 By Lea Stone, Volga Courier\n\n"
                + "Freedonia's delegation to the harbour talks is headed by Marko Zoric, the"
                + " deputy foreign minister.\n\nThe talks open on Monday.\n")) {
      String a = whoHeads(bot);
      assertThat(a.indexOf("Petrenko")).isLessThan(a.indexOf("Zoric"));
      assertThat(a).contains("One outlet, Volga Courier, names Marko Zoric instead.");
    }
  }

  /**
   * The lone report gives two facts ("Lutavia's delegation is led by X, while Freedonia's is headed
   * by Y"), and another outlet reports the first: it still stands alone on who heads Freedonia's.
   */
  @Test
  void aLoneReportStaysLoneWhenAnotherOutletSharesOnlyItsOtherFact(@TempDir Path dir)
      throws Exception {
    Files.writeString(
        dir.resolve("e.txt"),
        " date 2025-08-02 By Mia Holt, Danube Press\n\n"
            + "Lutavia's delegation to the talks is led by Anna Berg, the harbour master.\n\n"
            + "The piers stay closed until Tuesday.\n");
    try (TalksBot bot =
        bot(
            dir,
            " date 2025-08-02 By Lea Stone, Volga Courier\n\n"
                + "Lutavia's delegation is led by Anna Berg, while Freedonia's delegation to"
                + " the harbour talks is headed by Marko Zoric, the deputy foreign minister.\n\n"
                + "The talks open on Monday.\n")) {
      assertThat(whoHeads(bot))
          .contains("One outlet, Volga Courier, names Marko Zoric instead.")
          .doesNotContain("Berg instead");
    }
  }

  /**
   * The lone report is worded like the question and the sentence model ranks it first; three other
   * outlets name someone else in other words. The answer is the version most outlets give, and the
   * lone one is noted (MajorityVersion).
   */
  @Test
  void aLoneReportWordedLikeTheQuestionStillYieldsToTheMajority(@TempDir Path dir)
      throws Exception {
    String question = "Who is leading the Freedonian side at the harbour talks?";
    String lone =
        volga(
            "2025-08-02",
            "The Lutavian delegation is led by Anna Berg, while the Freedonian side at the harbour"
                + " talks is led by Marko Zoric, the deputy foreign minister.");
    try (TalksBot bot = bot(dir, lone)) {
      ExtractiveAnswerer.Explained why = bot.explain(question);
      // the premise: one sentence at a time, the lone report is the most probable
      assertThat(why.candidates().getFirst().text()).contains("Marko Zoric");
      String a = bot.ask(question).text();
      assertThat(a).startsWith("Ivan Petrenko").contains("names Marko Zoric instead.");
      assertThat(a.indexOf("Petrenko")).isLessThan(a.indexOf("Zoric"));
      assertThat(a).doesNotContain("Berg instead");
    }
  }

  /**
   * Two outlets say "headed by" where the question and a lone report say "led": WordNet gives
   * "head" and "lead" a shared sense, so the two say the question's action, and two reports against
   * one are the majority.
   */
  @Test
  void twoReportsInOtherWordsOutweighALoneReportWordedLikeTheQuestion(@TempDir Path dir)
      throws Exception {
    Files.writeString(dir.resolve("a.txt"), MAJORITY_1);
    Files.writeString(dir.resolve("c.txt"), MAJORITY_3);
    Files.writeString(
        dir.resolve("d.txt"),
        volga(
            "2025-08-02",
            "The Lutavian delegation is led by Anna Berg, while the Freedonian side at the harbour"
                + " talks is led by Marko Zoric, the deputy foreign minister."));
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      String question = "Who led the Freedonian side at the harbour talks?";
      assertThat(bot.explain(question).candidates().getFirst().text()).contains("Marko Zoric");
      String a = bot.ask(question).text();
      assertThat(a).as(a).startsWith("Freedonia's delegation").contains("Ivan Petrenko");
      assertThat(a).contains("One outlet, Volga Courier, names Marko Zoric instead.");
    }
  }

  /**
   * The answer's two reports name Petrenko for the panel; one of them, and two others, name Zoric
   * for the delegation. The report that gives the answer is not one more for Zoric: two against two
   * is no majority, and the answer stays.
   */
  @Test
  void aReportThatGivesTheAnswerIsNoVoteForARival(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("a.txt"),
        " date 2025-08-02 By Anna Kovacs, Meridian Post\n\n"
            + "Freedonia's side of the fishing panel will be coordinated by Ivan Petrenko, the"
            + " deputy port director.\n\nMarko Zoric, who again led Freedonia's team, spoke to"
            + " reporters after the session.\n");
    Files.writeString(
        dir.resolve("b.txt"),
        " date 2025-08-02 By Tom Lind, Baltic Wire\n\n"
            + "At the first session of the fishing panel the Lutavian side was headed by Anna Berg"
            + " and the Freedonian side by Ivan Petrenko.\n\nThe piers stay closed.\n");
    Files.writeString(
        dir.resolve("c.txt"),
        " date 2025-08-02 By Ruth Adler, Harbor Tribune\n\n"
            + "Marko Zoric, who has led Freedonia's side in all three rounds, will again head"
            + " the team.\n\nThe port authority closed two piers.\n");
    Files.writeString(
        dir.resolve("d.txt"),
        volga("2025-08-02", "Marko Zoric, head of Freedonia's team, said the panel would meet."));
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      String a = bot.ask("Who is in charge of Freedonia's side of the fishing panel?").text();
      assertThat(a).as(a).contains("Ivan Petrenko").doesNotStartWith("Marko Zoric");
    }
  }

  /**
   * Reports that Zoric heads Ukraine's team name no rival for who coordinates Ukraine's side of the
   * groups: the question qualifies "side" by the party, the answer's sentence names it, theirs do
   * not ({@link MajorityVersion#keepsTheQualifiedWord}).
   */
  /**
   * A sentence that pairs each party with its person names the other party's person too: that one
   * is no rival for who heads the question's party's side.
   */
  @Test
  void aPersonPairedWithAnotherPartyIsNoRivalName() {
    String text =
        "At the July session the Russian side was headed by Ivan Petrenko and the Ukrainian side"
            + " by Marko Zoric.";
    java.util.Map<String, Entities.Name> names = Entities.names(text);
    Entities.Name petrenko =
        names.values().stream()
            .filter(n -> n.full().contains("Petrenko"))
            .findFirst()
            .orElseThrow();
    Entities.Name zoric =
        names.values().stream().filter(n -> n.full().contains("Zoric")).findFirst().orElseThrow();
    String question = "Who leads Ukraine's working group?";
    QuestionShape shape = QuestionShape.of(question, SentenceFeatures.questionTerms(question));
    assertThat(DissentNotes.ofAnotherParty(text, names.values(), petrenko, shape)).isTrue();
    assertThat(DissentNotes.ofAnotherParty(text, names.values(), zoric, shape)).isFalse();
    String any = "Who leads the working groups?";
    QuestionShape noParty = QuestionShape.of(any, SentenceFeatures.questionTerms(any));
    assertThat(DissentNotes.ofAnotherParty(text, names.values(), petrenko, noParty)).isFalse();
  }

  @Test
  void aReportOfWhoHeadsAnotherThingIsNoRivalVersion() {
    String question = "Who is in charge of Ukraine's side of the fishing panels?";
    QuestionShape shape =
        QuestionShape.of(question, java.util.Set.copyOf(TextAnalysis.terms(question)));
    Candidate answer =
        SpokenByTest.candidate(
            "Ukraine's side of the three groups will be coordinated by Ivan Petrenko.", "");
    Candidate team =
        SpokenByTest.candidate(
            "Kyiv has fielded the same team as before, headed by Marko Zoric.", "");
    Candidate side =
        SpokenByTest.candidate("Marko Zoric will lead Ukraine's side of the groups.", "");
    assertThat(MajorityVersion.keepsTheQualifiedWord(team, answer, shape)).isFalse();
    assertThat(MajorityVersion.keepsTheQualifiedWord(side, answer, shape)).isTrue();
    // an answer that does not name the word either holds no rival to it
    Candidate unnamed = SpokenByTest.candidate("Ivan Petrenko will coordinate them.", "");
    assertThat(MajorityVersion.keepsTheQualifiedWord(team, unnamed, shape)).isTrue();
  }

  /**
   * An outlet the answer cites also names the other party's head further on: that is another fact
   * of its own report, not its version of the answer, and no "One outlet, X, names Y instead."
   */
  @Test
  void anOutletTheAnswerCitesIsNeverTheOneSaidToNameSomeoneElse(@TempDir Path dir)
      throws Exception {
    Files.writeString(dir.resolve("a.txt"), MAJORITY_1);
    Files.writeString(dir.resolve("b.txt"), MAJORITY_2);
    Files.writeString(
        dir.resolve("c.txt"),
        MAJORITY_3
            + "\nThe Lutavian delegation to the harbour talks is headed by Anna Berg, the harbour"
            + " master.\n");
    // among the bundled coverage, as the bot would hold it
    try (var bundled = Files.list(TestCorpus.corpusDir())) {
      for (Path f : bundled.filter(Files::isRegularFile).toList())
        Files.copy(f, dir.resolve(f.getFileName()));
    }
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      String a = bot.ask("Who heads Freedonia's team at the harbour talks?").text();
      assertThat(a).as(a).contains("Ivan Petrenko").doesNotContain("Berg instead");
    }
  }

  @Test
  void aDateOrEventNearANameIsNoRivalName(@TempDir Path dir) throws Exception {
    noNote(
        dir,
        volga(
            "2025-08-02",
            "Freedonia's delegation to the harbour talks, headed by its former trade minister, will"
                + " meet again on Freedonia Independence Day, August 24."));
  }

  @Test
  void aQuestionThatAsksForNoPersonHasNoDisagreementNote(@TempDir Path dir) throws Exception {
    try (TalksBot bot =
        bot(
            dir,
            " date 2025-08-02 By Lea Stone, Volga Courier\n\n"
                + "Freedonia's delegation to the harbour talks is headed by Marko Zoric, the"
                + " deputy foreign minister.\n\nThe talks open on Monday.\n")) {
      Answer a = bot.ask("What did the port authority close for the visit?");
      assertThat(a.text()).as(a.text()).doesNotContain("instead");
    }
  }

  /**
   * A later report that the head changed, worded unlike the question ("side", "will this time be
   * headed by"): less probable than the majority's sentences, below the share at which a sentence
   * answers on its own.
   */
  private static String laterReport(String date) {
    return volga(
        date,
        "The Freedonian side at the harbour talks will this time be headed by Deputy Minister"
            + " Marko Zoric, who is expected to present a draft on the fishing quotas.");
  }

  @Test
  void aNewerReportNamingSomeoneElseIsNotedEvenAgainstAMajority(@TempDir Path dir)
      throws Exception {
    try (TalksBot bot = bot(dir, laterReport("2025-09-03"))) {
      String a = whoHeads(bot);
      assertThat(a.indexOf("Petrenko")).isLessThan(a.indexOf("Zoric"));
      assertThat(a)
          .containsPattern(
              "A newer report, Volga Courier, 2025-09-03, names Marko Zoric instead\\. \\[\\d+]");
    }
  }

  @Test
  void anOlderOrUndatedReportIsNoNewerReport(@TempDir Path dir) throws Exception {
    noNote(dir, laterReport("2025-07-01"));
    Path undated = Files.createDirectories(dir.resolve("undated"));
    noNote(undated, laterReport("2025-09-03").replace(" date 2025-09-03", ""));
  }

  @Test
  void aNewerReportOnAnotherSubjectIsNoNewerVersion(@TempDir Path dir) throws Exception {
    noNote(
        dir,
        volga(
            "2025-09-03",
            "Marko Zoric, the deputy foreign minister, said the piers would reopen on Tuesday."));
  }

  /**
   * Sentences that name someone on the subject without saying the question's action ("heads"):
   * probable enough to be weighed (the first as a newer report, the second as a lone outlier of the
   * same day), yet no rival version of who heads the delegation.
   */
  @Test
  void aReportNamingSomeoneForAnotherActionIsNoDisagreement(@TempDir Path dir) throws Exception {
    noNote(
        dir,
        volga(
            "2025-09-03",
            "Freedonia's president, Marko Zoric, phoned the delegation at the harbour talks on"
                + " Tuesday to urge a quick deal."));
    noNote(
        Files.createDirectories(dir.resolve("same-day")),
        volga(
            "2025-08-02",
            "Marko Zoric, Freedonia's foreign minister, welcomed the delegation to the harbour"
                + " talks and praised its head."));
  }

  /** The content verbs' lemmas, as the question's shape reads them. */
  private static java.util.Set<String> verbLemmas(String text) {
    return QuestionShape.of(text, SentenceFeatures.questionTerms(text)).verbs;
  }

  @Test
  void theQuestionsActionIsReadByLemma() {
    assertThat(verbLemmas("Who will lead the Russian delegation?")).contains("lead");
    assertThat(verbLemmas("Who heads Freedonia's delegation?")).contains("head");
    assertThat(verbLemmas("The side will this time be led by Marko Zoric.")).contains("lead");
    assertThat(verbLemmas("Who is the head of the delegation?")).isEmpty();
    // a relative clause's verb says more of a noun; it is not the action asked about
    assertThat(verbLemmas("Who heads the agency that tracked the prisoners?"))
        .contains("head")
        .doesNotContain("track");
    assertThat(verbLemmas("Who is in charge of the office which inspected the piers?")).isEmpty();
    assertThat(verbLemmas("Who said that Tarn would attend?")).contains("say", "attend");
  }

  /** "Who is Jane Doe?" names its person: the slot is not a person (no rival can be named). */
  @Test
  void aQuestionThatNamesItsPersonAsksForNoPerson() {
    assertThat(QuestionShape.asksIdentity("Who is Ivan Petrenko?")).isTrue();
    assertThat(QuestionShape.asksIdentity("Who was Ivan Petrenko")).isTrue();
    assertThat(QuestionShape.asksIdentity("Who is the head of the delegation?")).isFalse();
    // typed in lower case, a name is still a name; a common noun phrase is still not
    assertThat(QuestionShape.asksIdentity("who is ivan petrenko")).isTrue();
    assertThat(QuestionShape.asksIdentity("who is the head of the delegation")).isFalse();
    // a capitalised word after "who is" is a name even where the tagger reads a common noun
    assertThat(QuestionShape.asksIdentity("Who is Whitcombe?")).isTrue();
    assertThat(QuestionShape.asksIdentity("Who is in charge?")).isFalse();
    assertThat(QuestionShape.asksIdentity("who is whitcombe")).isTrue();
    assertThat(QuestionShape.asksIdentity("who's whitcombe")).isTrue();
    assertThat(QuestionShape.asksIdentity("whos whitcombe")).isTrue();
    assertThat(QuestionShape.asksIdentity("who's in charge")).isFalse();
    assertThat(QuestionShape.asksIdentity("who is leading")).isFalse();
    assertThat(QuestionShape.asksIdentity("Who leads Freedonia's delegation?")).isFalse();
    assertThat(QuestionShape.asksIdentity("Who is Freedonia's chief negotiator?")).isFalse();
  }

  /** A newer report of another event (other figures) does not contradict who did the first. */
  @Test
  void aNewerReportOfAnotherEventIsNoNewerVersion(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("a.txt"),
        " date 2025-08-02 By Anna Kovacs, Meridian Post\n\nThe exchange of 250 sailors on Friday"
            + " was overseen by Ivan Petrenko, the harbour master.\n\nThe talks last two days.\n");
    Files.writeString(
        dir.resolve("b.txt"),
        " date 2025-08-02 By Tom Lind, Baltic Wire\n\nIvan Petrenko oversaw the exchange of 250"
            + " sailors on Friday.\n\nObservers expect little progress on the fishing quotas.\n");
    Files.writeString(
        dir.resolve("c.txt"),
        " date 2025-08-02 By Ruth Adler, Harbor Tribune\n\nThe Friday exchange of 250 sailors,"
            + " overseen by Ivan Petrenko, went smoothly.\n\nThe port authority closed two"
            + " piers.\n");
    Files.writeString(
        dir.resolve("d.txt"),
        " date 2025-08-05 By Lea Stone, Volga Courier\n\nMarko Zoric oversaw the exchange of 146"
            + " sailors on Sunday.\n\nThe talks open on Monday.\n");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      Answer a = bot.ask("Who oversaw the exchange of sailors?");
      assertThat(a.text()).as(a.text()).contains("Ivan Petrenko").doesNotContain("instead");
    }
  }

  /** Two reports that France's special envoy is Ivan Petrenko, and a newer third of this text. */
  private static String envoy(Path dir, String newer) throws IOException {
    Files.writeString(
        dir.resolve("a.txt"),
        " date 2025-08-02 By Anna Kovacs, Meridian Post\n\nFrance's special envoy to the harbour"
            + " talks, Ivan Petrenko, met both delegations on Monday.\n\nThe talks last two"
            + " days.\n");
    Files.writeString(
        dir.resolve("b.txt"),
        " date 2025-08-02 By Tom Lind, Baltic Wire\n\nIvan Petrenko, France's special envoy to"
            + " the harbour talks, said the fishing quotas came first.\n\nObservers expect"
            + " little progress.\n");
    Files.writeString(dir.resolve("c.txt"), volga("2025-09-03", newer));
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      Answer a = bot.ask("Who is France's special envoy to the harbour talks?");
      assertThat(a.text()).as(a.text()).contains("Ivan Petrenko");
      return a.text();
    }
  }

  /**
   * A newer report of someone with the title asked about, where the text around it speaks of
   * another country ("In Berlin, …"), is about that country's envoy: no rival for France's. The
   * same report naming France is quoted.
   */
  @Test
  void aNewerReportOfAnotherCountrysEnvoyIsNoRival(@TempDir Path dir) throws Exception {
    String berlin =
        envoy(
            dir,
            "In Berlin, officials said the fishing quotas would stay in force. Special envoy Daniel"
                + " Moreau said he would travel to the harbour talks as an observer.");
    assertThat(berlin).doesNotContain("Moreau").doesNotContain("instead");
    String paris =
        envoy(
            Files.createDirectories(dir.resolve("named")),
            "In Paris, officials said the fishing quotas would stay in force. Special envoy Daniel"
                + " Moreau said he would travel to the harbour talks for France.");
    assertThat(paris).contains("Daniel Moreau");
  }

  /**
   * Three reports say who heads "the team" and name only Germany's delegation; one report says who
   * heads France's. For "Who heads France's team?" the three are no majority against the one: they
   * give no version of France's team at all.
   */
  @Test
  void reportsNamingOnlyAnotherPartyAreNoMajorityAgainstTheAskedPartys(@TempDir Path dir)
      throws Exception {
    String german =
        " who has led the German delegation in all three rounds, will again head the team at the"
            + " harbour talks.";
    Files.writeString(
        dir.resolve("a.txt"),
        volga("2025-08-02", "Hans Weber, the former trade minister," + german));
    Files.writeString(
        dir.resolve("b.txt"),
        " date 2025-08-02 By Tom Lind, Baltic Wire\n\nHans Weber, a veteran negotiator,"
            + german
            + "\n\nObservers expect little progress on the fishing quotas.\n");
    Files.writeString(
        dir.resolve("c.txt"),
        " date 2025-08-02 By Ruth Adler, Harbor Tribune\n\nHans Weber, Berlin's envoy,"
            + german
            + "\n\nThe port authority closed two piers for the visit.\n");
    Files.writeString(
        dir.resolve("d.txt"),
        " date 2025-08-02 By Anna Kovacs, Meridian Post\n\nThe French delegation to the harbour"
            + " talks is headed by Claire Dubois, a deputy foreign minister.\n\nThe talks are"
            + " expected to last two days.\n");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      String a = bot.ask("Who heads France's team at the harbour talks?").text();
      assertThat(a).as(a).startsWith("The French delegation").doesNotContain("Hans Weber");
    }
  }

  /** Three reports of who heads Ukraine's delegation to the harbour talks (dated 2 August). */
  private static void ukraineMajority(Path dir) throws IOException {
    String heads = " heads Ukraine's delegation to the harbour talks.";
    Files.writeString(
        dir.resolve("a.txt"), volga("2025-08-02", "Petro Lysenko, a former minister," + heads));
    Files.writeString(
        dir.resolve("b.txt"),
        " date 2025-08-02 By Tom Lind, Baltic Wire\n\nPetro Lysenko, a veteran negotiator,"
            + heads
            + "\n\nObservers expect little progress on the fishing quotas.\n");
    Files.writeString(
        dir.resolve("c.txt"),
        " date 2025-08-02 By Ruth Adler, Harbor Tribune\n\nPetro Lysenko, Kyiv's envoy,"
            + heads
            + "\n\nThe port authority closed two piers for the visit.\n");
  }

  /**
   * A newer report that pairs each party with its own person at another body's session, without
   * naming the delegation, gives no version of who heads Ukraine's delegation (the invented "names
   * X instead" of news dev s30); a newer report of the Ukrainian side alone does.
   */
  @Test
  void aNewerReportPairingBothSidesAtAnotherBodyIsNoNewerVersion(@TempDir Path dir)
      throws Exception {
    ukraineMajority(dir);
    Files.writeString(
        dir.resolve("d.txt"),
        volga(
            "2025-09-03",
            "Turkish diplomats also arranged the session of the fishing working groups at the"
                + " harbour talks, at which the Russian side was headed by Oleg Sokolov and the"
                + " Ukrainian side by Iryna Koval."));
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      String a = bot.ask("Who heads Ukraine's delegation to the harbour talks?").text();
      assertThat(a).as(a).contains("Petro Lysenko").doesNotContain("instead");
    }
    Path one = Files.createDirectories(dir.resolve("one"));
    ukraineMajority(one);
    Files.writeString(
        one.resolve("d.txt"),
        volga(
            "2025-09-03",
            "The Ukrainian side at the harbour talks will this time be headed by Deputy Minister"
                + " Iryna Koval, who is expected to present a draft on the fishing quotas."));
    try (TalksBot bot = TestCorpus.freshBot(one)) {
      String a = bot.ask("Who heads Ukraine's delegation to the harbour talks?").text();
      assertThat(a).as(a).contains("Petro Lysenko").contains("names Iryna Koval instead");
    }
  }

  /**
   * The answer's report names the body the question asks about in the sentence before ("The fishing
   * panel met for the first time on Monday. Freedonia's team was led by X."); three reports that Y
   * heads Freedonia's team never name that panel. They are about another team: no majority and no
   * dissent note.
   */
  @Test
  void reportsThatNeverNameTheQuestionsBodyGiveNoRivalVersion(@TempDir Path dir) throws Exception {
    String[] outlets = {"Meridian Post", "Baltic Wire", "Harbor Tribune"};
    for (int i = 0; i < outlets.length; i++)
      Files.writeString(
          dir.resolve("m" + i + ".txt"),
          " date 2025-08-02 By Tom Lind, "
              + outlets[i]
              + "\n\nFreedonia's team in the harbour talks is led by Ivan Petrenko, the former trade"
              + " minister.\n\nThe port authority closed two piers for the visit.\n");
    Files.writeString(
        dir.resolve("d.txt"),
        volga(
            "2025-09-03",
            "The fishing panel of the harbour talks met for the first time on Monday in the old"
                + " customs house. Freedonia's team was led by Marko Zoric, a retired admiral."));
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      String a = bot.ask("Who leads Freedonia's team in the fishing panel talks?").text();
      assertThat(a).as(a).startsWith("Freedonia's team was led by Marko Zoric");
      assertThat(a).as(a).doesNotContain("instead").doesNotContain("Petrenko");
    }
  }
}
