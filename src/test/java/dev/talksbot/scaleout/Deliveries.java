package dev.talksbot.scaleout;

import dev.talksbot.telegram.FakeBotApi;
import java.util.ArrayList;
import java.util.List;

/**
 * What the fake Bot API delivered to a range of subscriber chats ({@code first} .. {@code first +
 * count - 1}): chats without a message, messages beyond the first per chat, and the send times.
 */
record Deliveries(int missing, int duplicates, List<Long> sendNanos) {
  Deliveries {
    if (missing < 0 || duplicates < 0) throw new IllegalArgumentException("negative count");
    sendNanos = List.copyOf(sendNanos);
  }

  static Deliveries of(FakeBotApi api, long first, int count) {
    int missing = 0;
    int duplicates = 0;
    for (long c = first; c < first + count; c++) {
      var n = api.perChat().get(c);
      if (n == null) missing++;
      else duplicates += n.get() - 1;
    }
    List<Long> times = new ArrayList<>();
    for (FakeBotApi.Call c : api.calls("sendMessage")) {
      if (c.status() == 200 && c.chatId() >= first && c.chatId() < first + count) {
        times.add(c.nanos());
      }
    }
    return new Deliveries(missing, duplicates, times);
  }

  /** Successful sends so far to the range (cheap: the per-chat counters only). */
  static long sent(FakeBotApi api, long first, int count) {
    long n = 0;
    for (var e : api.perChat().entrySet()) {
      long c = e.getKey();
      if (c >= first && c < first + count) n += e.getValue().get();
    }
    return n;
  }

  /** From the first send to the last, in seconds. */
  double seconds() {
    long min = sendNanos.stream().mapToLong(Long::longValue).min().orElseThrow();
    long max = sendNanos.stream().mapToLong(Long::longValue).max().orElseThrow();
    return (max - min) / 1e9;
  }
}
