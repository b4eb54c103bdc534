package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeoNameTest {

    @Test
    void recordsRejectNullsAndImpossibleValues() {
        assertThatThrownBy(() -> new GeoName(1, null, 0, 0, "ML", "", "", "P", "PPL", 0,
                GeoName.Kind.POPULATED_PLACE)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new GeoName(1, "x", 95, 0, "ML", "", "", "P", "PPL", 0,
                GeoName.Kind.POPULATED_PLACE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeoName(1, "x", 0, 0, "ML", "", "", "P", "PPL", -1,
                GeoName.Kind.POPULATED_PLACE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countryCopiesItsDemonyms() {
        List<String> demonyms = new ArrayList<>(List.of("Malian"));
        Country mali = new Country("ML", "MLI", "Mali", "Republic of Mali", 17, -4, "Bamako", demonyms, true, -324);
        demonyms.add("changed");
        assertThat(mali.demonyms()).containsExactly("Malian");
        assertThatThrownBy(() -> mali.demonyms().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }
}
