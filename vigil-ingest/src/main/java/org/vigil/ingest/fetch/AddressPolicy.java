package org.vigil.ingest.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Which addresses a fetch may connect to. Unless private addresses are allowed, a host is refused when any of its
 * addresses is loopback (127/8, ::1), unspecified (0.0.0.0, ::), private (10/8, 172.16/12, 192.168/16), link-local
 * (169.254/16 — where cloud metadata services answer — and fe80::/10), unique-local (fc00::/7), carrier-grade NAT
 * (100.64/10), "this network" (0/8) or multicast. Checking every address, not only the first, keeps a host with one
 * public and one private record out. Stateless.
 */
final class AddressPolicy {
  private AddressPolicy() {}

  /**
   * Resolves {@code host} and throws {@code blocked-address} or {@code unknown-host} when it may not be fetched.
   *
   * @param exempt private addresses allowed all the same (tests exempt loopback alone, to show that a redirect to
   *     another private address is refused)
   */
  static void check(String host, boolean allowPrivate, java.util.function.Predicate<InetAddress> exempt)
      throws FetchException {
    if (host == null || host.isBlank()) {
      throw new FetchException("bad-url", "no host");
    }
    InetAddress[] all;
    try {
      all = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      throw new FetchException("unknown-host", "cannot resolve " + host);
    }
    if (allowPrivate) {
      return;
    }
    for (InetAddress a : all) {
      if (isPrivate(a) && !exempt.test(a)) {
        throw new FetchException("blocked-address", host + " resolves to " + a.getHostAddress()
            + ", a private, loopback or link-local address (use --allow-private-addresses to fetch it)");
      }
    }
  }

  /** True for the address ranges listed in the class comment. */
  static boolean isPrivate(InetAddress a) {
    if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
        || a.isMulticastAddress()) {
      return true;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      return first == 0 || (first == 100 && second >= 64 && second < 128);
    }
    if (a instanceof Inet6Address) {
      return (b[0] & 0xfe) == 0xfc;
    }
    return false;
  }
}
