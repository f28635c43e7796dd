package dev.talksbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.talksbot.answer.Language;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Russian and Ukrainian interface, through the real serve wiring and the fake Bot API. */
class TelegramLanguagesTest extends TelegramHarness {
  // ------------------------------------------------------------------ languages

  @Test
  void russianAndUkrainianUsersGetTheInterfaceInTheirLanguage() throws Exception {
    start(1000, false);
    api.textAs(51, 51, "ru", "/help");
    assertThat(api.awaitSent(51, 1).getFirst().text()).contains("Что я умею");
    api.textAs(51, 51, "ru", "/ask");
    assertThat(api.awaitSent(51, 2).get(1).text()).contains("Напишите вопрос");
    api.textAs(51, 51, "ru", "/nonsense");
    assertThat(api.awaitSent(51, 3).get(2).text()).contains("Я не знаю команду /nonsense");

    // no language_code: the question's own script decides (Ukrainian letters)
    api.text(52, "Хто очолює українську делегацію?");
    FakeBotApi.Call a = api.awaitSent(52, 1).getFirst();
    JsonNode button = markup(a).at("/inline_keyboard/0/0");
    assertThat(button.get("text").asText()).isEqualTo("Показати цитати");
    assertThat(a.text()).contains("Джерела");
    String data = button.get("callback_data").asText();
    assertThat(data).startsWith("q:uk:");
    api.callback(52, 52, 1, data);
    FakeBotApi.Call edit = awaitCall("editMessageText", 1);
    assertThat(edit.params().get("text").asText()).contains("Цитати");
    assertThat(markup(edit).at("/inline_keyboard/0/0/text").asText()).isEqualTo("Сховати цитати");

    api.textAs(53, 53, "en-GB", "/help");
    assertThat(api.awaitSent(53, 1).getFirst().text()).contains("What I can do");
  }

  @Test
  void everyMessageKeyExistsInAllThreeLanguagesWithTheSamePlaceholders() {
    Messages en = Messages.english();
    for (Language l : Language.values()) {
      Messages m = Messages.of(l);
      assertThat(m.keys()).as(l.name()).isEqualTo(en.keys());
      for (String k : en.keys()) {
        assertThat(placeholders(m.get(k))).as(l + " " + k).isEqualTo(placeholders(en.get(k)));
        assertThat(TelegramHtml.check(m.get(k, "a", "b", "c", "d", "e", "f")))
            .as(l + " " + k)
            .isNull();
      }
    }
    assertThat(Messages.forUser("uk", "hello").language()).isEqualTo(Language.UK);
    assertThat(Messages.forUser(null, "Кто возглавлял российскую делегацию?").language())
        .isEqualTo(Language.RU);
    assertThat(Messages.forUser("de", "Who led it?").language()).isEqualTo(Language.EN);
  }

  private static Set<String> placeholders(String s) {
    Set<String> out = new TreeSet<>();
    Matcher m = Pattern.compile("\\{\\d}").matcher(s);
    while (m.find()) out.add(m.group());
    return out;
  }
}
