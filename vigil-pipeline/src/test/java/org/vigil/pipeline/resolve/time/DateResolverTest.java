package org.vigil.pipeline.resolve.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DateResolverTest {

  @Test
  void easterSundayByTheComputus() {
    assertThat(DateResolver.easter(2014)).hasToString("2014-04-20");
    assertThat(DateResolver.easter(2015)).hasToString("2015-04-05");
    assertThat(DateResolver.easter(2016)).hasToString("2016-03-27");
    assertThat(DateResolver.easter(2024)).hasToString("2024-03-31");
  }
}
