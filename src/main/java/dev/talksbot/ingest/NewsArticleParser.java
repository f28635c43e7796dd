package dev.talksbot.ingest;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The default parser for news text as it reaches us: saved pages, pasted articles, wire copy. One
 * paragraph per line (blank lines are optional); a text hard-wrapped at a fixed width (a
 * terminal's, an e-mail's) is first joined back into paragraphs ({@link HardWraps}). It reads, in
 * this order:
 *
 * <ol>
 *   <li>a leading metadata line, {@code date 2025-01-02 By A, B, Meridian Post}: date, authors, and
 *       the outlet when the last byline entry names an organisation ({@link Byline}); or an
 *       e-mail's header block ({@link EmailHeaders}: its subject is the title, its date the date);
 *   <li>a glued "outlet + date" line as saved pages print it, {@code Global Herald12-03-2025};
 *   <li>a wire terminal's header line ({@link WireCopy}: {@code QW 03/04/2026 09:15 GMT [QUELLMOOR
 *       WIRE] WORLD}): the outlet and the date, its figures read as the dateline confirms;
 *   <li>the page's header lines ({@link PageLines}): a masthead (also any name's, when it is the
 *       page's first line above its navigation bar), a kicker ({@code MORNING BRIEFING}, {@code
 *       Opinion · Lutavia talks}), a byline (stamped, also without "By" and after a standfirst:
 *       {@link BylineStamp}), an episode's line under its show ({@link Transcript}), a credit line
 *       ({@link Credits}: {@code Compiled by A · Edited by B · 6 min read}), a publication or date
 *       line and a stamp of the outlet and the date, whose transcriber is an author ({@code Tarn
 *       Record | Tarn | March 3, 2026 | Transcribed by A});
 *   <li>a first line that is a headline ({@link Headlines}: short, no closing full stop; without a
 *       label such as {@code LIVE} or {@code TRANSCRIPT:} before it), and a repeat of it; a page
 *       without one (a digest) is titled by its kicker ({@link PageLines#kickerTitle});
 *   <li>a dateline before the lead ({@link Dateline}: {@code GENEVA, Aug. 4 (Some Wire) —}), which
 *       is removed from the text; its date is the article's date when it gives a year and nothing
 *       else dates the article (a metadata line, a dated byline, a glued line, the source's own
 *       date), its month and day are the article's {@code datelineDay} when it gives no year (a
 *       year is never guessed), and its place is the article's {@code datelinePlace} ({@code
 *       Ferrowick}, in its usual case);
 *   <li>the body, without page chrome ({@link ChromeRules}), without the clock time that starts a
 *       live blog's entry heading ({@link Headlines#withoutClockTime}), without a trailing block of
 *       other stories ("Related Articles", "Comments", "Notes" ...), without the short non-sentence
 *       lines (captions, widget labels, tags) that trail its last paragraph, and without its
 *       apparatus ({@link BodyApparatus}: list items' markers, footnote markers and notes, pull
 *       quotes, the author's biography), its advertisements ({@link Sponsorship}) and a record's
 *       cues and notes ({@link Transcript}); in a transcript, a speaker's label in capitals is
 *       spelled as the page spells the name ({@link SpeakerTurns}: {@code MARSH:} reads {@code
 *       Marsh:}); a section's label on a line of its own ({@code Claim:}, {@code Verdict: False})
 *       opens the paragraph after it ({@link SectionLabels}).
 * </ol>
 *
 * <p>A byline without "By" that names the author and a place ({@code Anna Berg, Ferrowick}, {@link
 * PlacedByline}) gives the author and, when no dateline names one, the dateline place.
 *
 * <p>Outlet: the byline's, else an e-mail's publisher ({@link EmailHeaders#outlet}), else a source
 * line's ({@code Source: Tarn Monitor}, {@link SourceLine}), else the brand opening the page's
 * navigation bar ({@link ChromeRules#brand}), else the glued page line's, else the dateline's, else
 * a source "told" an acronym-style outlet ({@code told AFP}) when exactly one is named; a news
 * agency merely cited is not the outlet. Nothing is guessed; unknown stays empty. An outlet in
 * capitals is spelled as the page spells it elsewhere ({@link OutletNames#spelledAsOnPage}). A
 * single-word last byline entry (so an author) is the outlet only when the dateline names it.
 */
public final class NewsArticleParser implements ArticleParser {
  private static final Pattern META_LINE =
      Pattern.compile("^date\\s+(\\d{4}-\\d{2}-\\d{2})\\b\\s*(.*)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern BYLINE = Pattern.compile("^By\\s+(.+)$");

  private static final Pattern GLUED_OUTLET_DATE =
      Pattern.compile(
          "^(\\p{Lu}[\\p{L}0-9 .&'’/-]{1,48}?)\\s*" + Dates.DAY_MONTH_YEAR_FIGURES + "$");

  @Override
  public Article parse(String id, String source, String raw) {
    return parse(id, source, raw, null);
  }

  @Override
  public Article parse(String id, String source, String raw, LocalDate sourceDate) {
    String page = HardWraps.unwrap(PageText.normalize(raw));
    List<String> lines = lines(page);
    LocalDate date = null;
    Byline byline = new Byline(List.of(), null);
    String title = null;

    // 1. leading metadata line
    int first = firstNonEmpty(lines, 0);
    if (first >= 0) {
      Matcher m = META_LINE.matcher(lines.get(first).strip());
      if (m.matches()) {
        date = Dates.iso(m.group(1));
        String rest = m.group(2).strip();
        Matcher by = BYLINE.matcher(rest);
        if (by.matches()) {
          byline = Byline.parse(by.group(1));
          lines.set(first, "");
        } else {
          lines.set(first, rest); // the body starts on the metadata line
        }
      }
    }
    EmailHeaders mail = EmailHeaders.read(lines); // "From: …", "Subject: …", "Date: …"
    if (mail != null) {
      title = mail.subject();
      if (date == null) date = mail.date();
    }
    String outlet = byline.outlet();
    if (outlet == null && mail != null) outlet = mail.outlet(lines);
    String sourced = SourceLine.outlet(lines); // "Source: Tarn Monitor"
    if (outlet == null) outlet = sourced;

    // 2. chrome, glued outlet/date lines, header lines (PageLines: a masthead, a byline or a
    // publication line of their own), the title and the dateline, before the body starts
    List<String> body = new ArrayList<>();
    boolean bodyStarted = false;
    Dateline dateline = null;
    String previous = null;
    String kind = null; // the title a kicker standing alone gives a page without a headline
    WireCopy.Header wire = null; // a wire terminal's header line
    String bylinePlace = null; // the place a byline without "By" gives
    int top = firstNonEmpty(lines, 0);
    for (int i = 0; i < lines.size(); i++) {
      String s = BodyApparatus.withoutListMarker(Headlines.withoutClockTime(lines.get(i).strip()));
      if (s.isEmpty()) continue;
      if (bodyStarted && ChromeRules.endsBody(s)) break;
      if (SourceLine.names(s, sourced)) continue;
      String brand = i == top ? ChromeRules.brand(s, page) : null; // "TARN RADIO | News | …"
      if (brand != null && outlet == null) outlet = brand;
      if (i == top && (mastheadAboveNavigation(s, lines, i) || s.equalsIgnoreCase(sourced))) {
        if (outlet == null) outlet = s;
        if (s.equalsIgnoreCase(outlet)) continue;
      }
      WireCopy.Header header = bodyStarted ? null : WireCopy.header(s);
      if (header != null) {
        if (wire == null) wire = header;
        if (outlet == null) outlet = header.outlet();
        continue;
      }
      PageLines.Stamp stamp = PageLines.stamp(s, outlet);
      if (stamp != null) {
        if (outlet == null) outlet = stamp.outlet();
        if (date == null) date = stamp.date();
        if (!bodyStarted && byline.authors().isEmpty())
          byline = new Byline(Credits.authors(s), byline.outlet());
        continue;
      }
      LocalDate published = bodyStarted ? null : PageLines.published(s);
      if (published != null) { // before the chrome rules, which drop such a line
        if (date == null) date = published;
        continue;
      }
      if (ChromeRules.isChrome(s)) continue;
      if (s.equals(previous)) continue; // duplicated headline or line
      previous = s;
      if (!bodyStarted || body.size() == 1) { // a standfirst may come before the byline
        BylineStamp stamped = byline.authors().isEmpty() ? BylineStamp.of(s) : null;
        if (stamped != null) { // "By A · 4 December 2025", "A · 02.09.2026 · Updated …"
          byline = stamped.byline();
          if (outlet == null) outlet = byline.outlet();
          if (date == null) date = stamped.date();
          continue;
        }
        PlacedByline placed = byline.authors().isEmpty() ? PlacedByline.of(s) : null;
        if (placed != null) { // "Anna Berg, Ferrowick": the author and where the story is from
          byline = new Byline(List.of(placed.author()), byline.outlet());
          bylinePlace = placed.place();
          continue;
        }
        Credits.Line credits = Credits.line(s);
        if (credits != null) {
          if (byline.authors().isEmpty()) byline = new Byline(credits.authors(), byline.outlet());
          if (date == null) date = credits.date();
          continue;
        }
      }
      if (!bodyStarted) {
        if (Transcript.isEpisode(s)) { // "Episode 12: …" under the show's name and strapline
          title = Transcript.title(title, s, page);
          body.clear();
          continue;
        }
        Matcher g = GLUED_OUTLET_DATE.matcher(s);
        if (g.matches()) {
          LocalDate d = Dates.dayMonthYear(g.group(2), g.group(3), g.group(4));
          if (d != null) {
            if (outlet == null) outlet = g.group(1).strip();
            if (date == null) date = d;
            continue;
          }
        }
        Byline lone = byline.authors().isEmpty() ? PageLines.loneByline(s) : null;
        if (lone != null) {
          byline = lone;
          if (outlet == null) outlet = lone.outlet();
          continue;
        }
        if (PageLines.updatedOnly(s)) continue;
        if (PageLines.kicker(s)) {
          if (kind == null) kind = PageLines.kickerTitle(s);
          continue;
        }
        LocalDate dated = PageLines.dateLine(s);
        if (dated != null) {
          if (date == null) date = dated;
          continue;
        }
        if (title == null && dateline == null && body.isEmpty() && PageLines.masthead(s)) {
          if (outlet == null) outlet = s;
          if (s.equalsIgnoreCase(outlet)) continue;
        }
        if (dateline == null) {
          Optional<Dateline> found = Dateline.find(s);
          if (found.isPresent()) {
            dateline = found.get();
            s = dateline.rest();
            if (s.isEmpty()) continue; // the dateline stood on its own line
          }
        }
        if (title == null && dateline == null && body.isEmpty() && Headlines.looksLikeHeadline(s)) {
          title = Headlines.withoutLabel(s);
          continue;
        }
      }
      if (s.equals(title) || Headlines.withoutLabel(s).equals(title)) continue;
      body.add(s);
      if (isProse(s)) bodyStarted = true;
    }
    body = Sponsorship.withoutAdvertisements(body, mail == null ? null : mail.domain());
    body = Transcript.withoutApparatus(body); // cues, notes ("[APPLAUSE]")
    while (!body.isEmpty() && !isProse(body.getLast()) && !DatedEntries.dated(body.getLast()))
      body.removeLast(); // trailing labels, not a list's dated entries ("5 May — …")
    body = BodyApparatus.withoutApparatus(body, byline.authors());
    body = SectionLabels.joined(body);
    body = SpeakerTurns.spelledAsOnPage(body, page);
    if (title == null) title = kind;
    if (body.isEmpty()) {
      throw new UnparseableArticleException("no article text left after cleaning");
    }

    // 3. outlet from the dateline and the text's own attribution
    if (outlet == null && dateline != null && dateline.outlet() != null) {
      outlet = dateline.outlet();
      List<String> authors = byline.authors();
      if (!authors.isEmpty() && authors.getLast().equals(outlet)) {
        byline = byline.lastAuthorIsOutlet();
      }
    }
    if (outlet == null) outlet = OutletNames.toldOutlet(body);
    if (outlet != null) outlet = OutletNames.spelledAsOnPage(outlet, page); // not a caps masthead

    // 4. a wire header's date (its figures read as the dateline confirms), else the source's
    // date, else the dateline's when it has a year (its month and day otherwise)
    if (date == null && wire != null) date = wire.date(dateline == null ? null : dateline.day());
    if (date == null) date = sourceDate;
    MonthDay datelineDay = null;
    if (dateline != null && dateline.year() != null && date == null) date = dateline.date();
    if (dateline != null && dateline.year() == null) datelineDay = dateline.day();

    String text = String.join("\n\n", body);
    String datelinePlace =
        dateline != null && dateline.place() != null ? dateline.place() : bylinePlace;
    return new Article(
        id, source, title, outlet, byline.authors(), date, null, text, datelineDay, datelinePlace);
  }

  /**
   * Whether the page's first line {@code s} is the outlet's masthead by its place: a name's shape
   * ({@link PageLines#mastheadName}) above the page's navigation bar ({@link
   * ChromeRules#isNavigationBar}), whatever its words ({@code Tarn Record}, {@code QUELLMOOR
   * FORUM}).
   */
  private static boolean mastheadAboveNavigation(String s, List<String> lines, int i) {
    int next = firstNonEmpty(lines, i + 1);
    return next >= 0
        && PageLines.mastheadName(s)
        && ChromeRules.isNavigationBar(lines.get(next).strip());
  }

  private static List<String> lines(String s) {
    return new ArrayList<>(List.of(s.split("\n", -1)));
  }

  private static int firstNonEmpty(List<String> lines, int from) {
    for (int i = from; i < lines.size(); i++) if (!lines.get(i).isBlank()) return i;
    return -1;
  }

  /** Prose: a line that reads as a sentence (ends like one, or is long). */
  static boolean isProse(String s) {
    String t = s.strip();
    if (t.isEmpty()) return false;
    char last = t.charAt(t.length() - 1);
    boolean closes = ".!?…\"”’'»".indexOf(last) >= 0;
    return (closes && ChromeRules.words(t) >= 4) || ChromeRules.words(t) >= 25;
  }

  @Override
  public String toString() {
    return "NewsArticleParser";
  }
}
