package dev.gatewaydsl.azure;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/** IP address and CIDR syntax, without ever touching DNS. Not API. */
final class Addresses {
  private static final Pattern OCTET = Pattern.compile("0|[1-9][0-9]{0,2}");
  private static final Pattern IPV6_CHARS = Pattern.compile("[0-9A-Fa-f:.]+");

  private Addresses() {}

  /** A dotted-quad IPv4 address: four decimal octets 0 to 255, no leading zeros. */
  static boolean isIPv4(String text) {
    String[] parts = text.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String part : parts) {
      if (!OCTET.matcher(part).matches() || Integer.parseInt(part) > 255) {
        return false;
      }
    }
    return true;
  }

  /** A textual IPv6 address (no zone). */
  static boolean isIPv6(String text) {
    if (!text.contains(":") || !IPV6_CHARS.matcher(text).matches()) {
      return false;
    }
    try {
      return InetAddress.getByName(text).getAddress().length == 16;
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** An IPv4 or IPv6 prefix in CIDR notation, e.g. {@code 10.0.0.0/8} or {@code 2001:db8::/32}. */
  static boolean isCidr(String text) {
    int slash = text.indexOf('/');
    if (slash < 0 || !text.substring(slash + 1).matches("0|[1-9][0-9]{0,2}")) {
      return false;
    }
    String address = text.substring(0, slash);
    int bits = Integer.parseInt(text.substring(slash + 1));
    return isIPv4(address) ? bits <= 32 : isIPv6(address) && bits <= 128;
  }
}
