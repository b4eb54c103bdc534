package org.vigil.pipeline.resolve.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.SharedPipeline.extract;

import org.junit.jupiter.api.Test;
import org.vigil.geo.GeoName;
import org.vigil.model.Extraction;

/** {@link BigCity}: whether an outlet named after a city is the big city's. Pages written for these tests. */
class BigCityTest {

  private static final GeoName MEMPHIS = new GeoName(4641239, "Memphis", 35.15, -90.05, "US", "TN", "Tennessee",
      "P", "PPLA2", 650_000, GeoName.Kind.POPULATED_PLACE);

  @Test
  void aBrandBeforeTheCityInTheHostNamesTheBigCity() {
    assertThat(BigCity.meant(null, "http://www.wxyz5memphis.com/news/story", MEMPHIS)).isTrue();
    assertThat(BigCity.meant(null, "http://web.archive.org/web/2016/http://www.fox99memphis.com:80/", MEMPHIS))
        .isTrue();
  }

  @Test
  void aHostThatOpensWithTheCityOrIsTheCityAloneMayBeANamesakesPaper() {
    assertThat(BigCity.meant(null, "http://www.memphisfreepress.com/news/story", MEMPHIS)).isFalse();
    assertThat(BigCity.meant(null, "http://memphis.example.com/news/story", MEMPHIS)).isFalse();
    assertThat(BigCity.meant(null, null, MEMPHIS)).isFalse();
  }

  /**
   * Memphis, Indiana lies near Kentucky's Parkway Village; a broadcaster's host named after Memphis says which
   * Memphis the outlet is, as the page title does in {@code PlaceResolverTest}.
   */
  @Test
  void aBareTownFarFromTheCityABroadcastersHostNamesIsAPartOfThatCity() {
    Extraction x = extract("http://www.wxyz5memphis.com/news/boy-shot", "Boy shot in Parkway Village",
        "A boy was shot in Parkway Village on Friday afternoon, police said.", "2016-04-01");
    assertThat(x.main().place().resolvedName()).isEqualTo("Memphis");
    assertThat(x.main().place().admin1()).isEqualTo("Tennessee");
  }
}
