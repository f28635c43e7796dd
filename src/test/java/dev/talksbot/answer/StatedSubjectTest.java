package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.index.TextAnalysis;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The named subject of an inverted question, and the sentences that name none of it. */
class StatedSubjectTest {
  @Test
  void theProperNounsBetweenTheAuxiliaryAndTheVerbAreTheSubject() {
    assertThat(StatedSubject.terms("How did Lena Marsh react to the strike?"))
        .containsExactlyInAnyOrderElementsOf(TextAnalysis.terms("Lena Marsh"));
    assertThat(StatedSubject.terms("Why has Marsh left the port?"))
        .containsExactlyElementsOf(TextAnalysis.terms("Marsh"));
    // no proper noun in the subject, no inversion, no question word
    for (String q :
        List.of(
            "How did the workers react to the strike?",
            "Who met Marsh in Lutavia?",
            "Did Marsh leave the port?")) assertThat(StatedSubject.terms(q)).as(q).isEmpty();
  }

  @Test
  void aSentenceThatNamesNoneOfTheSubjectIsSetBackWhenAnotherNamesIt() {
    Candidate reed =
        SpokenByTest.candidate("Tom Reed called the strike a victory for the dock workers.", "");
    Candidate marsh =
        SpokenByTest.candidate("Marsh said the strike would hurt the port for years.", "");
    Candidate pronoun =
        SpokenByTest.candidate("She called it a disaster.", "Lena Marsh spoke on Monday.");
    var cands = List.of(reed, marsh, pronoun);
    assertThat(StatedSubject.unnamed("How did Marsh react to the strike?", cands))
        .containsExactly(reed.key());
    // none names the subject: the rule says nothing
    assertThat(StatedSubject.unnamed("How did Wendricht react to the strike?", cands)).isEmpty();
    // what a speaker said is StatedSpeaker's reading
    assertThat(StatedSubject.unnamed("What did Marsh say about the strike?", cands)).isEmpty();
    assertThat(Set.copyOf(StatedSubject.unnamed("Why did Marsh leave?", List.of(reed, marsh))))
        .containsExactly(reed.key());
  }
}
