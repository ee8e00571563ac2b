package org.netnps.app.accuracy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.netnps.core.UserException;
import org.netnps.io.csv.CsvRecordReader;

/** Reads netnps's own CSV outputs (results, truth files) into memory, columns by name (RFC 4180). */
final class SimpleCsv {
  final List<String> header = new ArrayList<>();
  final List<String[]> rows = new ArrayList<>();
  private final Map<String, Integer> index = new HashMap<>();

  SimpleCsv(Path file) {
    try (InputStream in = Files.newInputStream(file);
        CsvRecordReader csv = new CsvRecordReader(in, file.toString())) {
      if (!csv.next()) {
        throw new UserException(file + ": empty");
      }
      for (int i = 0; i < csv.fieldCount(); i++) {
        header.add(field(csv, i));
        index.put(field(csv, i), i);
      }
      while (csv.next()) {
        if (csv.malformed() != null) {
          throw new UserException(file + ":" + csv.line() + ": " + csv.malformed());
        }
        String[] row = new String[header.size()];
        for (int i = 0; i < row.length; i++) {
          row[i] = i < csv.fieldCount() ? field(csv, i) : "";
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new UserException(file + ": cannot read: " + e.getMessage());
    }
  }

  int column(String name) {
    Integer i = index.get(name);
    if (i == null) {
      throw new UserException("no column " + name + " in " + header);
    }
    return i;
  }

  static float number(String s) {
    return s.isEmpty() ? Float.NaN : Float.parseFloat(s);
  }

  private static String field(CsvRecordReader csv, int i) {
    return new String(csv.buffer(), csv.start(i), csv.end(i) - csv.start(i), StandardCharsets.UTF_8);
  }
}
