package dev.talksbot.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.talksbot.retrieval.ScoredPassage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The translation check on its own: which lines pass against the cited passages, and why not. */
class TranslationCheckTest {
  static final TranslationCheck CHECK = new TranslationCheck(0.6);
  static final List<ScoredPassage> REUTERS = Fixtures.passages(Fixtures.REUTERS);
  static final List<String> MEDINSKY = List.of("Vladimir Medinsky led Russia's delegation.");
  static final List<String> TALKS = List.of("The talks in Istanbul lasted less than two hours.");

  static String verdict(String translation, List<String> english) {
    return switch (CHECK.check(translation, english, REUTERS)) {
      case TranslationCheck.Kept k -> "kept";
      case TranslationCheck.Dropped d -> d.reason();
    };
  }

  @Test
  void namesInAnyCaseAndSpellingAreFoundInTheCitedPassages() {
    assertThat(verdict("Российскую делегацию возглавлял Владимир Мединский.", MEDINSKY))
        .isEqualTo("kept");
    // genitive surname, an initial, a city with a case ending and another transliteration
    assertThat(verdict("Делегацию России возглавлял В. Мединский.", MEDINSKY)).isEqualTo("kept");
    assertThat(verdict("Делегация Мединского прибыла в Кремль.", MEDINSKY)).isEqualTo("kept");
    assertThat(verdict("Переговоры в Стамбуле длились меньше двух часов.", TALKS))
        .isEqualTo("kept");
  }

  @Test
  void aNameThePassagesLackIsNamedInTheReason() {
    assertThat(verdict("Российскую делегацию возглавлял Сергей Лавров.", MEDINSKY))
        .isEqualTo("name Сергей not in the cited passages");
    // a Latin name the passages lack
    assertThat(verdict("Российскую делегацию возглавлял Lavrov.", MEDINSKY))
        .isEqualTo("name Lavrov not in the cited passages");
    // a name that begins like a keyword stem is not taken for the keyword ("глав-" = leads)
    assertThat(verdict("Делегацию возглавлял Главацкий.", MEDINSKY))
        .isEqualTo("name Главацкий not in the cited passages");
  }

  @Test
  void aNameOpeningTheSentenceCountsAgainstItsSupport() {
    assertThat(verdict("Путин подписал мирный договор.", MEDINSKY)).startsWith("support 0/2");
  }

  @Test
  void numbersInRussianWritingAreReadAndMustBeCited() {
    List<String> exchange = List.of("Both sides agreed to exchange 1,000 prisoners each.");
    assertThat(verdict("Стороны договорились обменять 1 000 пленных.", exchange)).isEqualTo("kept");
    assertThat(verdict("Стороны договорились обменять 1\u00A0000 пленных.", exchange))
        .isEqualTo("kept");
    assertThat(verdict("Стороны договорились обменять 1 500 пленных.", exchange))
        .isEqualTo("number 1500 not cited");
    assertThat(verdict("Стороны 3 июня договорились обменять 1 000 пленных.", exchange))
        .isEqualTo("number 3 not cited");
    assertThat(TranslationCheck.normaliseNumbers("1 000 и 2,5 и 10 000 000"))
        .isEqualTo("1000 и 2.5 и 10000000");
  }

  @Test
  void linksThePassagesLackAreRefusedInAnyForm() {
    for (String link :
        List.of("evil.example", "https://evil.example/a?b=1", "www.evil.org", "новости.рф")) {
      assertThat(verdict("Делегацию возглавлял Владимир Мединский, см. " + link, MEDINSKY))
          .startsWith("link ");
    }
    assertThat(Links.find("Подробности: https://Evil.Example/x. И ещё www.a.org, т.е. 2.5"))
        .containsExactly("evil.example/x", "a.org");
    assertThat(Links.firstMissing("see example.org/reuters-1", "text at example.org/reuters-1"))
        .isNull();
  }

  @Test
  void aLineSayingMoreThanTheCheckedEnglishIsDropped() {
    assertThat(
            verdict(
                "Российскую делегацию возглавлял Владимир Мединский. Переговоры длились два часа.",
                MEDINSKY))
        .isEqualTo("adds sentences: 2 for 1 checked");
    String padded =
        "Российскую делегацию возглавлял Владимир Мединский, который также, как сообщалось ранее"
            + " многими источниками, возглавлял делегацию и на всех предыдущих встречах сторон";
    assertThat(verdict(padded, MEDINSKY)).startsWith("longer than the checked English");
  }

  @Test
  void unsupportedKeywordsFailTheClaimCheck() {
    // "sanctions", "weapons", "territory": none in the passage or the English sentence
    assertThat(verdict("Делегация обсуждала санкции, оружие и территории.", MEDINSKY))
        .startsWith("support 1/4");
  }

  @Test
  void badSettingsAreRefusedWithTheValue() {
    assertThatThrownBy(() -> new TranslationCheck(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1.5");
    assertThatThrownBy(() -> new TranslationCheck.Dropped(" "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void skeletonsIgnoreTheLettersTransliterationsDisagreeOn() {
    assertThat(NameMatch.skeleton("Zelenskyy")).isEqualTo(NameMatch.skeleton("zelenskiy"));
    assertThat(NameMatch.skeleton("Kyiv")).isEqualTo(NameMatch.skeleton("kiyiv"));
    assertThat(dev.talksbot.nlp.EditDistance.between("stambul", "istanbul")).isEqualTo(2);
  }
}
