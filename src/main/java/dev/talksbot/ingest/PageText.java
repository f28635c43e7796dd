package dev.talksbot.ingest;

import java.text.Normalizer;

/** A page's text as characters the rules read: one normal form, one kind of newline and space. */
final class PageText {
  private PageText() {}

  /** NFC, Unix newlines, no BOM, no zero-width or control characters, single spaces. */
  static String normalize(String raw) {
    String s = Normalizer.normalize(raw, Normalizer.Form.NFC);
    s = s.replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\uFEFF' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060')
        continue;
      if (c == '\u00A0' || c == '\u2009' || c == '\u202F' || c == '\t') c = ' ';
      if (Character.isISOControl(c) && c != '\n') continue;
      b.append(c);
    }
    return b.toString().replaceAll(" {2,}", " ");
  }
}
