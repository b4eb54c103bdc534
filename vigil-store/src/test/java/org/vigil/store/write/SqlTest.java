package org.vigil.store.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlTest {
  @Test
  void inValuesArePaddedToAPowerOfTwoWithTheLastValue() {
    assertThat(Sql.inValues(List.of("a"))).containsExactly("a");
    assertThat(Sql.inValues(List.of("a", "b"))).containsExactly("a", "b");
    assertThat(Sql.inValues(List.of("a", "b", "c"))).containsExactly("a", "b", "c", "c");
    assertThat(Sql.inValues(List.of(1L, 2L, 3L, 4L, 5L))).containsExactly(1L, 2L, 3L, 4L, 5L, 5L, 5L, 5L);
    assertThat(Sql.inValues(java.util.Collections.nCopies(Sql.MAX_IN, 7L))).hasSize(512);
  }

  @Test
  void inListHasOnePlaceholderPerValue() {
    assertThat(Sql.inList(1)).isEqualTo("?");
    assertThat(Sql.inList(4)).isEqualTo("?,?,?,?");
  }
}
