package dev.talksbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A newsletter saved as text (invented sender and stories): its header block, masthead, footer and
 * a sponsor's block with a tracked link.
 */
class EmailNewsletterTest {
  private final NewsArticleParser parser = new NewsArticleParser();

  private static final String STORY =
      "The ports of Tarn and Ferrowick agreed yesterday to run two ferries a day from May, the"
          + " harbour masters said after nine hours of talks.";

  private static List<String> mail(String from, String footer) {
    return List.of(
        "From: " + from,
        "Subject: Ferries agreed | Storm warning | Pier vote",
        "Date: Tue, 3 Mar 2026 06:15:00 +0200",
        "",
        "View this email in your browser: https://ferrowickpost.example/morning/2026-03-03",
        "======================",
        "THE FERROWICK MORNING",
        "Your week on the water, from the Ferrowick Post",
        "======================",
        "1. FERRIES AGREED",
        STORY,
        "Read more → https://ferrowickpost.example/ports/ferries?utm_source=morning",
        "Brennick Bikes: ride to the harbour. Readers get ten percent off this week with the"
            + " code MORNING.",
        "https://brennickbikes.example/?utm_source=ferrowick_morning&utm_medium=email",
        "You are receiving this email because you subscribed to The Ferrowick Morning.",
        "Unsubscribe: https://ferrowickpost.example/unsubscribe?u=1",
        "Update your preferences: https://ferrowickpost.example/preferences?u=1",
        "Ferrowick Post Media Ltd.",
        "12 Quay Street, Ferrowick",
        footer);
  }

  private Article parse(List<String> lines) {
    return parser.parse("m", "m.txt", String.join("\n\n", lines));
  }

  private static final String SENDER = "The Ferrowick Morning <morning@ferrowickpost.example>";

  @Test
  void theSubjectIsTheTitleAndTheDateHeaderDatesIt() {
    Article a = parse(mail(SENDER, "© 2026 Ferrowick Post. All rights reserved."));
    assertThat(a.title()).isEqualTo("Ferries agreed | Storm warning | Pier vote");
    assertThat(a.date()).isEqualTo(LocalDate.of(2026, 3, 3));
    assertThat(a.authors()).isEmpty();
  }

  @Test
  void theOutletIsTheCopyrightHolderElseTheSendersName() {
    assertThat(parse(mail(SENDER, "© 2026 Ferrowick Post. All rights reserved.")).outlet())
        .isEqualTo("Ferrowick Post");
    assertThat(parse(mail(SENDER, "See you tomorrow.")).outlet())
        .isEqualTo("The Ferrowick Morning");
    assertThat(parse(mail("Anna Berg <anna@example.org>", "See you tomorrow.")).outlet()).isNull();
  }

  @Test
  void headersMastheadFooterAndSponsorAreNotText() {
    Article a = parse(mail(SENDER, "© 2026 Ferrowick Post. All rights reserved."));
    assertThat(a.text()).isEqualTo("1. FERRIES AGREED\n\n" + STORY);
  }

  @Test
  void aTrackedLinkToTheSendersOwnSiteKeepsTheParagraphAboveIt() {
    List<String> lines = new ArrayList<>(mail(SENDER, "See you tomorrow."));
    lines.add(lines.indexOf(STORY) + 1, "https://ferrowickpost.example/ports?utm_source=morning");
    Article a = parse(lines);
    assertThat(a.text()).contains(STORY).doesNotContain("utm_source");
  }

  @Test
  void aPageThatDoesNotOpenWithHeadersIsNoMail() {
    String raw =
        "Ferries agreed in Tarn\n\nSubject: the ferry timetable\n\n"
            + STORY
            + "\n\nDate: to be announced, the harbour masters said on Monday evening.";
    Article a = parser.parse("s", "s.txt", raw);
    assertThat(a.title()).isEqualTo("Ferries agreed in Tarn");
    assertThat(a.text()).contains("Subject: the ferry timetable");
  }

  @Test
  void theDateHeaderIsTheSendersOwnDay() {
    assertThat(EmailHeaders.sentOn("Tue, 3 Mar 2026 23:50:00 -0500"))
        .isEqualTo(LocalDate.of(2026, 3, 3));
    assertThat(EmailHeaders.sentOn("3 March 2026")).isEqualTo(LocalDate.of(2026, 3, 3));
    assertThat(EmailHeaders.sentOn("soon")).isNull();
  }

  @Test
  void aSponsorReadOpensWithItsFormula() {
    assertThat(Sponsorship.isSponsorRead("Today's newsletter is sponsored by Brennick Bikes."))
        .isTrue();
    assertThat(Sponsorship.isSponsorRead("REED: This episode is brought to you by Tarn Tea."))
        .isTrue();
    assertThat(Sponsorship.isSponsorRead("The ferry programme is supported by the port council."))
        .isFalse();
  }
}
