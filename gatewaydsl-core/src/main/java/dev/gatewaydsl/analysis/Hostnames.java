package dev.gatewaydsl.analysis;

/** Gateway API hostname matching: {@code *.example.com} matches one or more labels before it. */
final class Hostnames {
  private Hostnames() {}

  /** Whether some host matches both {@code a} and {@code b}. */
  static boolean intersect(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    boolean wildA = a.startsWith("*.");
    boolean wildB = b.startsWith("*.");
    if (wildA && wildB) {
      String suffixA = a.substring(1);
      String suffixB = b.substring(1);
      return suffixA.endsWith(suffixB) || suffixB.endsWith(suffixA);
    }
    if (wildA) {
      return matches(a, b);
    }
    if (wildB) {
      return matches(b, a);
    }
    return false;
  }

  /** Whether the wildcard {@code pattern} matches the plain host {@code host}. */
  private static boolean matches(String pattern, String host) {
    String suffix = pattern.substring(1);
    return host.length() > suffix.length() && host.endsWith(suffix);
  }
}
