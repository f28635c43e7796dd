package dev.talksbot.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The credits a page's header gives besides a byline: items of a role, "by" and people ({@code
 * Compiled by Tom Reed}, {@code Transcribed and edited by Anna Berg}, {@code Edited by Lena
 * Marsh}). The people of an author's role ({@code author-credits.txt}: compiled, transcribed,
 * written) are the article's authors; those of other roles ({@code other-credits.txt}: edited,
 * photos) are not. A role that neither list names makes no credit, so a sentence ("Talks hosted by
 * Tarn …") is none.
 */
final class Credits {
  private Credits() {}

  /**
   * A header line of credits.
   *
   * @param authors the people of its authors' credits, in order (possibly none: "Edited by …")
   * @param date the full date among its items, or null
   */
  record Line(List<String> authors, LocalDate date) {
    Line {
      authors = List.copyOf(Objects.requireNonNull(authors, "authors"));
    }
  }

  private static final Set<String> AUTHOR_ROLES = WordLists.lowerCaseSet("author-credits.txt");
  private static final Set<String> OTHER_ROLES = WordLists.lowerCaseSet("other-credits.txt");
  private static final List<Pattern> READING_TIMES = WordLists.patterns("reading-times.txt");

  /** The separators between a header line's items: a bar, a middle dot or a bullet. */
  private static final Pattern ITEM_SEPARATOR = Pattern.compile("\\s*[|·•]\\s*");

  /** A credit: one or more roles ("Transcribed and edited"), "by", then the people. */
  private static final Pattern CREDIT =
      Pattern.compile("^(?<roles>\\p{L}[\\p{L} ,&-]{0,40}?)\\s+(?i:by)\\s+(?<names>\\S.*)$");

  /** The separators between a credit's roles: a comma, "and" or an ampersand. */
  private static final Pattern ROLE_SEPARATOR =
      Pattern.compile("\\s*,\\s*|\\s+and\\s+|\\s*&\\s*", Pattern.CASE_INSENSITIVE);

  /**
   * The credits of a header line whose items are each a credit, a reading time ({@code
   * reading-times.txt}: "6 min read") or a full date, one of them at least a credit ({@code
   * Compiled by Tom Reed · Edited by Anna Berg · 6 min read}); null when the line is not one.
   */
  static Line line(String line) {
    List<String> authors = new ArrayList<>();
    LocalDate date = null;
    boolean credited = false;
    for (String item : ITEM_SEPARATOR.split(line.strip())) {
      List<String> people = credit(item);
      if (people != null) {
        credited = true;
        authors.addAll(people);
        continue;
      }
      LocalDate d = Dates.ofItem(item);
      if (d != null) {
        if (date == null) date = d;
        continue;
      }
      if (!readingTime(item)) return null;
    }
    return credited ? new Line(authors, date) : null;
  }

  /**
   * The authors the credit items of a line name, whatever its other items ({@code Tarn Record |
   * Quellmoor | March 3, 2026 | Transcribed by Anna Berg}); empty when none.
   */
  static List<String> authors(String line) {
    List<String> authors = new ArrayList<>();
    for (String item : ITEM_SEPARATOR.split(line.strip())) {
      List<String> people = credit(item);
      if (people != null) authors.addAll(people);
    }
    return authors;
  }

  /**
   * The authors an item credits: its people when one of its roles is an author's, none when its
   * roles are all others'; null when the item is no credit (an unknown role, or people whose names
   * are not names: {@link PageLines#personName}).
   */
  static List<String> credit(String item) {
    Matcher m = CREDIT.matcher(item.strip());
    if (!m.matches()) return null;
    boolean author = false;
    for (String role : ROLE_SEPARATOR.split(m.group("roles").strip())) {
      String r = role.strip().toLowerCase(Locale.ROOT);
      if (AUTHOR_ROLES.contains(r)) author = true;
      else if (!OTHER_ROLES.contains(r)) return null;
    }
    Byline people = Byline.parse(m.group("names"));
    if (people.outlet() != null || people.authors().isEmpty()) return null;
    if (!people.authors().stream().allMatch(PageLines::personName)) return null;
    return author ? people.authors() : List.of();
  }

  /** Whether an item says how long the story takes to read ("6 min read"). */
  static boolean readingTime(String item) {
    String s = item.strip();
    return READING_TIMES.stream().anyMatch(p -> p.matcher(s).matches());
  }
}
