package dev.talksbot.telegram;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.LoggerFactory;

/** Captures log output with the product's own pattern (logback.xml), token masking included. */
final class LogCapture {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
  private final Logger root;

  private LogCapture() {
    LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
    root = ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    String pattern = "%msg%n%ex";
    Appender<ILoggingEvent> console = root.getAppender("STDERR");
    if (console instanceof OutputStreamAppender<ILoggingEvent> o
        && o.getEncoder() instanceof PatternLayoutEncoder p) {
      pattern = p.getPattern();
    }
    PatternLayoutEncoder enc = new PatternLayoutEncoder();
    enc.setContext(ctx);
    enc.setPattern(pattern);
    enc.start();
    appender.setContext(ctx);
    appender.setEncoder(enc);
    appender.setOutputStream(out);
    appender.start();
    root.addAppender(appender);
  }

  static LogCapture start() {
    return new LogCapture();
  }

  String text() {
    synchronized (out) {
      return out.toString(StandardCharsets.UTF_8);
    }
  }

  void stop() {
    root.detachAppender(appender);
    appender.stop();
  }
}
