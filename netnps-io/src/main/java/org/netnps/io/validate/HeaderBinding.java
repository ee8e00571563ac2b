package org.netnps.io.validate;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.netnps.core.UserException;
import org.netnps.io.csv.RawRecord;
import org.netnps.io.schema.ColumnSpec;
import org.netnps.io.schema.TableSchema;

/**
 * Where each schema column sits in a file's header (column order is free, unknown columns are
 * ignored). A header that lacks a required column, repeats one, or is not UTF-8 is an error for
 * the user: nothing in the file can be read reliably.
 */
public record HeaderBinding(String file, TableSchema schema, int[] positions, int fieldCount) {

  public static HeaderBinding of(TableSchema schema, String file, RawRecord header) {
    if (header.malformed() != null) {
      throw new UserException(file + ": unreadable header: " + header.malformed());
    }
    List<String> names = new ArrayList<>();
    for (int f = 0; f < header.fieldCount(); f++) {
      names.add(decode(file, header, f).trim().toLowerCase(Locale.ROOT));
    }
    return of(schema, file, names);
  }

  public static HeaderBinding of(TableSchema schema, String file, List<String> names) {
    Map<String, Integer> byName = new HashMap<>();
    for (int f = 0; f < names.size(); f++) {
      Integer previous = byName.put(names.get(f), f);
      if (previous != null && schema.indexOf(names.get(f)) >= 0) {
        throw new UserException(file + ": header names column '" + names.get(f) + "' twice");
      }
    }
    int[] positions = new int[schema.size()];
    List<String> missing = new ArrayList<>();
    for (int c = 0; c < schema.size(); c++) {
      ColumnSpec spec = schema.column(c);
      Integer at = byName.get(spec.name());
      positions[c] = at == null ? -1 : at;
      if (at == null && spec.required()) {
        missing.add(spec.name());
      }
    }
    if (!missing.isEmpty()) {
      throw new UserException(file + ": header lacks required column(s) " + missing
          + " of " + schema.kind() + " (found: " + String.join(",", names) + ")");
    }
    return new HeaderBinding(file, schema, positions, names.size());
  }

  private static String decode(String file, RawRecord header, int f) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(header.buffer(), header.start(f), header.end(f) - header.start(f)))
          .toString();
    } catch (CharacterCodingException e) {
      throw new UserException(file + ": the header is not UTF-8 (netnps reads UTF-8 files; "
          + "convert it, e.g. iconv -f LATIN1 -t UTF-8)");
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HeaderBinding h && h.file.equals(file) && h.schema.equals(schema)
        && Arrays.equals(h.positions, positions) && h.fieldCount == fieldCount;
  }

  @Override
  public int hashCode() {
    return file.hashCode() * 31 + Arrays.hashCode(positions);
  }

  @Override
  public String toString() {
    return "HeaderBinding[" + file + ", " + schema.kind() + ", " + Arrays.toString(positions) + "]";
  }
}
