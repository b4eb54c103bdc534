package org.vigil.eval.score;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * JSON values read the way the reference scorers (Python) read them: truthiness, {@code str()}, {@code int(float(x))},
 * dictionary keys ({@code 1 == 1.0 == True}), and an exactly rounded mean like {@code statistics.mean}.
 * Stateless and thread-safe.
 */
public final class PyValues {
  private static final Pattern PY_FLOAT = Pattern.compile(
      "[+-]?(?:(?:\\d(?:_?\\d)*)?\\.?\\d(?:_?\\d)*(?:[eE][+-]?\\d(?:_?\\d)*)?|\\d(?:_?\\d)*\\.|inf|infinity|nan)",
      Pattern.CASE_INSENSITIVE);

  private PyValues() {}

  /** Python's truth value of a JSON value: null, false, 0, "", [] and {} are false; a missing value is false. */
  public static boolean truthy(JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return false;
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    if (v.isNumber()) {
      return v.decimalValue().signum() != 0;
    }
    if (v.isTextual()) {
      return !v.textValue().isEmpty();
    }
    return v.size() > 0;
  }

  /** Whether the value is absent or JSON null ({@code x is None} after {@code dict.get}). */
  public static boolean isNone(JsonNode v) {
    return v == null || v.isNull() || v.isMissingNode();
  }

  /**
   * The scorers' {@code num(x)}: null for None or "", else {@code int(float(x))} (truncated toward zero), or null when
   * that raises (a word, NaN, a list).
   */
  public static BigInteger num(JsonNode x) {
    if (isNone(x)) {
      return null;
    }
    if (x.isBoolean()) {
      return x.booleanValue() ? BigInteger.ONE : BigInteger.ZERO;
    }
    if (x.isIntegralNumber()) {
      return x.bigIntegerValue();
    }
    if (x.isNumber()) {
      return truncate(x.doubleValue());
    }
    if (x.isTextual()) {
      String s = PyText.strip(x.textValue());
      if (s.isEmpty() || !PY_FLOAT.matcher(s).matches()) {
        return null;
      }
      String lower = s.toLowerCase(java.util.Locale.ROOT).replace("_", "");
      if (lower.endsWith("nan")) {
        return null;
      }
      if (lower.endsWith("inf") || lower.endsWith("infinity")) {
        throw new ArithmeticException("cannot convert float infinity to integer: " + s);
      }
      return truncate(Double.parseDouble(lower));
    }
    return null;
  }

  private static BigInteger truncate(double d) {
    if (Double.isNaN(d)) {
      return null;
    }
    if (Double.isInfinite(d)) {
      throw new ArithmeticException("cannot convert float infinity to integer");
    }
    return new BigDecimal(d).toBigInteger();
  }

  /** Python's {@code float(x)} for a JSON number or numeric string. */
  public static double toDouble(JsonNode x) {
    if (x.isNumber()) {
      return x.doubleValue();
    }
    if (x.isBoolean()) {
      return x.booleanValue() ? 1 : 0;
    }
    return Double.parseDouble(PyText.strip(x.asText()).replace("_", ""));
  }

  /** Python's {@code str(x)} of a JSON value ({@code None}, {@code True}, {@code 1.0}, the text itself). */
  public static String str(JsonNode x) {
    if (isNone(x)) {
      return "None";
    }
    if (x.isTextual()) {
      return x.textValue();
    }
    if (x.isBoolean()) {
      return x.booleanValue() ? "True" : "False";
    }
    if (x.isIntegralNumber()) {
      return x.bigIntegerValue().toString();
    }
    if (x.isNumber()) {
      return pyFloatRepr(x.doubleValue());
    }
    return x.toString();
  }

  private static String pyFloatRepr(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e16) {
      return BigDecimal.valueOf(d).setScale(1).toPlainString();
    }
    return Double.toString(d);
  }

  /**
   * A key with Python's dictionary equality: numbers (and booleans) by value, so {@code 1}, {@code 1.0} and
   * {@code true} are the same key; strings by text, never equal to a number; None as its own key.
   */
  public static String key(JsonNode x) {
    if (isNone(x)) {
      return "none:";
    }
    if (x.isBoolean()) {
      return "num:" + (x.booleanValue() ? "1" : "0");
    }
    if (x.isNumber()) {
      BigDecimal d = x.isIntegralNumber() ? new BigDecimal(x.bigIntegerValue()) : new BigDecimal(x.doubleValue());
      return "num:" + (d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString());
    }
    if (x.isTextual()) {
      return "str:" + x.textValue();
    }
    return "json:" + x;
  }

  /** {@code statistics.mean}: the exact sum of the values, divided and rounded once. */
  public static double mean(Collection<Double> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("mean requires at least one data point");
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (double v : values) {
      sum = sum.add(new BigDecimal(v));
    }
    return sum.divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL128).doubleValue();
  }

  /** The reference scorers' great-circle distance in km (haversine, mean earth radius 6371.0088 km). */
  public static double km(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double a = Math.pow(Math.sin(dp / 2), 2) + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(dl / 2), 2);
    return 2 * 6371.0088 * Math.asin(Math.min(1.0, Math.sqrt(a)));
  }

  /** {@code a / b} as Python's true division of two counts, or null when {@code b} is 0. */
  public static Double ratio(long a, long b) {
    return b == 0 ? null : (double) a / b;
  }
}
