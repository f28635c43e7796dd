package dev.talksbot.scaleout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.ChildProcesses;
import dev.talksbot.alerts.store.AlertStore;
import dev.talksbot.telegram.FakeBotApi;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code serve} instances (webhook mode, one PostgreSQL database, each its own Lucene index)
 * behind a round-robin proxy, with the fake Bot API, against a single-machine reference ({@code
 * serve} on SQLite with the same settings). The environment starts once for the class; the tests
 * run in order, the one that kills an instance last. Figures are printed in one block at the end.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleOutIT {
  /**
   * alerts.messagesPerSecond of every instance: 2,000 alerts take about 35 s (the product default
   * of 30 would take 70 s).
   */
  static final double RATE = 60;

  /** The instances retrieve from a two-node OpenSearch cluster (2 shards, 1 replica each). */
  static final int OPENSEARCH_NODES = 2;

  /** Chats of the questions asked before and after an OpenSearch node is stopped. */
  static final long BEFORE_NODE_STOP_CHATS = 70_000;

  static final long AFTER_NODE_STOP_CHATS = 71_000;

  static final int SUBSCRIBERS = 2000;

  /** An instance is killed when about a quarter of the alerts are out. */
  static final int KILL_AFTER = SUBSCRIBERS / 4;

  /**
   * From the KILL_AFTER-th alert on, the fake Bot API holds its answers back this long: each
   * instance's dispatcher (one send at a time) then has one message in flight when B is killed.
   */
  static final long HOLD_MILLIS = 3000;

  /**
   * Alerts that may come twice: those the killed instance had handed to the Bot API but not yet
   * marked sent. With the hold that is exactly its one message in flight; 3 leaves room for a send
   * whose answer was on the wire.
   */
  static final int MAX_IN_FLIGHT = 3;

  /** How long the replies of one burst of questions may take on a shared 2-core machine. */
  static final Duration REPLY_WAIT = Duration.ofSeconds(180);

  /** How long the 2,000 alerts may take (35 s at the rate, plus the dead instance's lease). */
  static final Duration FAN_OUT_WAIT = Duration.ofSeconds(240);

  /** Chat ids of the phases, far apart so no two phases share a chat. */
  static final long REFERENCE_CHATS = 10_000;

  static final long TWO_INSTANCE_CHATS = 20_000;
  static final long ONE_INSTANCE_CHATS = 30_000;
  static final long WARM_UP_CHATS = 40_000;

  /** Chat ids between two rounds of one phase. */
  static final long PHASE_STRIDE = 1_000;

  /** Rounds of the 2-instance and the 1-instance burst, alternating. */
  static final int ROUNDS = 2;

  static final long SUBSCRIBER_CHATS = 1_000_000;

  static final Path ARTICLES = Path.of("src/test/resources/alerts").toAbsolutePath();

  @TempDir static Path dir;
  ScaleOutCluster env;
  WebhookClient client;
  Chats chats;
  final Figures figures = new Figures();

  @BeforeAll
  void start() throws Exception {
    env = ScaleOutCluster.start(dir, new ScaleOutCluster.Options(2, true, RATE, OPENSEARCH_NODES));
    client = new WebhookClient(ScaleOutCluster.SECRET);
    chats = new Chats(env.api(), client, figures);
    figures.startups(env);
  }

  @AfterAll
  void stop() {
    if (env != null) {
      figures.proxy(env.proxy());
      env.close();
    }
    System.out.println(figures.block());
  }

  String proxyUrl() {
    return env.proxy().url();
  }

  String referenceUrl() {
    return "http://127.0.0.1:" + env.reference().port();
  }

  String instanceUrl(int i) {
    return "http://127.0.0.1:" + env.instances().get(i).port();
  }

  @Test
  @Order(1)
  void goldenSetAnsweredByBothInstancesLikeTheSingleMachine() throws Exception {
    List<String> questions = Chats.goldenQuestions();
    assertThat(questions).hasSizeGreaterThanOrEqualTo(30);
    // warm-up: every question once on each server before anything is timed (JIT, caches)
    chats.burst(proxyUrl(), questions, WARM_UP_CHATS);
    chats.burst(proxyUrl(), questions, WARM_UP_CHATS + questions.size());
    chats.burst(referenceUrl(), questions, WARM_UP_CHATS + 2 * questions.size());

    Chats.Burst reference = chats.burst(referenceUrl(), questions, REFERENCE_CHATS);
    // 2 instances and 1 instance alternately, ROUNDS times each, so neither gains from going later
    List<Chats.Burst> two = new ArrayList<>();
    List<Chats.Burst> one = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      two.add(chats.burst(proxyUrl(), questions, TWO_INSTANCE_CHATS + round * PHASE_STRIDE));
      env.proxy().enable(1, false);
      try {
        one.add(chats.burst(proxyUrl(), questions, ONE_INSTANCE_CHATS + round * PHASE_STRIDE));
      } finally {
        env.proxy().enable(1, true);
      }
    }
    chats.report(
        "golden set, single machine (reference serve on SQLite, direct)", List.of(reference));
    chats.report("golden set, 2 instances through the proxy", two);
    chats.report("golden set, 1 instance through the proxy (same run)", one);
    for (Chats.Burst b : two) {
      assertThat(b.upstreams()).as("both instances answered some").containsExactlyInAnyOrder(0, 1);
    }
    for (Chats.Burst b : one) assertThat(b.upstreams()).containsExactly(0);

    List<String> differ = new ArrayList<>();
    for (int i = 0; i < questions.size(); i++) {
      String ref = chats.replies(REFERENCE_CHATS + i);
      assertThat(ref).as("reference answer to " + questions.get(i)).isNotBlank();
      for (int round = 0; round < ROUNDS; round++) {
        long off = round * PHASE_STRIDE + i;
        if (!chats.replies(TWO_INSTANCE_CHATS + off).equals(ref)) {
          differ.add("2 instances, round " + round + ": " + questions.get(i));
        }
        if (!chats.replies(ONE_INSTANCE_CHATS + off).equals(ref)) {
          differ.add("1 instance, round " + round + ": " + questions.get(i));
        }
      }
    }
    figures.put(
        "golden set replies differing from the single machine",
        "%d of %d",
        differ.size(),
        2 * ROUNDS * questions.size());
    assertThat(differ).as("replies that differ from the single-machine reference").isEmpty();
  }

  @Test
  @Order(2)
  void articleIngestedThroughOneInstanceIsAnsweredThroughTheOther() throws Exception {
    String question = "How much are war-risk premiums for a single voyage?";
    String expected = "Aegean Maritime Review"; // the outlet of the test article, cited
    ServeInstance a = env.instances().get(0);
    ChildProcesses.Run ingest =
        a.cli("ingest-grain", "ingest", ARTICLES.resolve("grain-corridor.txt").toString());
    assertThat(ingest.code()).as(ingest.err()).isZero();
    assertThat(ingest.err()).contains("handed to the running server");
    // the single-machine reference gets it too, so it keeps answering like the cluster
    ChildProcesses.Run toReference =
        env.reference()
            .cli(
                "ingest-grain-reference",
                "ingest",
                ARTICLES.resolve("grain-corridor.txt").toString());
    assertThat(toReference.code()).as(toReference.err()).isZero();
    // B's index follower picks the article up from the shared store: ask B until it answers
    long chat = 50_000;
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (true) {
      assertThat(client.ask(instanceUrl(1), chat, question).status()).isEqualTo(200);
      chats.awaitReplies(List.of(chat), 1, REPLY_WAIT);
      if (chats.replies(chat).contains(expected)) break;
      assertThat(System.nanoTime())
          .as("B answers from the new article within 60 s")
          .isLessThan(deadline);
      chat++;
      Thread.sleep(500);
    }
    // through the proxy: two consecutive questions go to the two instances; both answer from it
    List<Integer> upstreams = new ArrayList<>();
    for (long c : List.of(51_000L, 51_001L)) {
      WebhookClient.Posted p = client.ask(proxyUrl(), c, question);
      assertThat(p.status()).isEqualTo(200);
      upstreams.add(p.upstream());
    }
    assertThat(upstreams).containsExactlyInAnyOrder(0, 1);
    chats.awaitReplies(List.of(51_000L, 51_001L), 1, REPLY_WAIT);
    assertThat(chats.replies(51_000)).contains(expected);
    assertThat(chats.replies(51_001)).contains(expected);
  }

  @Test
  @Order(3)
  void oneChatsQuestionsThroughBothInstancesAnsweredOnceAndInOrder() throws Exception {
    List<String> questions = Chats.goldenQuestions().subList(0, 6);
    long refChat = 60_000;
    long chat = 60_001;
    for (String q : questions)
      assertThat(client.ask(referenceUrl(), refChat, q).status()).isEqualTo(200);
    List<Long> ids = new ArrayList<>();
    Set<Integer> upstreams = new HashSet<>();
    for (String q : questions) {
      long id = client.nextUpdateId(); // increasing
      ids.add(id);
      WebhookClient.Posted p = client.post(proxyUrl(), id, chat, q);
      assertThat(p.status()).isEqualTo(200);
      upstreams.add(p.upstream());
    }
    // Telegram re-delivering two of them (a balancer's retry): each lands on the other instance
    for (int k : new int[] {2, 4}) {
      assertThat(client.post(proxyUrl(), ids.get(k), chat, questions.get(k)).status())
          .isEqualTo(200);
    }
    assertThat(upstreams)
        .as("the chat's updates reached both instances")
        .containsExactlyInAnyOrder(0, 1);
    chats.awaitReplies(List.of(refChat, chat), questions.size(), REPLY_WAIT);
    Thread.sleep(3000); // a duplicate answer would come within this
    List<String> got = env.api().sent(chat).stream().map(FakeBotApi.Call::text).toList();
    List<String> want = env.api().sent(refChat).stream().map(FakeBotApi.Call::text).toList();
    assertThat(got).as("each update answered once").hasSize(questions.size());
    assertThat(got).as("the replies in the order of the questions").containsExactlyElementsOf(want);
  }

  @Test
  @Order(4)
  void fanOutTo2000WithAnInstanceKilledAlertsEveryoneOnceWithinTheRate() throws Exception {
    List<Long> subscribers =
        LongStream.range(SUBSCRIBER_CHATS, SUBSCRIBER_CHATS + SUBSCRIBERS).boxed().toList();
    long t0 = System.nanoTime();
    try (AlertStore store = env.alertStore()) {
      store.subscribeMany(subscribers, "private", "prisoner exchange", Instant.now());
    }
    figures.put(
        "2,000 subscriptions created (alerts store on the shared PostgreSQL, one call)",
        "%.0f ms",
        Figures.millis(System.nanoTime() - t0));
    FakeBotApi api = env.api();
    long before = api.okSends(); // the answers of the earlier tests
    api.holdAfter(before + KILL_AFTER, HOLD_MILLIS);
    ChildProcesses.Run ingest =
        env.instances()
            .get(0)
            .cli(
                "ingest-exchange", "ingest", ARTICLES.resolve("exchange-bosphorus.txt").toString());
    assertThat(ingest.code()).as(ingest.err()).isZero();

    // the KILL_AFTER-th send is held at one instance; the next can only come from the other one
    ChildProcesses.waitFor(
        "a quarter of the alerts, one in flight at each instance",
        FAN_OUT_WAIT,
        () -> api.okSends() >= before + KILL_AFTER + 1);
    ServeInstance victim = env.instances().get(1);
    long atKill = Deliveries.sent(api, SUBSCRIBER_CHATS, SUBSCRIBERS);
    victim.kill();
    api.holdAfter(0, 0);
    long afterKill = Deliveries.sent(env.api(), SUBSCRIBER_CHATS, SUBSCRIBERS);
    ChildProcesses.waitFor(
        "every subscriber alerted",
        FAN_OUT_WAIT,
        () -> api.perChat().keySet().containsAll(subscribers));
    try (AlertStore store = env.alertStore()) {
      ChildProcesses.waitFor(
          "an empty outbox", Duration.ofSeconds(60), () -> store.countOutbox("pending") == 0);
      assertThat(store.countOutbox("sent")).isEqualTo(SUBSCRIBERS);
    }
    Thread.sleep(2000); // a late duplicate would show within this

    Deliveries d = Deliveries.of(api, SUBSCRIBER_CHATS, SUBSCRIBERS);
    int busiest = Figures.busiestWindow(d.sendNanos(), 1_000_000_000L);
    figures.put(
        "fan-out",
        "%d sends in %.1f s = %.1f/s (limit %.0f/s); busiest 1-s window %d;"
            + " tightest %d consecutive sends span %.0f ms",
        d.sendNanos().size(),
        d.seconds(),
        d.sendNanos().size() / d.seconds(),
        RATE,
        busiest,
        (int) RATE + 1,
        Figures.millis(Figures.tightestSpan(d.sendNanos(), (int) RATE + 1)));
    figures.put(
        "fan-out kill",
        "%s killed (-9) at %d alerts out (%d when it was dead); missing %d, duplicates %d (bound %d)",
        victim.name(),
        atKill,
        afterKill,
        d.missing(),
        d.duplicates(),
        MAX_IN_FLIGHT);
    assertThat(d.missing()).as("subscribers without their alert").isZero();
    assertThat(d.duplicates())
        .as("alerts sent twice (B's message in flight at the kill, resent after its lease)")
        .isBetween(1, MAX_IN_FLIGHT);
    assertThat(busiest).as("sends in the busiest 1-second window").isLessThanOrEqualTo((int) RATE);
  }

  @Test
  @Order(5)
  void oneOpenSearchNodeStoppedTheQuestionsAreStillAnsweredTheSame() throws Exception {
    assertThat(env.search()).as("the instances retrieve from OpenSearch").isNotNull();
    for (ServeInstance i : env.instances()) {
      assertThat(dir.resolve(i.name()).resolve("lucene"))
          .as(i.name() + " keeps no Lucene index of its own")
          .doesNotExist();
    }
    assertThat(dir.resolve("reference").resolve("lucene")).isDirectory(); // the check can fail
    List<String> questions = Chats.goldenQuestions();
    chats.burst(proxyUrl(), questions, BEFORE_NODE_STOP_CHATS);
    env.search().stopNode(0); // the first host in every instance's list
    Chats.Burst after = chats.burst(proxyUrl(), questions, AFTER_NODE_STOP_CHATS);
    chats.report("golden set with OpenSearch node 0 stopped", List.of(after));
    List<String> differ = new ArrayList<>();
    for (int i = 0; i < questions.size(); i++) {
      String before = chats.replies(BEFORE_NODE_STOP_CHATS + i);
      assertThat(before).as("answer to " + questions.get(i)).isNotBlank();
      if (!chats.replies(AFTER_NODE_STOP_CHATS + i).equals(before)) differ.add(questions.get(i));
    }
    assertThat(differ).as("replies that changed when a node stopped").isEmpty();
  }
}
