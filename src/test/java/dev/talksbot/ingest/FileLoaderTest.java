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

    LoadResult r = loader.load(dir);
    assertThat(r.articles()).extracting(Article::id).containsExactly("a_good");
    assertThat(r.skipped())
        .extracting(s -> Path.of(s.file()).getFileName().toString() + ": " + s.reason())
        .containsExactly(
            "b_empty.txt: empty file",
            "c_binary.txt: binary file (contains NUL bytes)",
            "d_latin1.txt: not valid UTF-8 (bad byte sequence; save the file as UTF-8)",
            "e_chrome.txt: no article text left after cleaning",
            "f_blank.txt: empty file (only whitespace)");
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
