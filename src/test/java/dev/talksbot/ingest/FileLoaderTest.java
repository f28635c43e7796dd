package dev.talksbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileLoaderTest {
  @TempDir Path dir;
  final FileLoader loader = new FileLoader(new NewsArticleParser());

  @Test
  void badFilesAreSkippedWithTheFileAndTheReasonAndTheRestIsRead() throws IOException {
    Files.writeString(
        dir.resolve("a_good.txt"), "The delegations met in Istanbul on Wednesday evening.");
    Files.write(dir.resolve("b_empty.txt"), new byte[0]);
    Files.write(dir.resolve("c_binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
    Files.write(
        dir.resolve("d_latin1.txt"),
        "Caf\u00e9 talks in Gen\u00e8ve were long and hard.".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(dir.resolve("e_chrome.txt"), "logo\nComments\nDOWNLOAD THE APP\n");
    Files.writeString(dir.resolve("f_blank.txt"), "   \n\n  ");
    Files.writeString(dir.resolve(".hidden.txt"), "ignored entirely.");
    Files.write(dir.resolve("g_report.pdf"), "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
    Files.writeString(dir.resolve("H_UPPER.TXT"), "The envoys met again in Ankara on Friday.");

    LoadResult r = loader.load(dir);
    assertThat(r.articles()).extracting(Article::id).containsExactly("H_UPPER", "a_good");
    assertThat(r.skipped())
        .extracting(s -> Path.of(s.file()).getFileName().toString() + ": " + s.reason())
        .containsExactlyInAnyOrder(
            "b_empty.txt: empty file",
            "c_binary.txt: binary file (contains NUL bytes)",
            "d_latin1.txt: not valid UTF-8 (bad byte sequence; save the file as UTF-8)",
            "e_chrome.txt: no article text left after cleaning",
            "f_blank.txt: empty file (only whitespace)",
            // a folder's other files are named, not silently passed over
            "g_report.pdf: " + FileLoader.NOT_READ);
  }

  @Test
  void savedWebPagesAreReadForTheirArticleNotTheirMarkup() throws IOException {
    String page =
        """
        <!doctype html><html><head><title>Talks resume | Harbour Herald</title>
        <meta property="og:title" content="Talks resume in Istanbul after a month">
        <meta property="og:site_name" content="Harbour Herald">
        <meta property="article:published_time" content="2025-08-21T09:00:00Z">
        <link rel="canonical" href="https://harbour-herald.example/world/talks-resume">
        <script>var tracking = "<p>not text</p>";</script></head>
        <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <article><h1>Talks resume in Istanbul after a month</h1>
        <p>Delegations from Russia and Ukraine met again in Istanbul on Thursday, a month after their
        third round of direct talks, to discuss a further exchange of prisoners &amp; the return of
        children, officials from both sides said.</p>
        <p>Turkish mediators said the meeting lasted less than two hours and that the next steps
        would be agreed in writing over the coming weeks.</p>
        <aside>Most read: Football club wins the cup</aside></article>
        <footer>© 2025 Harbour Herald. All rights reserved.</footer></body></html>
        """;
    Files.writeString(dir.resolve("talks-resume.html"), page);
    Files.writeString(dir.resolve("empty-page.html"), "<html><body><nav>Home</nav></body></html>");
    LoadResult r = loader.load(dir);
    assertThat(r.articles()).hasSize(1);
    Article a = r.articles().getFirst();
    assertThat(a.id()).isEqualTo("talks-resume");
    assertThat(a.title()).isEqualTo("Talks resume in Istanbul after a month");
    assertThat(a.outlet()).isEqualTo("Harbour Herald");
    assertThat(a.date()).isEqualTo(java.time.LocalDate.of(2025, 8, 21));
    assertThat(a.url()).isEqualTo("https://harbour-herald.example/world/talks-resume");
    assertThat(a.text())
        .startsWith("Delegations from Russia and Ukraine met again")
        .contains("prisoners & the return of children")
        .doesNotContain("<")
        .doesNotContain("tracking")
        .doesNotContain("Home")
        .doesNotContain("Football")
        .doesNotContain("©");
    assertThat(r.skipped())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.file()).endsWith("empty-page.html");
              assertThat(s.reason()).contains("no article text");
            });
  }

  @Test
  void aSavedPageWithoutItsOwnLinkHasNoUrl() throws IOException {
    String body =
        "<p>"
            + "The delegations met in Istanbul on Wednesday evening for more talks. ".repeat(6)
            + "</p>";
    Files.writeString(
        dir.resolve("no-link.htm"), "<html><body><article>" + body + "</article></body></html>");
    Article a = loader.load(dir).articles().getFirst();
    assertThat(a.url()).isNull();
    assertThat(a.source()).isEqualTo("no-link.htm");
  }

  @Test
  void hugeFilesAreRefused() throws IOException {
    Path big = dir.resolve("big.txt");
    Files.write(big, new byte[(int) FileLoader.MAX_BYTES + 10]);
    LoadResult r = loader.load(big);
    assertThat(r.articles()).isEmpty();
    assertThat(r.skipped().getFirst().reason()).startsWith("too large");
  }

  @Test
  void aMissingPathIsAnError() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> loader.load(dir.resolve("nope")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no such file");
  }

  @Test
  void idsAreSafeAndUnique() {
    assertThat(FileLoader.idFor("My Article (1).txt")).isEqualTo("My_Article_1_");
    assertThat(FileLoader.idFor("000_ab426296e870d864.txt")).isEqualTo("000_ab426296e870d864");
  }
}
