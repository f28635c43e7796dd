package dev.talksbot.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The turns of a conversation's record (a press conference's transcript, an interview): paragraphs
 * that open with the speaker's label and a colon, {@code MARSH: We agreed.}, {@code MODERATOR (Tom
 * Reed, spokesman): Good evening.}, {@code Q (Quellmoor Post): When will they meet?}. A text is a
 * conversation when at least {@link #MIN_TURNS} paragraphs are turns of at least {@link
 * #MIN_SPEAKERS} speakers; then
 *
 * <ul>
 *   <li>a recording's time stamp before a label ({@code [00:12:05] MARSH:}) is dropped;
 *   <li>a label in capitals is spelled as the page spells the name elsewhere ({@code MARSH:} reads
 *       {@code Marsh:} when the text names "Lena Marsh"; {@link PageSpelling}), so that it reads as
 *       a name, and stays in capitals otherwise ({@code MODERATOR:});
 *   <li>each turn opens a passage of its own ({@link ParagraphChunker}), except the answer to a
 *       question turn ({@link #asks}), which stays with its question.
 * </ul>
 */
final class SpeakerTurns {
  private SpeakerTurns() {}

  /** Fewest turns that make a text a conversation. */
  static final int MIN_TURNS = 3;

  /** Fewest speakers that make a text a conversation. */
  static final int MIN_SPEAKERS = 2;

  /**
   * A turn's label: a speaker's name of one to four capitalised words (or in capitals), possibly a
   * role or an outlet in parentheses, then a colon and what was said; a recording's time stamp may
   * come before it ({@code [00:12:05] MARSH: We agreed.}, {@code (12:05) Marsh: …}).
   */
  private static final Pattern LABEL =
      Pattern.compile(
          "^(?<time>[\\[(]?\\d{1,2}:\\d{2}(?::\\d{2})?[\\])]?\\s+)?"
              + "(?<name>\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3})"
              + "(?<role>\\s*\\([^()]{1,100}\\))?:\\s+(?<said>\\S.*)$",
          Pattern.DOTALL);

  /** The labels of a questioner's turns ({@code question-labels.txt}: "Q", "Question"). */
  private static final Set<String> QUESTION_LABELS = WordLists.lowerCaseSet("question-labels.txt");

  /** Most words a question turn has (its premise and its question). */
  static final int QUESTION_TURN_MAX_WORDS = 80;

  /**
   * The speaker's name a paragraph's label gives, or null when it opens with none: what follows the
   * colon has small letters (a heading in capitals, {@code WEATHER: STORM CLOSES ROADS}, is no
   * turn).
   */
  static String speaker(String paragraph) {
    Matcher m = turn(paragraph);
    return m == null ? null : m.group("name");
  }

  /** What a turn's speaker says (after the label), or null when the paragraph is no turn. */
  static String said(String paragraph) {
    Matcher m = turn(paragraph);
    return m == null ? null : m.group("said");
  }

  /** The label's match of a paragraph that is a turn (see {@link #speaker}), or null. */
  private static Matcher turn(String paragraph) {
    Matcher m = LABEL.matcher(paragraph.strip());
    if (!m.matches()) return null;
    String said = m.group("said");
    return said.equals(said.toUpperCase(Locale.ROOT)) ? null : m;
  }

  /** Whether paragraphs (in order) are a conversation's: see the class comment. */
  static boolean isConversation(List<String> paragraphs) {
    int turns = 0;
    Set<String> speakers = new HashSet<>();
    for (String p : paragraphs) {
      String name = speaker(p);
      if (name == null) continue;
      turns++;
      speakers.add(name.toLowerCase(Locale.ROOT));
    }
    return turns >= MIN_TURNS && speakers.size() >= MIN_SPEAKERS;
  }

  /**
   * Whether a paragraph is a questioner's turn ({@code Q (Quellmoor Post): The talks ended early.
   * Why?}): a question label ({@code question-labels.txt}), a question mark in what it says and at
   * most {@link #QUESTION_TURN_MAX_WORDS} words. Its premise only leads to the question, which the
   * next turn answers.
   */
  static boolean asks(String paragraph) {
    String name = speaker(paragraph);
    return name != null
        && QUESTION_LABELS.contains(name.toLowerCase(Locale.ROOT))
        && paragraph.indexOf('?') >= 0
        && ChromeRules.words(paragraph) <= QUESTION_TURN_MAX_WORDS;
  }

  /**
   * The paragraphs with their capitals labels spelled as on the page (see the class comment) and
   * without the time stamps before them, when they are a conversation's; otherwise as given.
   */
  static List<String> spelledAsOnPage(List<String> paragraphs, String page) {
    if (!isConversation(paragraphs)) return paragraphs;
    List<String> out = new ArrayList<>(paragraphs.size());
    for (String p : paragraphs) {
      Matcher m = turn(p);
      if (m == null) {
        out.add(p);
        continue;
      }
      String turn = p.strip().substring(m.start("name"));
      String name = m.group("name");
      String spelled = PageSpelling.ofCapitals(name, page);
      out.add(spelled.equals(name) ? turn : spelled + turn.substring(name.length()));
    }
    return out;
  }
}
