package dev.talksbot.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.answer.Answer;
import dev.talksbot.answer.Language;
import org.junit.jupiter.api.Test;

class OfflineTranslatorTest {
  @Test
  void russianAndUkrainianQuestionsBecomeEnglishKeywordQueries() {
    assertThat(OfflineTranslator.toEnglish("Кто возглавляет российскую делегацию?"))
        .isEqualTo("Who leads Russian delegation?");
    assertThat(OfflineTranslator.toEnglish("Хто очолює українську делегацію?"))
        .isEqualTo("Who leads Ukrainian delegation?");
    assertThat(OfflineTranslator.toEnglish("Сколько дронов запустила Россия?"))
        .isEqualTo("How many drones fired Russian?");
  }

  @Test
  void unknownWordsAreTransliteratedSoNamesReachTheirLatinSpelling() {
    assertThat(OfflineTranslator.transliterate("шевченко")).isEqualTo("shevchenko");
    assertThat(OfflineTranslator.transliterate("бакановский")).isEqualTo("bakanovsky");
    assertThat(OfflineTranslator.toEnglish("Что сказал Trump?")).isEqualTo("What said Trump?");
  }

  @Test
  void withTheExtractiveAnswererARussianQuestionGetsTheNoteAndAnAnswer() {
    Answer a = TestCorpus.bot().ask("Какое село захватила Россия?", "ru-chat");
    assertThat(a.refused()).isFalse();
    assertThat(a.text()).startsWith(Language.RU.englishOnlyNote()).contains("Varachyne");
    Answer uk = TestCorpus.bot().ask("Хто очолює українську делегацію?", "uk-chat");
    assertThat(uk.text()).startsWith(Language.UK.englishOnlyNote()).contains("Umerov");
  }

  @Test
  void aRussianQuestionTheCoverageDoesNotAnswerIsStillRefused() {
    Answer a = TestCorpus.bot().ask("Кто выиграл чемпионат мира по футболу?", null);
    assertThat(a.refused()).isTrue();
    assertThat(a.text()).startsWith(Language.RU.englishOnlyNote());
  }
}
