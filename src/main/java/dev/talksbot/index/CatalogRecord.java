package dev.talksbot.index;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.util.BytesRef;

/**
 * What the catalog keeps of one article, stored as binary doc values on its article document
 * ({@link IndexSchema#ARTICLE_META}): the header, the content hash and the order of arrival.
 * Reading it touches only the compact doc-values file, not the stored fields that hold the texts.
 *
 * @param header the article's metadata
 * @param hash the content hash ({@link PassageDocuments#contentHash})
 * @param seq the order of arrival
 */
record CatalogRecord(ArticleHeader header, String hash, long seq) {
  CatalogRecord {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(hash, "hash");
    if (seq < 0) throw new IllegalArgumentException("seq < 0: " + seq);
  }

  /**
   * Format version written first, so that a change of the layout fails loudly (2: the dateline day
   * after the authors; 3: the dateline place after the day).
   */
  private static final int FORMAT = 3;

  /** The format before the dateline place, still read (its records have none). */
  private static final int FORMAT_WITHOUT_DATELINE_PLACE = 2;

  /** The format before the dateline day, still read (its records have neither). */
  private static final int FORMAT_WITHOUT_DATELINE_DAY = 1;

  BytesRef encode() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(FORMAT);
      out.writeLong(seq);
      writeString(out, hash);
      writeString(out, header.source());
      writeString(out, header.title());
      writeString(out, header.outlet());
      writeString(out, header.date() == null ? null : header.date().toString());
      writeString(out, header.url());
      out.writeInt(header.authors().size());
      for (String a : header.authors()) writeString(out, a);
      writeString(out, header.datelineDay() == null ? null : header.datelineDay().toString());
      writeString(out, header.datelinePlace());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new BytesRef(bytes.toByteArray());
  }

  static CatalogRecord decode(String id, BytesRef b) {
    try (DataInputStream in =
        new DataInputStream(new ByteArrayInputStream(b.bytes, b.offset, b.length))) {
      int format = in.readByte();
      if (format != FORMAT
          && format != FORMAT_WITHOUT_DATELINE_PLACE
          && format != FORMAT_WITHOUT_DATELINE_DAY)
        throw new IllegalStateException(
            "article " + id + ": catalog record format " + format + ", expected " + FORMAT);
      long seq = in.readLong();
      String hash = readString(in);
      String source = readString(in);
      String title = readString(in);
      String outlet = readString(in);
      String date = readString(in);
      String url = readString(in);
      int n = in.readInt();
      List<String> authors = new ArrayList<>(n);
      for (int i = 0; i < n; i++) authors.add(readString(in));
      String day = format == FORMAT_WITHOUT_DATELINE_DAY ? null : readString(in);
      String place = format == FORMAT ? readString(in) : null;
      return new CatalogRecord(
          new ArticleHeader(
              id,
              source,
              title,
              outlet,
              authors,
              date == null ? null : LocalDate.parse(date),
              url,
              day == null ? null : MonthDay.parse(day),
              place),
          hash,
          seq);
    } catch (IOException e) {
      throw new IllegalStateException("article " + id + ": corrupt catalog record", e);
    }
  }

  private static void writeString(DataOutputStream out, String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String readString(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0) return null;
    return new String(in.readNBytes(n), StandardCharsets.UTF_8);
  }
}
