package dev.talksbot.net;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which addresses outbound fetches (feeds, feed items, {@code /ingest}) may connect to: public
 * unicast addresses, and addresses the operator names in {@code alerts.fetchAllow}. Loopback,
 * link-local (cloud metadata at 169.254.169.254 included), private, shared (CGNAT), unique-local,
 * multicast, unspecified and reserved addresses are refused, also when written as IPv6 forms that
 * embed an IPv4 address (IPv4-mapped, IPv4-compatible, NAT64, 6to4).
 *
 * <p>{@link #resolve} resolves a host once and checks every address it resolves to; the caller must
 * connect to those very addresses (no second lookup between check and connect).
 *
 * @param allow blocks that are allowed even though a rule below would refuse them
 */
public record SafeAddresses(List<Cidr> allow) {

  /** One refusing rule: the block and what it is, for the operator's log. */
  private record Rule(Cidr block, String category) {}

  private static final List<Rule> RULES =
      List.of(
          // IPv4 (RFC 6890 special-purpose blocks that are not on the public internet)
          rule("0.0.0.0/8", "unspecified (this network)"),
          rule("10.0.0.0/8", "private (site-local)"),
          rule("100.64.0.0/10", "shared address space (CGNAT)"),
          rule("127.0.0.0/8", "loopback"),
          rule("169.254.0.0/16", "link-local"),
          rule("172.16.0.0/12", "private (site-local)"),
          rule("192.0.0.0/24", "IETF protocol assignments"),
          rule("192.168.0.0/16", "private (site-local)"),
          rule("198.18.0.0/15", "benchmarking"),
          rule("224.0.0.0/4", "multicast"),
          rule("240.0.0.0/4", "reserved (and broadcast)"),
          // IPv6
          rule("::/128", "unspecified"),
          rule("::1/128", "loopback"),
          rule("fe80::/10", "link-local"),
          rule("fec0::/10", "site-local"),
          rule("fc00::/7", "unique-local"),
          rule("ff00::/8", "multicast"));

  /** IPv6 blocks that carry an IPv4 address in their last 32 bits; that address is checked too. */
  private static final List<Cidr> EMBED_LOW_32 =
      List.of(
          Cidr.parse("::/96"), // IPv4-compatible (deprecated), e.g. ::127.0.0.1
          Cidr.parse("64:ff9b::/96"), // NAT64 well-known prefix
          Cidr.parse("64:ff9b:1::/48")); // NAT64 local-use prefix

  /** 6to4: the IPv4 address follows the 2002::/16 prefix (bytes 2..5). */
  private static final Cidr SIX_TO_FOUR = Cidr.parse("2002::/16");

  /**
   * Hosts OkHttp and the JDK treat as address literals (same pattern as OkHttp's {@code
   * canParseAsIpAddress}): such a host must parse as a literal, never go to DNS.
   */
  private static final Pattern LITERAL_LIKE =
      Pattern.compile("([0-9a-fA-F]*:[0-9a-fA-F:.]*)|([\\d.]+)");

  public SafeAddresses {
    if (allow == null) throw new IllegalArgumentException("allow list must not be null");
    allow = List.copyOf(allow);
  }

  /** Refuses every non-public address. */
  public static SafeAddresses strict() {
    return new SafeAddresses(List.of());
  }

  /**
   * Allows the given addresses or CIDR blocks ({@code alerts.fetchAllow}) on top of public ones.
   */
  public static SafeAddresses allowing(List<String> entries) {
    return new SafeAddresses(entries.stream().map(Cidr::parse).toList());
  }

  /** What the check says about one address. */
  public sealed interface Verdict {
    /** May be connected to. */
    record Allowed(InetAddress address) implements Verdict {}

    /** Refused; {@code category} names the rule, e.g. "loopback". */
    record Refused(InetAddress address, String category) implements Verdict {}
  }

  public Verdict check(InetAddress a) {
    for (Cidr c : allow) {
      if (c.contains(a)) return new Verdict.Allowed(a);
    }
    String why = refusedCategory(a);
    return why == null ? new Verdict.Allowed(a) : new Verdict.Refused(a, why);
  }

  /** How a host name becomes addresses: the system resolver, or a fixed table in tests. */
  @FunctionalInterface
  public interface Lookup {
    Lookup SYSTEM = InetAddress::getAllByName;

    InetAddress[] lookup(String host) throws UnknownHostException;
  }

  /** {@link #resolve(String, Lookup)} with the system resolver. */
  public List<InetAddress> resolve(String host)
      throws AddressNotAllowedException, UnknownHostException {
    return resolve(host, Lookup.SYSTEM);
  }

  /**
   * Resolves {@code host} (a name or an address literal) once and checks every address. All must be
   * allowed: one refused address refuses the host (a name that resolves to a public and a private
   * address is not a public name). Address literals are parsed, never passed to {@code lookup}.
   *
   * @return the checked addresses, to connect to (and only to them)
   * @throws AddressNotAllowedException if any address is refused
   * @throws UnknownHostException if the host does not resolve (or a literal-looking host is not a
   *     valid literal)
   */
  public List<InetAddress> resolve(String host, Lookup lookup)
      throws AddressNotAllowedException, UnknownHostException {
    if (host == null || host.isEmpty()) throw new UnknownHostException("no host");
    String h =
        host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    InetAddress[] all;
    if (LITERAL_LIKE.matcher(h).matches()) {
      all = InetAddress.getAllByName(h);
      for (InetAddress a : all) {
        // InetAddress.toString() is "name/address", with an empty name for a parsed literal: a
        // literal-looking host that went to DNS would be looked up again by the HTTP client
        if (!a.toString().startsWith("/")) throw new UnknownHostException("not an address literal");
      }
    } else {
      all = lookup.lookup(h);
    }
    if (all == null || all.length == 0) throw new UnknownHostException("no address");
    for (InetAddress a : all) {
      if (check(a) instanceof Verdict.Refused r) throw new AddressNotAllowedException(r.category());
    }
    return List.copyOf(Arrays.asList(all));
  }

  /** The category of the first refusing rule, or null when {@code a} is a public address. */
  static String refusedCategory(InetAddress a) {
    if (a.isAnyLocalAddress()) return "unspecified";
    if (a.isLoopbackAddress()) return "loopback";
    if (a.isLinkLocalAddress()) return "link-local";
    if (a.isSiteLocalAddress()) return "private (site-local)";
    if (a.isMulticastAddress()) return "multicast";
    for (Rule r : RULES) {
      if (r.block().contains(a)) return r.category();
    }
    if (a instanceof Inet6Address) {
      byte[] b = a.getAddress();
      InetAddress embedded = null;
      for (Cidr c : EMBED_LOW_32) {
        if (c.contains(a)) embedded = v4(Arrays.copyOfRange(b, 12, 16));
      }
      if (SIX_TO_FOUR.contains(a)) embedded = v4(Arrays.copyOfRange(b, 2, 6));
      if (embedded != null) {
        String inner = refusedCategory(embedded);
        if (inner != null) return "IPv6 form of a " + inner + " IPv4 address";
      }
    }
    return null;
  }

  private static InetAddress v4(byte[] four) {
    try {
      return InetAddress.getByAddress(four);
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e); // cannot happen: four bytes
    }
  }

  private static Rule rule(String cidr, String category) {
    return new Rule(Cidr.parse(cidr), category);
  }
}
