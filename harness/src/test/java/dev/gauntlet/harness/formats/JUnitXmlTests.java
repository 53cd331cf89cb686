package dev.gauntlet.harness.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The JUnit XML is parsed back as a CI server reads Surefire's files. */
class JUnitXmlTests {

  @TempDir Path temp;

  private static Document parse(Path file) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
  }

  @Test
  void oneFilePerSuiteInSurefiresLayoutAndOneTestCasePerCheck() throws Exception {
    List<Path> files = JUnitXml.write(SampleReports.mixed(), temp);
    assertEquals(List.of("TEST-gauntlet.cache.store.xml", "TEST-gauntlet.cache.replication.xml",
        "TEST-gauntlet.cache.perf.xml", "TEST-gauntlet.cache.hotkeys.xml",
        "TEST-gauntlet.cache.ring.xml", "TEST-gauntlet.cache.hidden.xml"),
        files.stream().map(p -> p.getFileName().toString()).toList());
    List<String> cases = new ArrayList<>();
    for (Path file : files) {
      NodeList testcases = parse(file).getElementsByTagName("testcase");
      for (int i = 0; i < testcases.getLength(); i++) {
        cases.add(((Element) testcases.item(i)).getAttribute("name"));
      }
    }
    assertEquals(8, cases.size(), cases.toString());
  }

  @Test
  void failuresCarryTheMessageTheScenarioAndTheReplayCommand() throws Exception {
    Document doc = parse(JUnitXml.write(SampleReports.mixed(), temp).get(1));
    Element suite = doc.getDocumentElement();
    assertEquals("testsuite", suite.getTagName());
    assertEquals("gauntlet.cache.replication", suite.getAttribute("name"));
    assertEquals("1", suite.getAttribute("tests"));
    assertEquals("1", suite.getAttribute("failures"));
    assertEquals("0", suite.getAttribute("errors"));
    Element testcase = (Element) doc.getElementsByTagName("testcase").item(0);
    assertEquals("cache.replication.crash", testcase.getAttribute("name"));
    assertEquals("gauntlet.cache.replication", testcase.getAttribute("classname"));
    Element failure = (Element) testcase.getElementsByTagName("failure").item(0);
    assertEquals("no lost acknowledged write: expected \"v1\", observed absent",
        failure.getAttribute("message"));
    assertEquals("dev.gauntlet.harness.engine.GuaranteeViolation", failure.getAttribute("type"));
    assertTrue(failure.getTextContent().contains("2. FAULT crash(node-3)"));
    assertTrue(failure.getTextContent().contains("replay: " + SampleReports.REPLAY));
    Element seed = (Element) doc.getElementsByTagName("property").item(0);
    assertEquals("gauntlet.seed", seed.getAttribute("name"));
    assertEquals("42", seed.getAttribute("value"));
  }

  @Test
  void timeoutsAreErrorsAndSkippedChecksAreSkipped() throws Exception {
    Element ring = parse(JUnitXml.write(SampleReports.mixed(), temp).get(4)).getDocumentElement();
    assertEquals("3", ring.getAttribute("tests"));
    assertEquals("1", ring.getAttribute("failures"), "not implemented is a failure");
    assertEquals("1", ring.getAttribute("errors"), "timed out is an error");
    assertEquals("1", ring.getAttribute("skipped"));
    assertEquals("no Docker engine", ((Element) ring.getElementsByTagName("skipped").item(0))
        .getAttribute("message"));
  }
}
