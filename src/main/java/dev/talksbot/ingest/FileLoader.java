package dev.talksbot.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads article files from a file or a folder (recursively, in path order, hidden files ignored). A
 * file that is empty, binary, not UTF-8, too large or unparseable is skipped with a reason naming
 * it; the others are still read. Saved web pages go through {@link HtmlExtractor} and Markdown
 * files through {@link Markdown} before the parser, so it reads their text, not their markup.
 */
public final class FileLoader {
  /** Largest article file accepted. */
  public static final long MAX_BYTES = 5L * 1024 * 1024;

  private final ArticleParser parser;

  public FileLoader(ArticleParser parser) {
    this.parser = parser;
    this.html = new HtmlExtractor(parser);
  }

  /** Saved web pages ({@code .html}, {@code .htm}): main text by jsoup, then the same parser. */
  private final HtmlExtractor html;

  public LoadResult load(Path path) throws IOException {
    List<Path> files = new ArrayList<>();
    List<SkippedFile> skipped = new ArrayList<>();
    if (Files.isDirectory(path)) {
      try (Stream<Path> s = Files.walk(path)) {
        s.filter(Files::isRegularFile)
            .filter(p -> !p.getFileName().toString().startsWith("."))
            .sorted()
            .forEach(
                p -> {
                  // a folder's other files are named, so a PDF dropped in is not silently lost
                  if (READ.matcher(p.getFileName().toString()).matches()) files.add(p);
                  else skipped.add(new SkippedFile(p.toString(), NOT_READ));
                });
      }
    } else if (Files.isRegularFile(path)) {
      files.add(path);
    } else {
      throw new IOException(path + ": no such file or folder");
    }
    List<Article> articles = new ArrayList<>();
    Map<String, LoadResult.RawFile> raws = new HashMap<>();
    Set<String> ids = new HashSet<>();
    for (Path f : files) {
      String name = f.getFileName().toString();
      try {
        String raw = readText(f);
        String id = uniqueId(idFor(name), ids);
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.matches(".*\\.html?")) {
          articles.add(html.extractFile(id, name, raw));
        } else if (lower.endsWith(".md")) {
          articles.add(Markdown.parse(parser, id, name, raw));
        } else {
          articles.add(parser.parse(id, name, raw));
        }
        raws.put(id, new LoadResult.RawFile(f, raw));
      } catch (UnreadableFileException | UnparseableArticleException | IllegalArgumentException e) {
        skipped.add(new SkippedFile(f.toString(), e.getMessage()));
      } catch (IOException e) {
        skipped.add(new SkippedFile(f.toString(), "cannot read: " + e.getMessage()));
      }
    }
    return new LoadResult(articles, skipped, raws);
  }

  /** The files of a folder that are read: plain text, Markdown and saved web pages. */
  private static final java.util.regex.Pattern READ =
      java.util.regex.Pattern.compile("(?i).*\\.(txt|text|md|html|htm)");

  /** Why a folder's other files are skipped. */
  static final String NOT_READ =
      "not read: a folder's .txt, .text, .md, .html and .htm files are (save the article as one)";

  /** Article id for a file name: the name without extension, in safe characters. */
  public static String idFor(String fileName) {
    String base = fileName.replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
    String id = base.replaceAll("[^A-Za-z0-9._-]+", "_");
    return id.isEmpty() || id.equals("_") ? "article" : id;
  }

  private static String uniqueId(String id, Set<String> taken) {
    String candidate = id;
    for (int i = 2; !taken.add(candidate); i++) candidate = id + "-" + i;
    return candidate;
  }

  /** Decodes a file strictly as UTF-8, refusing empty, binary, oversized and mis-encoded files. */
  public static String readText(Path f) throws IOException {
    long size = Files.size(f);
    if (size == 0) throw new UnreadableFileException("empty file");
    if (size > MAX_BYTES) {
      throw new UnreadableFileException(
          String.format(
              Locale.ROOT,
              "too large (%.1f MB; the limit is %d MB)",
              size / 1048576.0,
              MAX_BYTES / 1048576));
    }
    return decode(Files.readAllBytes(f));
  }

  /** Strict UTF-8 decoding with the checks of {@link #readText}. */
  public static String decode(byte[] bytes) {
    int controls = 0;
    for (byte b : bytes) {
      if (b == 0) throw new UnreadableFileException("binary file (contains NUL bytes)");
      if (b >= 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') controls++;
    }
    if (controls > Math.max(8, bytes.length / 100)) {
      throw new UnreadableFileException("binary file (" + controls + " control bytes)");
    }
    CharsetDecoder dec =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    String text;
    try {
      text = dec.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (MalformedInputException e) {
      throw new UnreadableFileException(
          "not valid UTF-8 (bad byte sequence; save the file as UTF-8)");
    } catch (CharacterCodingException e) {
      throw new UnreadableFileException("not valid UTF-8: " + e.getMessage());
    }
    if (text.isBlank()) throw new UnreadableFileException("empty file (only whitespace)");
    return text;
  }

  /** A file that cannot be read as text; the message is the reason. */
  public static final class UnreadableFileException extends RuntimeException {
    public UnreadableFileException(String reason) {
      super(reason);
    }
  }
}
