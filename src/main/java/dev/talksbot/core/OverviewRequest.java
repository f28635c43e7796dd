package dev.talksbot.core;

import dev.talksbot.answer.WordList;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message that asks for an overview of a topic rather than for one fact: "Summarize the prisoner
 * exchanges", "Tell me about the working groups", "Could you give me a quick overview of the
 * sanctions?". One sentence, however well chosen, does not answer it; the cited summary of the
 * coverage on that topic does (the summary of the latest coverage when the topic is the bot's
 * subject itself: "Tell me about the talks").
 *
 * <p>Read as such when the message opens (after an optional "please", "can you" or "could you")
 * with the words of {@code answer/overview-requests.txt}; what follows them, less closing
 * punctuation and "please", is the topic.
 */
final class OverviewRequest {
  private OverviewRequest() {}

  private static final Pattern REQUEST = request("/answer/overview-requests.txt");

  private static final Pattern LATEST = request("/answer/latest-requests.txt");

  /** A request that opens, after an optional polite opener, with one of the resource's phrases. */
  private static Pattern request(String resource) {
    return Pattern.compile(
        "^(?:(?:please|hey|hi|ok|okay|so)[,!.]?\\s+)*"
            + "(?:(?:can|could|would|will)\\s+you\\s+(?:please\\s+)?)?"
            + "(?:"
            + String.join("|", WordList.lines(resource))
            + ")\\b\\s*(?<topic>.*)$",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
  }

  /** Closing punctuation and a closing "please" that are not part of the topic. */
  private static final Pattern CLOSING =
      Pattern.compile(
          "(?:[\\s,]*\\b(?:please|pls|plz)\\b)?[\\s?!.,;:]*$", Pattern.CASE_INSENSITIVE);

  /**
   * The topic a message asks for an overview of ("" when it names none: "Summarize, please"), or
   * empty when the message is no such request.
   */
  static Optional<String> topic(String message) {
    return topic(REQUEST, message);
  }

  /**
   * The topic a message asks for the latest news on ("What's the latest on the prisoner exchange?",
   * "Any news about the envoy?": {@code answer/latest-requests.txt}), or empty when the message is
   * no such request.
   */
  static Optional<String> latestOn(String message) {
    return topic(LATEST, message);
  }

  private static Optional<String> topic(Pattern request, String message) {
    Matcher m = request.matcher(message.strip());
    if (!m.matches()) return Optional.empty();
    return Optional.of(CLOSING.matcher(m.group("topic")).replaceAll("").strip());
  }
}
