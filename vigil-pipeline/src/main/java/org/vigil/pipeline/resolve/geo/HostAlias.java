package org.vigil.pipeline.resolve.geo;

import java.util.List;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.GeoName;

/**
 * A host name that is as a whole another name of a city of 100,000 or more, the gazetteer's alternate name: the
 * outlet is that city's ("philly.com" is Philadelphia's paper; its pages' "the city's East Germantown section" had
 * been Germantown, Maryland). {@link Outlet#city} finds a city's own name anywhere in a host; an alternate name only
 * as the whole host, and never in a broadcaster's call sign ("ksla.com" is no paper of Kassala, Sudan). Stateless.
 */
final class HostAlias {
  /**
   * The shortest host taken for a city's other name: shorter ones are mostly initials ("laht.com", the Latin American
   * Herald Tribune, is no paper of Lahti).
   */
  private static final int MIN_KEY = 5;

  private HostAlias() {}

  /**
   * The cities of 100,000 or more the given host letters ({@link Outlet#host}) name as a whole, by any of their
   * names; none for a call sign's host or a shorter key.
   */
  static List<GeoName> cities(Gazetteer gazetteer, String host, String url) {
    if (host.length() < MIN_KEY || Address.callSign(url)) {
      return List.of();
    }
    return gazetteer.lookup(host).stream()
        .filter(g -> g.kind() == GeoName.Kind.POPULATED_PLACE && City.is(g)).toList();
  }
}
