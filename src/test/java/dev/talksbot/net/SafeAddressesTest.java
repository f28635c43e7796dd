package dev.talksbot.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.talksbot.config.ConfigException;
import dev.talksbot.config.ConfigLoader;
import dev.talksbot.config.TalksbotConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The address rules on literals only: nothing here is looked up in DNS or connected to. */
class SafeAddressesTest {
  @TempDir Path home;

  static InetAddress ip(String literal) throws UnknownHostException {
    return InetAddress.getByName(literal); // literals only: no lookup
  }

  static String refused(SafeAddresses s, String literal) throws UnknownHostException {
    return s.check(ip(literal)) instanceof SafeAddresses.Verdict.Refused r ? r.category() : null;
  }

  @Test
  void nonPublicAddressesAreRefusedWithTheirCategory() throws Exception {
    SafeAddresses s = SafeAddresses.strict();
    Map<String, String> cases =
        Map.ofEntries(
            Map.entry("127.0.0.1", "loopback"),
            Map.entry("127.255.1.2", "loopback"),
            Map.entry("::1", "loopback"),
            Map.entry("0.0.0.0", "unspecified"),
            Map.entry("0.1.2.3", "unspecified (this network)"),
            Map.entry("::", "unspecified"),
            Map.entry("169.254.169.254", "link-local"),
            Map.entry("fe80::1", "link-local"),
            Map.entry("10.0.0.1", "private (site-local)"),
            Map.entry("172.16.0.1", "private (site-local)"),
            Map.entry("172.31.255.255", "private (site-local)"),
            Map.entry("192.168.1.1", "private (site-local)"),
            Map.entry("100.64.0.1", "shared address space (CGNAT)"),
            Map.entry("100.127.255.254", "shared address space (CGNAT)"),
            Map.entry("fc00::1", "unique-local"),
            Map.entry("fd12:3456::1", "unique-local"),
            Map.entry("224.0.0.1", "multicast"),
            Map.entry("ff02::1", "multicast"),
            Map.entry("255.255.255.255", "reserved (and broadcast)"),
            // IPv4-mapped forms are the IPv4 address itself to the JDK
            Map.entry("::ffff:127.0.0.1", "loopback"),
            Map.entry("::ffff:a9fe:a9fe", "link-local"),
            Map.entry("::ffff:10.0.0.1", "private (site-local)"),
            // other IPv6 spellings that carry an IPv4 address
            Map.entry("::127.0.0.1", "IPv6 form of a loopback IPv4 address"),
            Map.entry("64:ff9b::10.0.0.1", "IPv6 form of a private (site-local) IPv4 address"),
            Map.entry("2002:c0a8:0101::1", "IPv6 form of a private (site-local) IPv4 address"),
            Map.entry("2002:a9fe:a9fe::", "IPv6 form of a link-local IPv4 address"));
    for (var e : cases.entrySet()) {
      assertThat(refused(s, e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
    }
  }

  @Test
  void publicAddressesAndNearMissesAreAllowed() throws Exception {
    SafeAddresses s = SafeAddresses.strict();
    for (String ok :
        List.of(
            "93.184.216.34",
            "8.8.8.8",
            "172.15.255.255", // just below 172.16/12
            "172.32.0.0", // just above it
            "100.63.255.255", // just below 100.64/10
            "100.128.0.0",
            "11.0.0.1",
            "2606:4700:4700::1111",
            "64:ff9b::8.8.8.8", // NAT64 of a public address
            "2002:0808:0808::1")) { // 6to4 of a public address
      assertThat(s.check(ip(ok))).as(ok).isInstanceOf(SafeAddresses.Verdict.Allowed.class);
    }
  }

  @Test
  void theAllowListOpensExactlyWhatItNames() throws Exception {
    SafeAddresses s = SafeAddresses.allowing(List.of("127.0.0.1", "10.1.0.0/16", "[::1]"));
    assertThat(refused(s, "127.0.0.1")).isNull();
    assertThat(refused(s, "::ffff:127.0.0.1")).isNull(); // the same address
    assertThat(refused(s, "::1")).isNull();
    assertThat(refused(s, "10.1.200.3")).isNull();
    assertThat(refused(s, "127.0.0.2")).isEqualTo("loopback");
    assertThat(refused(s, "10.2.0.1")).isEqualTo("private (site-local)");
    assertThat(refused(s, "::127.0.0.1")).isEqualTo("IPv6 form of a loopback IPv4 address");
  }

  @Test
  void resolveChecksLiteralsInEveryJdkSpellingWithoutDns() throws Exception {
    SafeAddresses s = SafeAddresses.strict();
    for (String host : List.of("127.0.0.1", "2130706433", "127.1", "0", "::1", "[::1]", "::")) {
      assertThatThrownBy(() -> s.resolve(host))
          .as(host)
          .isInstanceOf(AddressNotAllowedException.class)
          .hasMessage("that address is not allowed");
    }
    // ambiguous forms the JDK does not accept as literals are not resolved at all
    assertThatThrownBy(() -> s.resolve("0x7f000001")).isInstanceOf(UnknownHostException.class);
    assertThat(s.resolve("8.8.8.8")).containsExactly(ip("8.8.8.8"));
    assertThat(SafeAddresses.allowing(List.of("127.0.0.0/8")).resolve("127.0.0.2"))
        .containsExactly(ip("127.0.0.2"));
  }

  @Test
  void cidrEntriesAreParsedStrictlyWithClearMessages() throws Exception {
    assertThat(Cidr.parse("10.0.0.0/8")).hasToString("10.0.0.0/8");
    assertThat(Cidr.parse(" 127.0.0.1 ")).hasToString("127.0.0.1/32");
    assertThat(Cidr.parse("fc00::/7").contains(InetAddress.getByName("fdff::1"))).isTrue();
    assertThatThrownBy(() -> Cidr.parse("example.org"))
        .hasMessageContaining("'example.org' is not an IP address or CIDR block")
        .hasMessageContaining("host names are not accepted");
    assertThatThrownBy(() -> Cidr.parse("10.0.0.1/8"))
        .hasMessageContaining("the block starts at 10.0.0.0/8");
    assertThatThrownBy(() -> Cidr.parse("10.0.0.0/33")).hasMessageContaining("must be 0..32");
    assertThatThrownBy(() -> Cidr.parse("256.0.0.1")).hasMessageContaining("256 is over 255");
    assertThatThrownBy(() -> Cidr.parse("127.1")).hasMessageContaining("is not an IP address");
    assertThatThrownBy(() -> Cidr.parse("10.0.0.0/x")).hasMessageContaining("number of bits");
    assertThatThrownBy(() -> Cidr.parse("")).hasMessageContaining("empty entry");
  }

  @Test
  void theConfigKeyLoadsAndABadEntryIsNamed() throws IOException {
    Path cfg = Files.createDirectories(home.resolve("config"));
    Path good =
        Files.writeString(
            cfg.resolve("good.yaml"), "alerts:\n  fetchAllow: [\"127.0.0.1\", \"10.1.0.0/16\"]\n");
    TalksbotConfig c = new ConfigLoader(Map.of(), home).load(good);
    assertThat(c.alerts().fetchAllow()).containsExactly("127.0.0.1", "10.1.0.0/16");
    assertThat(TalksbotConfig.defaults().alerts().fetchAllow()).isEmpty();
    Path bad = Files.writeString(cfg.resolve("bad.yaml"), "alerts:\n  fetchAllow: [intranet]\n");
    assertThatThrownBy(() -> new ConfigLoader(Map.of(), home).load(bad))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("alerts.fetchAllow: 'intranet' is not an IP address or CIDR block");
  }
}
