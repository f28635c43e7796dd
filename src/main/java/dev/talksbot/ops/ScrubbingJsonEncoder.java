package dev.talksbot.ops;

import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Logback's JSON encoder (one JSON object per line) with anything shaped like a Telegram bot token
 * masked, as the text pattern in {@code logback.xml} does: the last guard against a token in a log
 * line.
 */
public final class ScrubbingJsonEncoder extends JsonEncoder {
  /** Digits, a colon and a long secret: the shape of a bot token (the same as logback.xml's). */
  static final Pattern TOKEN = Pattern.compile("[0-9]{3,}:[A-Za-z0-9_-]{20,}");

  @Override
  public byte[] encode(ILoggingEvent event) {
    String line = new String(super.encode(event), StandardCharsets.UTF_8);
    return TOKEN.matcher(line).replaceAll("<token>").getBytes(StandardCharsets.UTF_8);
  }
}
