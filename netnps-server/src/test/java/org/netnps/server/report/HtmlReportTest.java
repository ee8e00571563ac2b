package org.netnps.server.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netnps.core.UserException;

class HtmlReportTest {
  @TempDir
  Path tmp;

  @Test
  void theReportIsOneFileWithItsLibraryDataFindingsAndPlan() throws Exception {
    Path results = Path.of(getClass().getResource("/results/summary.json").toURI()).getParent();
    Path out = tmp.resolve("report.html");
    HtmlReport.write(results, out, 5);
    String html = Files.readString(out);
    assertFalse(html.matches("(?s).*(src|href)=\"https?:.*"), "nothing loaded from the network");
    assertTrue(html.contains("echarts.registerMap"), "the report's script is inlined");
    assertTrue(html.contains("Apache ECharts") || html.contains("echarts"), "ECharts is inlined");
    assertTrue(html.contains("<div class=\"big\">-7.05</div>"), "network NPS as summary.json has it");
    String open = "<script type=\"application/json\" id=\"data\">";
    int start = html.indexOf(open) + open.length();
    JsonNode data = new ObjectMapper().readTree(html.substring(start, html.indexOf("</script>", start)));
    assertEquals(-7.05, data.get("summary").get("network_nps").asDouble(), 1e-9);
    assertEquals(8, data.get("trend").size());
    assertTrue(data.get("grids").get("features").size() >= 40);
    assertEquals(16, data.get("findings").size());
    assertTrue(html.contains("<td>F001</td>") || html.contains(">F0"), "findings table");
    assertTrue(html.contains("<td>A001</td>"), "plan table");
    assertTrue(html.contains("10: +0.53 &middot; 20: +0.88 &middot; 40: +1.71"), "what a budget buys, below the plan");
  }

  @Test
  void textFromTheResultsIsEscaped() {
    String t = HtmlReport.table(List.of(Map.of("evidence", "<script>alert(1)</script> & \"x\"")), List.of("evidence"));
    assertEquals("<table><tr><th>evidence</th></tr><tr><td>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;"
        + "</td></tr></table>", t);
  }

  @Test
  void placeholdersAreFilledOnceSoInsertedTextIsLeftAlone() {
    assertEquals("a {{b}} c", HtmlReport.fill("a {{x}} c", Map.of("x", "{{b}}")));
  }

  @Test
  void aDirectoryWithoutResultsIsRefused() {
    UserException e = assertThrows(UserException.class, () -> HtmlReport.write(tmp, tmp.resolve("r.html"), 5));
    assertTrue(e.getMessage().contains("no summary.json"));
  }
}
