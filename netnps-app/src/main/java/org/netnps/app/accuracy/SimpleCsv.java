package org.netnps.app.accuracy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.netnps.core.UserException;

/** Reads netnps's own unquoted CSV outputs (answers.csv, the truth files) by column name. */
final class SimpleCsv {
  final List<String> header;
  final List<String[]> rows = new ArrayList<>();
  private final Map<String, Integer> index = new HashMap<>();

  SimpleCsv(Path file) {
    try {
      List<String> lines = Files.readAllLines(file);
      if (lines.isEmpty()) {
        throw new UserException(file + ": empty");
      }
      header = List.of(lines.get(0).split(",", -1));
      for (int i = 0; i < header.size(); i++) {
        index.put(header.get(i), i);
      }
      for (String line : lines.subList(1, lines.size())) {
        if (!line.isEmpty()) {
          rows.add(line.split(",", -1));
        }
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
}
