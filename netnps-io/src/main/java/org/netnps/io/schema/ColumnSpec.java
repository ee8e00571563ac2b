package org.netnps.io.schema;

import java.util.List;
import java.util.Locale;
import org.netnps.core.domain.ContractValue;

/**
 * One column of a contract file: its name, type, whether it is required, and the range of valid
 * values (units are in the names, as in the contract: {@code rsrp_dbm}, {@code rtt_ms}).
 */
public record ColumnSpec(
    String name, ColumnType type, boolean required, double min, double max, List<String> allowed) {

  /** Longest text value accepted (keys, labels). */
  public static final int MAX_TEXT_BYTES = 256;

  public ColumnSpec {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    if (min > max) {
      throw new IllegalArgumentException(name + ": min " + min + " > max " + max);
    }
    allowed = List.copyOf(allowed);
    if (type == ColumnType.ENUM && allowed.isEmpty()) {
      throw new IllegalArgumentException(name + ": an enum column needs its allowed values");
    }
  }

  public static ColumnSpec timestamp(String name, boolean required) {
    return new ColumnSpec(name, ColumnType.TIMESTAMP, required, Double.NEGATIVE_INFINITY,
        Double.POSITIVE_INFINITY, List.of());
  }

  public static ColumnSpec integer(String name, boolean required, long min, long max) {
    return new ColumnSpec(name, ColumnType.INTEGER, required, min, max, List.of());
  }

  public static ColumnSpec decimal(String name, boolean required, double min, double max) {
    return new ColumnSpec(name, ColumnType.DECIMAL, required, min, max, List.of());
  }

  public static ColumnSpec flag(String name, boolean required) {
    return new ColumnSpec(name, ColumnType.FLAG, required, 0, 1, List.of());
  }

  public static ColumnSpec text(String name, boolean required) {
    return new ColumnSpec(name, ColumnType.TEXT, required, 0, MAX_TEXT_BYTES, List.of());
  }

  /** Free text such as an alarm's specific problem: up to 4 KiB. */
  public static ColumnSpec longText(String name, boolean required) {
    return new ColumnSpec(name, ColumnType.TEXT, required, 0, 4096, List.of());
  }

  public static ColumnSpec cell(String name, boolean required) {
    return new ColumnSpec(name, ColumnType.CELL_REF, required, 0, MAX_TEXT_BYTES, List.of());
  }

  public static ColumnSpec cellOrSite(String name, boolean required) {
    return new ColumnSpec(name, ColumnType.CELL_OR_SITE_REF, required, 0, MAX_TEXT_BYTES, List.of());
  }

  public static ColumnSpec oneOf(String name, boolean required, ContractValue... values) {
    List<String> codes = java.util.Arrays.stream(values).map(ContractValue::code).toList();
    return new ColumnSpec(name, ColumnType.ENUM, required, 0, 0, codes);
  }

  /** The range as a message fragment, e.g. {@code [-156, -31]}. */
  public String rangeText() {
    return "[" + format(min) + ", " + format(max) + "]";
  }

  private static String format(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15
        ? Long.toString((long) v)
        : String.format(Locale.ROOT, "%s", v);
  }
}
