package org.vigil.eval.score;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class PyValuesTest {
  private static JsonNode j(String json) throws Exception {
    return new ObjectMapper().readTree(json);
  }

  @Test
  void numTruncatesLikeIntOfFloat() throws Exception {
    assertThat(PyValues.num(j("2.9"))).isEqualTo(BigInteger.TWO);
    assertThat(PyValues.num(j("\" -3.5 \""))).isEqualTo(BigInteger.valueOf(-3));
    assertThat(PyValues.num(j("\"1e2\""))).isEqualTo(BigInteger.valueOf(100));
    assertThat(PyValues.num(j("true"))).isEqualTo(BigInteger.ONE);
    assertThat(PyValues.num(j("\"\""))).isNull();
    assertThat(PyValues.num(j("\"three\""))).isNull();
    assertThat(PyValues.num(j("\"nan\""))).isNull();
    assertThat(PyValues.num(j("null"))).isNull();
  }

  @Test
  void keysCompareNumbersByValueAndNeverEqualStrings() throws Exception {
    assertThat(PyValues.key(j("1"))).isEqualTo(PyValues.key(j("1.0"))).isEqualTo(PyValues.key(j("true")));
    assertThat(PyValues.key(j("\"1\""))).isNotEqualTo(PyValues.key(j("1")));
  }

  @Test
  void strAndTruthinessFollowPython() throws Exception {
    assertThat(PyValues.str(j("1.0"))).isEqualTo("1.0");
    assertThat(PyValues.str(j("null"))).isEqualTo("None");
    assertThat(PyValues.truthy(j("0"))).isFalse();
    assertThat(PyValues.truthy(j("[]"))).isFalse();
    assertThat(PyValues.truthy(j("\" \""))).isTrue();
  }
}
