package dev.talksbot.ingest;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A dateline at the start of an article's lead paragraph, and the text after it. The shapes:
 *
 * <ul>
 *   <li>{@code (Some Wire) — text}: the outlet alone;
 *   <li>{@code GENEVA (Some Wire) - text}, {@code Geneva, Switzerland (AFP) -- text}: a place and
 *       the outlet;
 *   <li>{@code GENEVA, Aug. 4 (Some Wire) — text}, {@code Geneva, 4 August 2025 – text}: a place, a
 *       date (month names from {@code months.txt}) and optionally the outlet;
 *   <li>{@code GENEVA — text}: a place alone, in capitals.
 * </ul>
 *
 * The dash is an em dash, an en dash, or one or two hyphens followed by a space. The place and the
 * date are not kept (a dateline's date has no year, and a place is not metadata the article model
 * has); only the outlet is. A parenthesis that is not followed by a dash ({@code (Updated) The
 * talks ...}) is not a dateline.
 *
 * @param outlet the outlet named in parentheses, or {@code null}
 * @param rest the paragraph after the dateline (possibly empty when the dateline stands alone)
 */
record Dateline(String outlet, String rest) {
  /** An outlet in parentheses: capitalised words (small connectors such as "of" allowed). */
  private static final String OUTLET =
      "\\((?<outlet>[\\p{Lu}\\p{N}][\\p{L}\\p{N}.&/'’-]*"
          + "(?:\\s+(?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}.&/'’-]*|\\p{Ll}{1,3})){0,5})\\)";

  /** A place in capitals: "GENEVA", "ST. PETERSBURG", "NEW YORK". */
  private static final String CAPS_PLACE =
      "\\p{Lu}[\\p{Lu}\\p{M}.'’-]+(?:\\s\\p{Lu}[\\p{Lu}\\p{M}.'’-]*){0,3}";

  /** A place in capitalised words: "Geneva", "New York" (not "Rio de Janeiro"). */
  private static final String PLACE =
      "\\p{Lu}[\\p{L}\\p{M}.'’-]+(?:\\s\\p{Lu}[\\p{L}\\p{M}.'’-]*){0,3}";

  /** An optional region after the place: ", Switzerland", ", N.Y.". */
  private static final String REGION =
      "(?:,\\s\\p{Lu}[\\p{L}.'’-]*(?:\\s\\p{Lu}[\\p{L}.'’-]*){0,2})?";

  /** An em dash or en dash (spaces optional), or one or two hyphens followed by a space. */
  private static final String DASH = "(?:\\s*[—–]\\s*|\\s*--?(?:\\s+|$))";

  /** The shapes, in the order tried (see the class comment). */
  private static final List<Pattern> SHAPES = compile();

  Dateline {
    if (outlet != null && outlet.isBlank()) outlet = null;
    if (outlet != null) outlet = outlet.strip();
    rest = rest == null ? "" : rest.strip();
  }

  /** The dateline at the start of {@code paragraph}, if it has one. */
  static Optional<Dateline> find(String paragraph) {
    String p = paragraph.strip();
    for (Pattern shape : SHAPES) {
      Matcher m = shape.matcher(p);
      if (m.lookingAt()) {
        String outlet = shape.pattern().contains("?<outlet>") ? m.group("outlet") : null;
        return Optional.of(new Dateline(outlet, p.substring(m.end())));
      }
    }
    return Optional.empty();
  }

  private static List<Pattern> compile() {
    List<String> months =
        WordLists.load("months.txt").stream()
            .flatMap(line -> Arrays.stream(line.split("\\s+")))
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote)
            .toList();
    String month = "(?:" + String.join("|", months) + ")\\.?";
    String date = "(?:" + month + "\\s\\d{1,2}|\\d{1,2}\\s" + month + ")(?:,?\\s\\d{4})?";
    return Stream.of(
            OUTLET + DASH,
            PLACE + REGION + ",\\s" + date + "(?:\\s+" + OUTLET + ")?" + DASH,
            PLACE + REGION + "\\s+" + OUTLET + DASH,
            CAPS_PLACE + REGION + DASH)
        .map(Pattern::compile)
        .toList();
  }
}
