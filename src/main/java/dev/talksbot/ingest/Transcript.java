package dev.talksbot.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A programme's record: a podcast's or a broadcast's transcript, whose turns {@link SpeakerTurns}
 * reads. Besides its turns it prints
 *
 * <ul>
 *   <li>above the record, the show's name, a strapline under it and the episode's line ({@code
 *       Episode 12: The ferry question}, {@code episode-labels.txt}): the page's title is the
 *       show's name and the episode's line ({@link #title}); the strapline between them is not
 *       text;
 *   <li>in the record, cues in brackets for what is heard but not said ({@code [MUSIC]}, {@code
 *       [LAUGHS]}, {@code (APPLAUSE)}, {@code [END OF TRANSCRIPT]}: {@code transcript-cues.txt}),
 *       and its note on itself ({@code Transcript edited for clarity. This transcript was produced
 *       …}: {@code transcript-notes.txt}); neither is the speakers' words ({@link
 *       #withoutApparatus}).
 * </ul>
 */
final class Transcript {
  private Transcript() {}

  /** An episode's line: its label, its number, a colon, a full stop or a dash, then its title. */
  private static final Pattern EPISODE =
      Pattern.compile(
          "^(?:"
              + String.join(
                  "|", WordLists.load("episode-labels.txt").stream().map(Pattern::quote).toList())
              + ")\\.?\\s*\\d{1,4}\\s*(?::|\\.|\\s[-–—])\\s*\\S.*$",
          Pattern.CASE_INSENSITIVE);

  /** Whether a header line is an episode's ({@code Episode 12: The ferry question}). */
  static boolean isEpisode(String line) {
    return EPISODE.matcher(line.strip()).matches();
  }

  /** What joins the show's name and the episode's line in the page's title. */
  static final String SHOW_EPISODE_SEPARATOR = " — ";

  /**
   * The page's title from the episode's line and the show's name read above it ({@code show}, null
   * when none): {@code The Ferry Hour — Episode 12: The ferry question}; the show's name in
   * capitals is spelled as the page spells it elsewhere ({@link PageSpelling#ofCapitals}).
   */
  static String title(String show, String episode, String page) {
    String e = episode.strip();
    return show == null ? e : PageSpelling.ofCapitals(show, page) + SHOW_EPISODE_SEPARATOR + e;
  }

  /** A cue of {@code transcript-cues.txt} in square brackets or parentheses, and spaces after. */
  private static final Pattern CUE =
      Pattern.compile(
          "[\\[(]\\s*(?:"
              + String.join("|", WordLists.load("transcript-cues.txt"))
              + ")\\s*[\\])]\\s*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** The openings of a transcript's note on itself ({@code transcript-notes.txt}). */
  private static final List<Pattern> NOTES = WordLists.patterns("transcript-notes.txt");

  /**
   * The record's paragraphs without its cues and its notes on itself, when they are a
   * conversation's ({@link SpeakerTurns#isConversation}); a paragraph of cues alone goes. Otherwise
   * as given: a news story's "[sic]" or "(applause)" in a quote is the story's.
   */
  static List<String> withoutApparatus(List<String> paragraphs) {
    if (!SpeakerTurns.isConversation(paragraphs)) return paragraphs;
    List<String> out = new ArrayList<>(paragraphs.size());
    for (String p : paragraphs) {
      if (isNote(p)) continue;
      String t = CUE.matcher(p).replaceAll("").strip();
      boolean cuesAlone = t.isEmpty() || (SpeakerTurns.speaker(p) != null && t.endsWith(":"));
      if (!cuesAlone) out.add(t);
    }
    return out;
  }

  private static boolean isNote(String paragraph) {
    for (Pattern note : NOTES) {
      Matcher m = note.matcher(paragraph.strip());
      if (m.lookingAt()) return true;
    }
    return false;
  }
}
