package dev.talksbot.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * A block of IP addresses: a network address and a prefix length ({@code 10.0.0.0/8}, {@code
 * fc00::/7}); a single address is a block with the full prefix ({@code 127.0.0.1} = {@code
 * 127.0.0.1/32}). Parsing never looks anything up in DNS: only address literals are accepted.
 *
 * @param network the first address of the block (its host bits are zero)
 * @param prefix the number of leading bits that every address in the block shares
 */
public record Cidr(InetAddress network, int prefix) {
  /** Dotted decimal, four parts: the only IPv4 form accepted in the config (no 127.1, no 0x7f…). */
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  /** Hex digits and colons, optionally ending in a dotted IPv4 part (::ffff:10.0.0.1). */
  private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:]*:[0-9a-fA-F:.]*");

  public Cidr {
    if (network == null) throw new IllegalArgumentException("a CIDR block needs an address");
    int bits = network.getAddress().length * 8;
    if (prefix < 0 || prefix > bits) {
      throw new IllegalArgumentException(
          "prefix /" + prefix + " of " + network.getHostAddress() + " must be 0.." + bits);
    }
    byte[] a = network.getAddress();
    for (int i = prefix; i < bits; i++) {
      if ((a[i / 8] & (0x80 >>> (i % 8))) != 0) {
        throw new IllegalArgumentException(
            network.getHostAddress()
                + "/"
                + prefix
                + " has bits set after the prefix; the block starts at "
                + masked(a, prefix).getHostAddress()
                + "/"
                + prefix);
      }
    }
  }

  /**
   * Parses {@code 127.0.0.1}, {@code 10.0.0.0/8}, {@code ::1}, {@code [::1]} or {@code fc00::/7}.
   *
   * @throws IllegalArgumentException naming the entry and what is wrong with it
   */
  public static Cidr parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("an empty entry is not an address or CIDR block");
    }
    String t = text.strip();
    int slash = t.indexOf('/');
    String addr = slash < 0 ? t : t.substring(0, slash);
    if (addr.startsWith("[") && addr.endsWith("]")) addr = addr.substring(1, addr.length() - 1);
    InetAddress a = literal(addr, text);
    int bits = a.getAddress().length * 8;
    int prefix = bits;
    if (slash >= 0) {
      String p = t.substring(slash + 1);
      if (!p.matches("\\d{1,3}")) {
        throw new IllegalArgumentException(
            "'" + text + "': the prefix after / must be a number of bits, 0.." + bits);
      }
      prefix = Integer.parseInt(p);
    }
    try {
      return new Cidr(a, prefix);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + text + "': " + e.getMessage());
    }
  }

  /** Whether {@code a} is in this block (an IPv4 address is never in an IPv6 block). */
  public boolean contains(InetAddress a) {
    byte[] x = a.getAddress();
    byte[] n = network.getAddress();
    if (x.length != n.length) return false;
    for (int i = 0; i < prefix; i++) {
      int m = 0x80 >>> (i % 8);
      if ((x[i / 8] & m) != (n[i / 8] & m)) return false;
    }
    return true;
  }

  @Override
  public String toString() {
    return network.getHostAddress() + "/" + prefix;
  }

  private static InetAddress literal(String addr, String text) {
    boolean v4 = IPV4.matcher(addr).matches();
    if (!v4 && !IPV6.matcher(addr).matches()) {
      throw new IllegalArgumentException(
          "'"
              + text
              + "' is not an IP address or CIDR block (host names are not accepted); examples:"
              + " 127.0.0.1, 10.0.0.0/8, ::1, fc00::/7");
    }
    if (v4) {
      for (String part : addr.split("\\.")) {
        if (Integer.parseInt(part) > 255) {
          throw new IllegalArgumentException("'" + text + "': " + part + " is over 255");
        }
      }
    }
    try {
      return InetAddress.getByName(addr); // a literal: checked, never looked up
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("'" + text + "' is not a valid IP address");
    }
  }

  private static InetAddress masked(byte[] a, int prefix) {
    byte[] m = a.clone();
    for (int i = prefix; i < m.length * 8; i++) m[i / 8] &= (byte) ~(0x80 >>> (i % 8));
    try {
      return InetAddress.getByAddress(m);
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e); // cannot happen: 4 or 16 bytes
    }
  }
}
