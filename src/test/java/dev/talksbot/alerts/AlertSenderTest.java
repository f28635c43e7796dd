package dev.talksbot.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.config.TelegramSettings;
import dev.talksbot.telegram.BotToken;
import dev.talksbot.telegram.FakeBotApi;
import dev.talksbot.telegram.TelegramAlertSender;
import org.junit.jupiter.api.Test;

/** The Telegram alert sender against the fake Bot API: 429 waited out, 5xx/403/400 reported. */
class AlertSenderTest {
  @Test
  void outcomesOfTelegramAnswers() throws Exception {
    try (FakeBotApi api = new FakeBotApi(FanOut.TOKEN);
        TelegramAlertSender s =
            TelegramAlertSender.create(
                TelegramSettings.defaults().withApiUrl(api.url()), BotToken.of(FanOut.TOKEN))) {
      api.inject("sendMessage", FakeBotApi.Fault.tooMany(1));
      assertThat(s.send(1, "<b>hi</b>").outcome()).isEqualTo(AlertSender.Outcome.SENT);
      assertThat(api.calls("sendMessage").stream().map(FakeBotApi.Call::status).toList())
          .containsExactly(429, 200);

      api.inject("sendMessage", FakeBotApi.Fault.status(502));
      assertThat(s.send(2, "hi").outcome()).isEqualTo(AlertSender.Outcome.RETRY);

      api.block(3);
      assertThat(s.send(3, "hi").outcome()).isEqualTo(AlertSender.Outcome.BLOCKED);

      // HTML Telegram refuses is sent again as plain text
      assertThat(s.send(4, "a <b>broken</i> tag").outcome()).isEqualTo(AlertSender.Outcome.SENT);
      assertThat(api.sent(4)).hasSize(1);
    }
  }
}
