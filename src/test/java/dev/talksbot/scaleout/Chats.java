package dev.talksbot.scaleout;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.talksbot.telegram.FakeBotApi;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Questions asked through the webhook (one chat each) and the replies the fake Bot API saw: bursts
 * of questions posted at once, their latencies and throughput, and the replies' texts.
 */
final class Chats {
  private final FakeBotApi api;
  private final WebhookClient client;
  private final Figures figures;

  Chats(FakeBotApi api, WebhookClient client, Figures figures) {
    this.api = api;
    this.client = client;
    this.figures = figures;
  }

  /** The questions of the golden set ({@code eval/corpus-questions.jsonl}), in file order. */
  static List<String> goldenQuestions() throws Exception {
    List<String> out = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                Chats.class.getResourceAsStream("/eval/corpus-questions.jsonl"),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) continue;
        JsonNode q = WebhookClient.JSON.readTree(line);
        out.add(q.get("question").asText());
      }
    }
    return out;
  }

  /** Every message sent to the chat, in order, joined (an answer may be split in parts). */
  String replies(long chat) {
    return String.join("\n--\n", api.sent(chat).stream().map(FakeBotApi.Call::text).toList());
  }

  void awaitReplies(List<Long> chats, int each, Duration timeout) throws Exception {
    api.await(
        chats.size() + " chats to get " + each + " message(s)",
        calls -> {
          java.util.Map<Long, Integer> n = new java.util.HashMap<>();
          for (FakeBotApi.Call c : calls) {
            if (c.method().equals("sendmessage") && c.status() == 200)
              n.merge(c.chatId(), 1, Integer::sum);
          }
          return chats.stream().allMatch(c -> n.getOrDefault(c, 0) >= each);
        },
        timeout);
  }

  /** What a burst of questions (one chat each, all posted at once) measured. */
  record Burst(List<WebhookClient.Posted> posted, List<Long> latencies, double seconds) {
    Set<Integer> upstreams() {
      Set<Integer> s = new HashSet<>();
      posted.forEach(p -> s.add(p.upstream()));
      return s;
    }
  }

  /** Posts every question at once (chat firstChat + i) and waits for every first reply. */
  Burst burst(String url, List<String> questions, long firstChat) throws Exception {
    List<CompletableFuture<WebhookClient.Posted>> fs = new ArrayList<>();
    for (int i = 0; i < questions.size(); i++) {
      fs.add(client.postAsync(url, client.nextUpdateId(), firstChat + i, questions.get(i)));
    }
    List<WebhookClient.Posted> posted = new ArrayList<>();
    for (var f : fs) posted.add(f.get());
    assertThat(posted).allSatisfy(p -> assertThat(p.status()).as("webhook status").isEqualTo(200));
    List<Long> chats = posted.stream().map(WebhookClient.Posted::chatId).toList();
    awaitReplies(chats, 1, ScaleOutIT.REPLY_WAIT);
    long first = posted.stream().mapToLong(WebhookClient.Posted::sentNanos).min().orElseThrow();
    long last = 0;
    List<Long> latencies = new ArrayList<>();
    for (WebhookClient.Posted p : posted) {
      long seen = api.sent(p.chatId()).getFirst().nanos();
      latencies.add(seen - p.sentNanos());
      last = Math.max(last, seen);
    }
    return new Burst(posted, latencies, (last - first) / 1e9);
  }

  /** Latency over all bursts; throughput = all questions / the bursts' summed wall time. */
  void report(String what, List<Burst> bursts) {
    List<Long> latencies = new ArrayList<>();
    double seconds = 0;
    int n = 0;
    for (Burst b : bursts) {
      latencies.addAll(b.latencies());
      seconds += b.seconds();
      n += b.posted().size();
    }
    figures.put(
        what,
        "%d questions (%d burst(s) of %d at once) in %.2f s = %.1f answers/s;"
            + " latency median %.0f ms, p95 %.0f ms",
        n,
        bursts.size(),
        bursts.getFirst().posted().size(),
        seconds,
        n / seconds,
        Figures.millis(Figures.percentile(latencies, 50)),
        Figures.millis(Figures.percentile(latencies, 95)));
  }
}
