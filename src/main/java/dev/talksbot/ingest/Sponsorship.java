package dev.talksbot.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Advertisements a programme or a newsletter carries in its body, as general rules:
 *
 * <ul>
 *   <li>a sponsor read: a paragraph, or a speaker's turn in a transcript, that opens with a sponsor
 *       formula ({@code sponsor-reads.txt}: "This episode is brought to you by …");
 *   <li>a tracked link: a bare link on a line of its own whose query carries a campaign's tracking
 *       parameter ({@code tracking-parameters.txt}: {@code ?utm_source=…}); when it leads to
 *       another site than the sender's own ({@code ownDomain}: an e-mail's sender), the paragraph
 *       above it is its blurb and goes with it.
 * </ul>
 */
final class Sponsorship {
  private Sponsorship() {}

  private static final List<Pattern> SPONSOR_READS = WordLists.patterns("sponsor-reads.txt");

  private static final List<Pattern> TRACKING = WordLists.patterns("tracking-parameters.txt");

  /** A bare link: a web address alone on its line. */
  private static final Pattern BARE_LINK = Pattern.compile("^https?://\\S+$");

  /**
   * The paragraphs without their advertisements (see the class comment).
   *
   * @param paragraphs the body's paragraphs, in order
   * @param ownDomain the sender's own domain ({@code tarnpost.example}), or null when unknown
   */
  static List<String> withoutAdvertisements(List<String> paragraphs, String ownDomain) {
    List<String> out = new ArrayList<>(paragraphs.size());
    for (String p : paragraphs) {
      if (isSponsorRead(p)) continue;
      URI link = trackedLink(p);
      if (link == null) {
        out.add(p);
        continue;
      }
      if (ownDomain != null && !out.isEmpty() && !sameSite(link.getHost(), ownDomain))
        out.removeLast(); // the advertisement's blurb
    }
    return out;
  }

  /** Whether a paragraph (or what its speaker says) opens with a sponsor formula. */
  static boolean isSponsorRead(String paragraph) {
    String said = SpeakerTurns.said(paragraph);
    String s = (said == null ? paragraph : said).strip();
    return SPONSOR_READS.stream().anyMatch(p -> p.matcher(s).lookingAt());
  }

  /** The bare link a paragraph is, when its query has a tracking parameter; else null. */
  static URI trackedLink(String paragraph) {
    String s = paragraph.strip();
    if (!BARE_LINK.matcher(s).matches()) return null;
    URI uri;
    try {
      uri = new URI(s);
    } catch (URISyntaxException e) {
      return null;
    }
    String query = uri.getRawQuery();
    if (query == null || uri.getHost() == null) return null;
    for (String param : query.split("&")) {
      String name = param.split("=", 2)[0];
      if (TRACKING.stream().anyMatch(t -> t.matcher(name).matches())) return uri;
    }
    return null;
  }

  /** Whether a host belongs to a domain: the domain itself or one of its subdomains. */
  static boolean sameSite(String host, String domain) {
    String h = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    String d = domain.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    return h.equals(d) || h.endsWith("." + d) || d.endsWith("." + h);
  }
}
