package org.netnps.io.pm;

import java.io.InputStream;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.netnps.core.UserException;

/**
 * Streams a 3GPP PM file: TS 32.435 {@code measCollecFile} or TS 28.532 {@code measDataFile}, in
 * either encoding of results ({@code measType p}/{@code r p}, or the {@code measTypes} and
 * {@code measResults} lists), with several measData/measInfo/measValue blocks, NIL values,
 * suspect flags and compound values (a comma-separated distribution becomes one value per bin,
 * named {@code counter.Bin1}, {@code counter.Bin2}, ... after TS 28.552). A file that is not a PM
 * file, lacks its header or its managed element, or has a bad period is an error for the user.
 */
public final class PmXmlReader {
  private final CounterMapping mapping;

  public PmXmlReader(CounterMapping mapping) {
    this.mapping = mapping;
  }

  public PmFileStats read(InputStream raw, String file, Consumer<PmValue> sink) {
    try {
      XMLStreamReader x = SafeXml.inputFactory().createXMLStreamReader(SafeXml.withDeclarationFirst(raw));
      try {
        return new Parse(x, file, sink).run();
      } finally {
        x.close();
      }
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
      throw new UserException(file + ":" + line + ": not well-formed XML: " + clean(e.getMessage()));
    } catch (java.io.IOException e) {
      throw new UserException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static String clean(String message) {
    int i = message.indexOf("Message: ");
    return i >= 0 ? message.substring(i + 9) : message;
  }

  /** The state of one pass over one file. */
  private final class Parse {
    private final XMLStreamReader x;
    private final String file;
    private final Consumer<PmValue> sink;
    private String format;
    private boolean inHeader;
    private boolean sawHeader;
    private boolean sawEntity;
    private int measInfo;
    private int measValues;
    private int measTypes;
    private int results;
    private int suspects;
    private final Map<String, String> typeByPosition = new HashMap<>();
    private final List<String> typeList = new ArrayList<>();
    private long periodStartMs;
    private int periodS;
    private String ldn;
    private long valueLine;
    private boolean suspect;
    private final List<String[]> pending = new ArrayList<>();

    Parse(XMLStreamReader x, String file, Consumer<PmValue> sink) {
      this.x = x;
      this.file = file;
      this.sink = sink;
    }

    PmFileStats run() throws XMLStreamException {
      while (x.hasNext()) {
        int event = x.next();
        if (event == XMLStreamConstants.DTD) {
          throw error("DOCTYPE declarations are not allowed in PM files (XXE protection)");
        } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
          throw error("entity references are not allowed in PM files");
        } else if (event == XMLStreamConstants.START_ELEMENT) {
          start(x.getLocalName());
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          end(x.getLocalName());
        }
      }
      if (format == null) {
        throw error("empty document");
      }
      return new PmFileStats(format, measInfo, measValues, measTypes, results, suspects);
    }

    private void start(String name) throws XMLStreamException {
      if (format == null) {
        if (!name.equals("measCollecFile") && !name.equals("measDataFile")) {
          throw error("not a 3GPP PM file: root element is <" + name
              + ">, expected <measCollecFile> (TS 32.435) or <measDataFile> (TS 28.532)");
        }
        format = name.equals("measCollecFile") ? "TS 32.435" : "TS 28.532";
        return;
      }
      switch (name) {
        case "fileHeader" -> {
          inHeader = true;
          sawHeader = true;
        }
        case "measData" -> {
          if (!inHeader) {
            requireHeader();
            sawEntity = false;
          }
        }
        case "managedElement", "measEntity" -> sawEntity = true;
        case "measInfo" -> startMeasInfo();
        case "granPeriod" -> period();
        case "measTypes" -> {
          for (String t : tokens(x.getElementText())) {
            typeList.add(t);
            measTypes++;
          }
        }
        case "measType" -> {
          typeByPosition.put(x.getAttributeValue(null, "p"), x.getElementText().trim());
          measTypes++;
        }
        case "measValue" -> {
          ldn = x.getAttributeValue(null, "measObjLdn");
          valueLine = x.getLocation().getLineNumber();
          suspect = false;
          measValues++;
        }
        case "measResults" -> {
          List<String> values = tokens(x.getElementText());
          for (int i = 0; i < values.size(); i++) {
            pending.add(new String[] {typeAt(i), values.get(i)});
          }
          results += values.size();
        }
        case "r" -> {
          String p = x.getAttributeValue(null, "p");
          String type = typeByPosition.get(p);
          if (type == null) {
            throw error("result p=\"" + p + "\" has no measType with that position");
          }
          pending.add(new String[] {type, x.getElementText()});
          results++;
        }
        case "suspect" -> suspect = Boolean.parseBoolean(x.getElementText().trim());
        default -> {
          // job, repPeriod, fileSender, fileFooter, measCollec: nothing to read
        }
      }
    }

    private void end(String name) {
      if (name.equals("fileHeader")) {
        inHeader = false;
      } else if (name.equals("measValue")) {
        emitValues();
      }
    }

    private void requireHeader() throws XMLStreamException {
      if (!sawHeader) {
        throw error("<measData> before any <fileHeader>: the file header is required");
      }
    }

    private void startMeasInfo() throws XMLStreamException {
      requireHeader();
      if (!sawEntity) {
        throw error("<measInfo> outside a measured entity: <measData> needs a "
            + (format.equals("TS 32.435") ? "<managedElement>" : "<measEntity>") + " first");
      }
      measInfo++;
      typeByPosition.clear();
      typeList.clear();
      periodS = 0;
    }

    private void period() throws XMLStreamException {
      String duration = x.getAttributeValue(null, "duration");
      String endTime = x.getAttributeValue(null, "endTime");
      try {
        periodS = (int) Duration.parse(duration).getSeconds();
        OffsetDateTime end = OffsetDateTime.parse(endTime);
        periodStartMs = end.toInstant().toEpochMilli() - periodS * 1000L;
      } catch (DateTimeParseException | NullPointerException e) {
        throw error("bad granPeriod (duration=\"" + duration + "\", endTime=\"" + endTime
            + "\"): expected an ISO-8601 duration such as PT900S and a time with offset");
      }
      if (periodS <= 0) {
        throw error("granPeriod duration must be positive, but was " + duration);
      }
    }

    private String typeAt(int i) throws XMLStreamException {
      if (i >= typeList.size()) {
        throw error("measResults has more values than measTypes names (" + typeList.size() + ")");
      }
      return typeList.get(i);
    }

    private void emitValues() {
      if (suspect) {
        suspects++;
      }
      String cell = lastRdnValue(ldn);
      for (String[] typeAndValue : pending) {
        String counter = mapping.map(typeAndValue[0]);
        String text = typeAndValue[1].trim();
        if (text.indexOf(',') >= 0) {
          String[] bins = text.split(",", -1);
          for (int i = 0; i < bins.length; i++) {
            emit(cell, counter + ".Bin" + (i + 1), bins[i].trim());
          }
        } else {
          emit(cell, counter, text);
        }
      }
      pending.clear();
    }

    private void emit(String cell, String counter, String text) {
      String value = text.isEmpty() || text.equals("NIL") ? null : text;
      sink.accept(new PmValue(periodStartMs, periodS, ldn, cell, counter, value, suspect, valueLine));
    }

    private UserException error(String message) {
      return new UserException(file + ":" + x.getLocation().getLineNumber() + ": " + message);
    }
  }

  /** {@code ...,EUtranCellFDD=C0101} is {@code C0101}; an LDN without '=' is taken whole. */
  static String lastRdnValue(String ldn) {
    if (ldn == null) {
      return "";
    }
    int comma = ldn.lastIndexOf(',');
    String rdn = ldn.substring(comma + 1);
    int eq = rdn.indexOf('=');
    return (eq >= 0 ? rdn.substring(eq + 1) : rdn).trim();
  }

  private static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    for (String t : text.trim().split("\\s+")) {
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }
}
