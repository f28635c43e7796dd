package dev.talksbot.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header block of an e-mail saved or forwarded as text (a newsletter): lines at the page's top
 * of the form {@code Field: value} ({@code email-headers.txt}: From, Subject, Date …), at least
 * {@link #MIN_FIELDS} of them, one a subject or a sender. It gives
 *
 * <ul>
 *   <li>the title: the subject;
 *   <li>the date: the date it was sent ({@code Mon, 7 Sep 2026 07:05:11 +0100}, the sender's own
 *       day; or a date as a page writes it);
 *   <li>the sender's display name ({@code The Ferrowick Morning}), which the newsletter prints as
 *       its masthead, and the domain of its address ({@code ferrowick.example}), its own site;
 *   <li>the outlet: the publisher its footer's copyright line names ({@code © 2026 Ferrowick
 *       Post}), else the sender's display name, when either has an outlet's shape ({@link
 *       OutletNames#looksLikeOutlet}; a person forwarding a mail is none).
 * </ul>
 *
 * @param subject the subject, or null
 * @param sender the sender's display name, or null
 * @param domain the domain of the sender's address, or null
 * @param date the day it was sent, or null
 */
record EmailHeaders(String subject, String sender, String domain, LocalDate date) {
  EmailHeaders {
    subject = blankToNull(subject);
    sender = blankToNull(sender);
    domain = blankToNull(domain);
  }

  /** Fewest header lines that make a page's top an e-mail's header block. */
  static final int MIN_FIELDS = 2;

  /** The role ("subject", "sender", "date", "other") of each field name, lower case. */
  private static final Map<String, String> FIELDS = new HashMap<>();

  static {
    for (String line : WordLists.load("email-headers.txt")) {
      String[] roleNames = line.split(":", 2);
      for (String name : roleNames[1].split(","))
        FIELDS.put(name.strip().toLowerCase(Locale.ROOT), roleNames[0].strip());
    }
  }

  private static final Pattern FIELD = Pattern.compile("^([\\p{L}-]{2,20}):\\s*(.*)$");

  /**
   * A sender's display name and address: {@code The Ferrowick Morning <morning@ferrowick.example>}.
   */
  private static final Pattern SENDER =
      Pattern.compile("^\"?(?<name>[^\"<]*?)\"?\\s*<[^@<>\\s]+@(?<domain>[^<>\\s]+)>$");

  private static final Pattern ADDRESS_ONLY = Pattern.compile("^[^@<>\\s]+@(?<domain>[^<>\\s]+)$");

  /**
   * The header block at the top of {@code lines}, which are blanked (the headers are metadata, not
   * text), and so are the newsletter's masthead (its sender's name, in any case, before the first
   * prose line) and the strapline under it (a line that is not a sentence: {@code A daily digest
   * from the Ferrowick Post}); null, and nothing blanked, when the page does not open with one.
   */
  static EmailHeaders read(List<String> lines) {
    Map<String, String> found = new HashMap<>();
    int i = 0;
    while (i < lines.size() && lines.get(i).isBlank()) i++;
    int start = i;
    int fields = 0;
    for (; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) continue; // saved with blank lines between the headers
      Matcher m = FIELD.matcher(lines.get(i).strip());
      String role = m.matches() ? FIELDS.get(m.group(1).toLowerCase(Locale.ROOT)) : null;
      if (role == null) break;
      found.putIfAbsent(role, m.group(2).strip());
      fields++;
    }
    if (fields < MIN_FIELDS || !(found.containsKey("subject") || found.containsKey("sender")))
      return null;
    for (int j = start; j < i; j++) lines.set(j, "");
    String from = found.getOrDefault("sender", "");
    String name = null;
    String domain = null;
    Matcher s = SENDER.matcher(from);
    Matcher a = ADDRESS_ONLY.matcher(from);
    if (s.matches()) {
      name = s.group("name");
      domain = s.group("domain");
    } else if (a.matches()) {
      domain = a.group("domain");
    } else {
      name = from;
    }
    EmailHeaders mail =
        new EmailHeaders(found.get("subject"), name, domain, sentOn(found.get("date")));
    mail.blankMasthead(lines, i);
    return mail;
  }

  /** Blanks the masthead and the strapline under it (see {@link #read}). */
  private void blankMasthead(List<String> lines, int from) {
    for (int i = from; i < lines.size() && sender != null; i++) {
      String s = lines.get(i).strip();
      if (NewsArticleParser.isProse(s)) return;
      if (!s.equalsIgnoreCase(sender)) continue;
      lines.set(i, "");
      int next = i + 1;
      while (next < lines.size() && lines.get(next).isBlank()) next++;
      if (next < lines.size() && !NewsArticleParser.isProse(lines.get(next))) lines.set(next, "");
      return;
    }
  }

  /** The day an e-mail's date header states ({@code Mon, 7 Sep 2026 07:05:11 +0100}), or null. */
  static LocalDate sentOn(String date) {
    if (date == null || date.isBlank()) return null;
    try {
      return OffsetDateTime.parse(date.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
    } catch (DateTimeParseException e) {
      return Dates.ofItem(date);
    }
  }

  /** A copyright line's holder: {@code © 2026 Ferrowick Post. All rights reserved.} */
  private static final Pattern COPYRIGHT =
      Pattern.compile(
          "^(?i:©|\\(c\\)|copyright)\\s*(?:\\d{4}(?:[-–]\\d{4})?\\s+)?"
              + "(?<holder>\\p{Lu}[^.|,©]{1,60}?)\\s*(?:[.|,].*)?$");

  /**
   * The newsletter's outlet: the holder its page's copyright line names, else the sender's display
   * name, when it has an outlet's shape; null otherwise (see the class comment).
   */
  String outlet(List<String> lines) {
    for (String line : lines) {
      Matcher m = COPYRIGHT.matcher(line.strip());
      if (m.matches() && OutletNames.looksLikeOutlet(m.group("holder")))
        return m.group("holder").strip();
    }
    return sender != null && OutletNames.looksLikeOutlet(sender) ? sender : null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
