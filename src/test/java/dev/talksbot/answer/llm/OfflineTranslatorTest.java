package dev.talksbot.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.answer.Answer;
import dev.talksbot.answer.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

  /** "Next" in both languages, so "the next round" reaches NextInSeries in English. */
  @Test
  void aRequestForAnOverviewBecomesOneInEnglish() {
    assertThat(OfflineTranslator.toEnglish("Расскажи об обмене пленными"))
        .isEqualTo("Tell me about exchange prisoners?");
    assertThat(OfflineTranslator.toEnglish("Розкажіть про робочі групи"))
        .isEqualTo("Tell me about working groups?");
  }

  @Test
  void theNextOfASeriesIsTranslated() {
    assertThat(
            OfflineTranslator.toEnglish("Кто возглавит российскую делегацию на следующем раунде?"))
        .isEqualTo("Who leads Russian delegation next round?");
    assertThat(OfflineTranslator.toEnglish("Коли наступний раунд?")).isEqualTo("When next round?");
  }

  /** Ordinals, events and the words of an exchange, in any case ending. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Когда состоится четвёртый раунд? | When take place fourth round?",
        "Коли відбудеться четвертий раунд? | When take place fourth round?",
        "Скільки дітей повернули? | How many children returned?",
        "Сколько детей вернули? | How many children returned?",
        "Кто был посредником при обмене? | Who mediated exchange?",
        "Кто посредник второго этапа обмена? | Who mediated second stage exchange?",
        "Сколько тел передали? | How many bodies handed over?",
      })
  void ordinalsEventsAndExchangesAreTranslated(String question, String english) {
    assertThat(OfflineTranslator.toEnglish(question)).isEqualTo(english);
  }

  @Test
  void unknownWordsAreTransliteratedSoNamesReachTheirLatinSpelling() {
    assertThat(OfflineTranslator.transliterate("шевченко")).isEqualTo("shevchenko");
    assertThat(OfflineTranslator.transliterate("бакановский")).isEqualTo("bakanovsky");
    assertThat(OfflineTranslator.toEnglish("Что сказал Trump?")).isEqualTo("What said Trump?");
  }

  @Test
  void namesAreTransliteratedInTheNominativeAndCapitalised() {
    // no name table: a surname in any case reaches one Latin spelling by general rules
    assertThat(OfflineTranslator.toEnglish("Что сказал Бакановский?"))
        .isEqualTo("What said Bakanovsky?");
    assertThat(OfflineTranslator.toEnglish("Что сказал Шевченко?"))
        .isEqualTo("What said Shevchenko?");
    assertThat(OfflineTranslator.toEnglish("делегация Бакановского"))
        .isEqualTo("Delegation Bakanovsky?");
    assertThat(OfflineTranslator.toEnglish("Що сказав Бакановський?"))
        .isEqualTo("What said Bakanovsky?");
    assertThat(OfflineTranslator.toEnglish("Что сказал Петрову?")).isEqualTo("What said Petrov?");
    // Ukrainian є after a consonant reads as e, as in Russian spellings of the same name
    assertThat(OfflineTranslator.transliterate("петрєнко")).isEqualTo("petrenko");
    // a woman's surname in -ова is its own nominative and stays
    assertThat(OfflineTranslator.toEnglish("Кто такая Петрова?")).endsWith("Petrova?");
  }

  @Test
  void aPlaceKnownByAnotherNameInEnglishReachesItInAnyCase() {
    assertThat(OfflineTranslator.toEnglish("Что решили в Стамбуле?")).endsWith("Istanbul?");
    assertThat(OfflineTranslator.toEnglish("Що вирішили у Стамбулі?")).endsWith("Istanbul?");
    assertThat(OfflineTranslator.toEnglish("Переговоры в Женеве")).isEqualTo("Talks Geneva?");
    assertThat(OfflineTranslator.toEnglish("Кто прилетел из Вашингтона?")).endsWith("Washington?");
  }

  @Test
  void aPlaceNameAfterAPrepositionLosesItsCaseEnding() {
    // no table: the preposition says it is a place, the ending goes, the name is transliterated
    assertThat(OfflineTranslator.toEnglish("Що сталося у Бахмуті?")).endsWith("Bakhmut?");
    assertThat(OfflineTranslator.toEnglish("Что случилось в Бахмуте?")).endsWith("Bakhmut?");
    assertThat(OfflineTranslator.toEnglish("Бои под Бахмутом")).endsWith("Bakhmut?");
    assertThat(OfflineTranslator.toEnglish("Бої біля Покровська")).endsWith("Pokrovsk?");
    assertThat(OfflineTranslator.toEnglish("Дорога до Херсона")).endsWith("Kherson?");
    // a surname after a preposition keeps its own nominative rule, and a name with no
    // preposition before it keeps its ending
    assertThat(OfflineTranslator.toEnglish("Встреча с Бакановским")).endsWith("Bakanovsky?");
    assertThat(OfflineTranslator.toEnglish("Что сказала Бахмуті?")).endsWith("Bakhmuti?");
    // too short a name keeps its letters
    assertThat(OfflineTranslator.placeStem("сумі")).isEqualTo("сумі");
  }

  @Test
  void aUkrainianQuestionNamingTheCityInTheLocativeIsAnswered() {
    Answer a = TestCorpus.bot().ask("Хто очолював українську делегацію в Стамбулі?", "uk-chat");
    // "в Стамбулі" once read "Stambuli", which matches nothing, and the question was refused
    assertThat(a.question()).isEqualTo("Who leads Ukrainian delegation Istanbul?");
    assertThat(a.refused()).isFalse();
    // the coverage names the head of Ukraine's delegation (three reports one man, one another)
    assertThat(a.text())
        .startsWith(Language.UK.englishOnlyNote())
        .contains("[1]")
        .containsAnyOf("Umerov", "Omelyan");
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
  void aNameInCyrillicReachesTheCoverageWithoutANameTable() {
    Answer a = TestCorpus.bot().ask("Что сказал Мединский?", null);
    assertThat(a.question()).isEqualTo("What said Medinsky?");
    // the transliterated name reaches the coverage: the best sentences retrieved name him (whether
    // so vague a question is answered is the answer selector's call)
    assertThat(TestCorpus.bot().explain(a.question()).candidates().getFirst().text())
        .contains("Medinsky");
    Answer genitive = TestCorpus.bot().ask("Какова позиция Мединского?", null);
    assertThat(genitive.question()).contains("Medinsky");
  }

  @Test
  void aRussianQuestionTheCoverageDoesNotAnswerIsStillRefused() {
    Answer a = TestCorpus.bot().ask("Кто выиграл чемпионат мира по футболу?", null);
    assertThat(a.refused()).isTrue();
    assertThat(a.text()).startsWith(Language.RU.englishOnlyNote());
  }
}
