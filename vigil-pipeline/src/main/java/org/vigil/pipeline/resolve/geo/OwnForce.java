package org.vigil.pipeline.resolve.geo;

import java.util.regex.Pattern;

/**
 * Whether a text names a town's own police force or school district: "North Charleston Police Department
 * investigators say", "Alpine ISD immediately placed a lockdown". A place with a force or a district of its own is a
 * town in its own right, not a section of a larger town (GeoNames' PPLX) nor a quarter or a street of the city an
 * outlet serves (Chicago's Austin, Louisville's Portland, Boston's Dorchester have none of their own). Stateless.
 */
final class OwnForce {
  private OwnForce() {}

  /** Whether the text names the town's police ("Town police", "Town Police Department") or school district. */
  static boolean named(String town, String text) {
    if (town == null || town.isBlank() || text == null) {
      return false;
    }
    // the town's name in any case: a dateline's capitals ("UNIVERSAL CITY, Texas —") name it as well
    return Pattern.compile("\\b" + Pattern.quote(town) + " (?:police\\b|ISD\\b|Independent School District)",
        Pattern.CASE_INSENSITIVE).matcher(text).find();
  }
}
