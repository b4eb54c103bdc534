package org.vigil.geo.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MiniJsonTest {

    @Test
    void parsesObjectsArraysStringsNumbersAndLiterals() {
        Object v = MiniJson.parse(" {\"a\": [1, -2.5e1, true, false, null], \"b\": \"x\\u00e9\\n\\\"\", \"c\": {}} ");
        assertThat(v).isEqualTo(Map.of(
                "a", java.util.Arrays.asList(1.0, -25.0, true, false, null),
                "b", "xé\n\"",
                "c", Map.of()));
        assertThat(MiniJson.parse("[]")).isEqualTo(List.of());
    }

    @Test
    void rejectsMalformedInputWithTheOffset() {
        assertThatThrownBy(() -> MiniJson.parse("{\"a\" 1}")).hasMessageContaining("expected ':' at offset");
        assertThatThrownBy(() -> MiniJson.parse("[1,]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MiniJson.parse("[1] x")).hasMessageContaining("trailing");
        assertThatThrownBy(() -> MiniJson.parse("\"abc")).hasMessageContaining("end");
    }
}
