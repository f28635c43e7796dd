package dev.talksbot.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a byline ({@code By Jane Roe, John Doe, Meridian Post}) names: its people, and the outlet
 * when its last comma-separated entry names an organisation rather than a person ({@link
 * OutletNames#looksLikeOutlet}). Anything else, a personal name or a single capitalised word such
 * as {@code Bloomberg}, stays an author: an outlet is never guessed.
 *
 * @param authors the people, in byline order
 * @param outlet the outlet the byline names, or {@code null}
 */
record Byline(List<String> authors, String outlet) {
  /** Separators between people inside one comma-separated entry: "and", "&". */
  private static final Pattern AND = Pattern.compile("\\s+and\\s+|\\s*&\\s*");

  Byline {
    authors = List.copyOf(Objects.requireNonNull(authors, "authors"));
    if (authors.stream().anyMatch(String::isBlank)) {
      throw new IllegalArgumentException("blank author name in " + authors);
    }
    if (outlet != null && outlet.isBlank()) outlet = null;
    if (outlet != null) outlet = outlet.strip();
  }

  /** Parses the text after "By". */
  static Byline parse(String byline) {
    List<String> entries = new ArrayList<>();
    for (String part : byline.split(",")) {
      String p = part.strip().replaceFirst("^(?:and|&)\\s+", ""); // "A, B, and C"
      if (!p.isEmpty()) entries.add(p);
    }
    String outlet = null;
    if (!entries.isEmpty() && OutletNames.looksLikeOutlet(entries.getLast())) {
      outlet = entries.removeLast();
    }
    List<String> people = new ArrayList<>();
    for (String entry : entries) {
      for (String name : AND.split(entry)) {
        if (!name.isBlank()) people.add(name.strip());
      }
    }
    return new Byline(people, outlet);
  }

  /** A copy without the last author, which the text's dateline names as the outlet. */
  Byline lastAuthorIsOutlet() {
    if (authors.isEmpty()) throw new IllegalStateException("byline has no authors");
    return new Byline(authors.subList(0, authors.size() - 1), authors.getLast());
  }
}
