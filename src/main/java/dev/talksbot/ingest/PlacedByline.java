package dev.talksbot.ingest;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A byline without "By" that names the author and the place the story is filed from, on a line of
 * its own under the headline or the standfirst, as many European outlets print it ({@code Anna
 * Berg, Ferrowick}). The author is a person's name of two to {@link PageLines#NAME_MAX_WORDS} words
 * (not an outlet's: {@code Quellmoor Wire, Ferrowick} is none), the place one to {@link
 * #MAX_PLACE_WORDS} capitalised words; the place is the story's dateline place.
 *
 * @param author the author
 * @param place the place
 */
record PlacedByline(String author, String place) {
  /** Most words a place's name has ("Rio de Janeiro" counts its connector). */
  static final int MAX_PLACE_WORDS = 3;

  PlacedByline {
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(place, "place");
    if (author.isBlank() || place.isBlank())
      throw new IllegalArgumentException("a placed byline needs an author and a place");
  }

  private static final Pattern SHAPE =
      Pattern.compile(
          "^(?<author>\\p{Lu}[\\p{L}'’.-]*(?:\\s+[\\p{L}'’.-]+){1,4}),\\s+"
              + "(?<place>\\p{Lu}[\\p{L}'’-]*(?:\\s+[\\p{L}'’-]+){0,"
              + (MAX_PLACE_WORDS - 1)
              + "})$");

  /** The byline a line is (see the class comment), or null. */
  static PlacedByline of(String line) {
    Matcher m = SHAPE.matcher(line.strip());
    if (!m.matches()) return null;
    String author = m.group("author");
    String place = m.group("place");
    if (ChromeRules.words(author) < 2 || !PageLines.personName(author)) return null;
    if (OutletNames.looksLikeOutlet(author) || OutletNames.looksLikeOutlet(place)) return null;
    for (String w : place.split("\\s+"))
      if (!Character.isUpperCase(w.codePointAt(0)) && !Dateline.isConnector(w)) return null;
    return new PlacedByline(author, place);
  }
}
