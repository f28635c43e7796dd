package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.ingest.Article;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** When two sentences of made-up coverage count as reports of the same fact. */
class SameFactTest {
  private static final Set<String> Q_TERMS = Set.of("agre");
  private static final QuestionShape SHAPE = QuestionShape.of("What was agreed?", Q_TERMS);

  /** Every term is rare (IDF 2) except "common" (IDF 1.2: rare only if the weight floor stayed). */
  private final SameFact sameFact =
      new SameFact(new SentenceFeatures(null, t -> t.equals("common") ? 1.2 : 2.0));

  /** A unit vector at cosine {@code cos} with (1, 0). */
  private static float[] at(double cos) {
    return new float[] {(float) cos, (float) Math.sqrt(1 - cos * cos)};
  }

  private static Candidate sentence(
      String article,
      String text,
      float[] vector,
      Set<String> terms,
      Set<String> bigrams,
      Set<String> people) {
    return sentence(article, text, vector, terms, bigrams, people, Map.of());
  }

  private static Candidate sentence(
      String article,
      String text,
      float[] vector,
      Set<String> terms,
      Set<String> bigrams,
      Set<String> people,
      Map<String, Entities.Name> names) {
    Article a = new Article(article, null, null, null, null, null, null, text);
    return TestCandidates.of(a, vector, terms, bigrams, people, names);
  }

  private static Candidate plain(String article, String text, float[] vector, String... terms) {
    return sentence(article, text, vector, Set.of(terms), Set.of(), Set.of());
  }

  @Test
  void closeInMeaningIsTheSameFactUnlessTheyNameDifferentPeople() {
    Candidate a =
        sentence("a", "Petrenko leads.", at(1), Set.of("x"), Set.of(), Set.of("petrenko"));
    Candidate b = sentence("b", "Horvath leads.", at(1), Set.of("y"), Set.of(), Set.of("horvath"));
    Candidate c =
        sentence("c", "Petrenko heads.", at(1), Set.of("z"), Set.of(), Set.of("petrenko"));
    assertThat(SameFact.conflicting(a, b)).isTrue();
    assertThat(sameFact.test(a, b, Q_TERMS, SHAPE)).isFalse();
    assertThat(sameFact.test(a, c, Q_TERMS, SHAPE)).isTrue();
    assertThat(sameFact.test(a, plain("d", "Far off.", at(0.3), "w"), Q_TERMS, SHAPE)).isFalse();
  }

  @Test
  void somewhatAlikeSentencesSharingAFigureAreTheSameFactButAYearIsNoFigure() {
    Candidate a = plain("a", "The truce lasts 60 days from June 2025.", at(1), "truce");
    Candidate b = plain("b", "A pause of 60 days, they said, in 2025.", at(0.7), "pause");
    Candidate yearOnly = plain("c", "A pause was set in 2025.", at(0.7), "set");
    Candidate tooFar = plain("d", "Some 60 boats sailed.", at(0.5), "boat");
    assertThat(sameFact.test(a, b, Q_TERMS, SHAPE)).isTrue();
    assertThat(sameFact.test(a, yearOnly, Q_TERMS, SHAPE)).isFalse();
    assertThat(sameFact.test(a, tooFar, Q_TERMS, SHAPE)).isFalse();
  }

  @Test
  void aSharedPhraseCountsOnlyWhenBothWordsAreRare() {
    Candidate a =
        sentence("a", "x", at(1), Set.of("p"), Set.of("sharp oppos", "common ground"), Set.of());
    Candidate rare = sentence("b", "y", at(0.7), Set.of("q"), Set.of("sharp oppos"), Set.of());
    Candidate common = sentence("c", "z", at(0.7), Set.of("r"), Set.of("common ground"), Set.of());
    assertThat(sameFact.test(a, rare, Q_TERMS, SHAPE)).isTrue();
    assertThat(sameFact.test(a, common, Q_TERMS, SHAPE)).isFalse();
  }

  /**
   * For a "who" question, the sentence that gives someone ("M leads one side, while Z leads the
   * asked one": Z) and a sentence that shares only the other party's head's name ("M will lead its
   * team") are not one fact; a sentence that names Z is.
   */
  @Test
  void forAWhoQuestionOnlyASentenceNamingTheAnswersPersonReportsTheSameFact() {
    Set<String> qTerms = Set.of("led", "freedonian", "side");
    QuestionShape who = QuestionShape.of("Who led the Freedonian side?", qTerms);
    assertThat(who.expect).isEqualTo(QuestionShape.Expect.PERSON);
    Candidate answer =
        sentence(
            "a",
            "M leads, while Z leads.",
            at(1),
            Set.of("p"),
            Set.of("pavel dubrovski"),
            Set.of("zoric"),
            Map.of("zoric", new Entities.Name("Marko Zoric", "zoric", true)));
    Candidate otherHead =
        sentence(
            "b",
            "M will lead its team.",
            at(0.7),
            Set.of("q"),
            Set.of("pavel dubrovski"),
            Set.of());
    Candidate namesZ =
        sentence(
            "c",
            "Z will lead.",
            at(0.7),
            Set.of("r"),
            Set.of("pavel dubrovski"),
            Set.of(),
            Map.of("zoric", new Entities.Name("Zoric", "zoric", true)));
    assertThat(sameFact.test(answer, otherHead, qTerms, who)).isFalse();
    assertThat(sameFact.test(otherHead, answer, qTerms, who)).isFalse();
    assertThat(sameFact.test(answer, namesZ, qTerms, who)).isTrue();
    // the shared rare phrase still makes one fact where the question asks for no person
    assertThat(sameFact.test(answer, otherHead, Q_TERMS, SHAPE)).isTrue();
  }

  @Test
  void sharedTermsOutsideTheQuestionMakeTheSameFact() {
    Candidate a = plain("a", "x", at(1), "agre", "truce", "border");
    Candidate b = plain("b", "y", at(0.2), "agre", "truce", "border", "talk");
    Candidate onlyQuestion = plain("c", "z", at(0.2), "agre", "talk");
    assertThat(sameFact.test(a, b, Q_TERMS, SHAPE)).isTrue();
    assertThat(sameFact.test(a, onlyQuestion, Q_TERMS, SHAPE)).isFalse();
  }

  @Test
  void figuresDropTrailingPunctuationAndYears() {
    assertThat(SameFact.figures("In 2025, 1,200 troops left; 60.5 km, then 3."))
        .containsExactlyInAnyOrder("1,200", "60.5", "3");
  }
}
