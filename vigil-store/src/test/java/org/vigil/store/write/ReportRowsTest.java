package org.vigil.store.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class ReportRowsTest {
  @Test
  void storedDatesReadAsTheIsoFormatterReadsThem() {
    for (String s : new String[] {"2024-05-01", "2024-02-29", "1999-12-31", "0001-01-01", "+10000-01-01"}) {
      assertThat(ReportRows.date(s)).isEqualTo(LocalDate.parse(s));
    }
    assertThat(ReportRows.date(null)).isNull();
    assertThatThrownBy(() -> ReportRows.date("2023-02-29")).isInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(() -> ReportRows.date("2023-1-290")).isInstanceOf(DateTimeParseException.class);
  }
}
