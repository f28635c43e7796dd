package dev.talksbot.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FileSwitchDirectory;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.store.NIOFSDirectory;

/**
 * The index folder as this process reads it: memory-mapped, except the files a question reads at a
 * few scattered places, which are read with positional reads into small buffers instead. A mapped
 * file's pages count in the process's resident memory, and every page fault maps the cached pages
 * around it too (the kernel's fault-around, 64 KB), whatever the read advice: reading 300
 * full-precision vectors of 1.5 KB at random thus made tens of MB resident per question. Read with
 * positional reads, the same bytes stay in the page cache (shared, reclaimable) without being
 * mapped into the process. The writer keeps each file separate (no compound files) so that the
 * files can be told apart by extension.
 */
final class IndexDirectory {
  private IndexDirectory() {}

  /**
   * Extensions read with positional reads by default: the full-precision vectors ({@code vec}, read
   * only to re-score the kNN candidates), stored fields ({@code fdt}, a few documents per question)
   * and doc values ({@code dvd}: passage ids of the hits and the stored sentence and word vectors).
   * Measured in BENCHMARKS.md ("Issue 13, part 5"); the system property talksbot.index.unmapped
   * (comma-separated extensions, empty for none) overrides it.
   */
  static final String DEFAULT_UNMAPPED = "vec,fdt,dvd";

  /** The extensions read without mapping, from the property or the default. */
  static Set<String> unmapped() {
    String v = System.getProperty("talksbot.index.unmapped", DEFAULT_UNMAPPED);
    return Arrays.stream(v.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }

  static Directory open(Path dir) throws IOException {
    Set<String> unmapped = unmapped();
    MMapDirectory mapped = new MMapDirectory(dir);
    if (unmapped.isEmpty()) return mapped;
    return new FileSwitchDirectory(unmapped, new NIOFSDirectory(dir), mapped, true);
  }
}
