package dev.gauntlet.harness.formats;

import dev.gauntlet.harness.report.CheckReport;
import dev.gauntlet.harness.report.RunReport;
import dev.gauntlet.harness.report.Summary;
import dev.gauntlet.harness.report.SystemReport;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML in Maven Surefire's layout, which CI servers (Jenkins, GitLab, GitHub test
 * reporters) render: one {@code TEST-gauntlet.<system>.<suite>.xml} per suite, one
 * {@code <testcase>} per check. Checks that broke their guarantee, fell short or could not be
 * decided are {@code <failure>}s (message, then the scenario and replay command as text); checks
 * cut off by a worker that died or timed out are {@code <error>}s; skipped checks are
 * {@code <skipped>}.
 */
public final class JUnitXml {

  private JUnitXml() {}

  /** Writes one file per suite into {@code dir} and returns them. */
  public static List<Path> write(RunReport report, Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    for (SystemReport system : report.systems()) {
      Map<String, List<CheckReport>> suites = new LinkedHashMap<>();
      system.checks().forEach(c -> suites.computeIfAbsent(c.suite(), s -> new ArrayList<>())
          .add(c));
      for (Map.Entry<String, List<CheckReport>> suite : suites.entrySet()) {
        String name = "gauntlet." + system.id() + "." + suite.getKey();
        files.add(Views.atomically(dir.resolve("TEST-" + name + ".xml"),
            render(report, name, suite.getValue())));
      }
    }
    return files;
  }

  /** Returns the XML of one suite. */
  static String render(RunReport report, String suiteName, List<CheckReport> checks) {
    StringWriter text = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuite");
      xml.writeAttribute("name", suiteName);
      xml.writeAttribute("time", seconds(checks.stream().mapToLong(CheckReport::durationMillis)
          .sum()));
      xml.writeAttribute("tests", Integer.toString(checks.size()));
      xml.writeAttribute("errors", count(checks, Kind.ERROR));
      xml.writeAttribute("skipped", count(checks, Kind.SKIPPED));
      xml.writeAttribute("failures", count(checks, Kind.FAILURE));
      xml.writeCharacters("\n  ");
      xml.writeStartElement("properties");
      property(xml, "gauntlet.seed", Long.toString(report.seed()));
      property(xml, "gauntlet.version", report.harnessVersion());
      property(xml, "gauntlet.candidate", report.candidate().impl());
      property(xml, "gauntlet.command", report.command());
      xml.writeCharacters("\n  ");
      xml.writeEndElement();
      for (CheckReport check : checks) {
        testcase(xml, suiteName, check);
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write JUnit XML", e);
    }
    return text.toString();
  }

  private enum Kind { PASS, FAILURE, ERROR, SKIPPED }

  private static Kind kind(CheckReport check) {
    return switch (check.status()) {
      case "passed" -> Kind.PASS;
      case "skipped" -> Kind.SKIPPED;
      case "timed out", "not reached" -> Kind.ERROR;
      default -> Kind.FAILURE;
    };
  }

  private static void testcase(XMLStreamWriter xml, String suiteName, CheckReport check)
      throws XMLStreamException {
    xml.writeCharacters("\n  ");
    xml.writeStartElement("testcase");
    xml.writeAttribute("name", check.id());
    xml.writeAttribute("classname", suiteName);
    xml.writeAttribute("time", seconds(check.durationMillis()));
    Kind kind = kind(check);
    if (kind == Kind.SKIPPED) {
      xml.writeEmptyElement("skipped");
      xml.writeAttribute("message", check.message());
    } else if (kind != Kind.PASS) {
      xml.writeCharacters("\n    ");
      xml.writeStartElement(kind == Kind.ERROR ? "error" : "failure");
      xml.writeAttribute("message", check.message());
      xml.writeAttribute("type", check.failure() != null && check.failure().exception() != null
          ? check.failure().exception() : "gauntlet." + check.status().replace(' ', '-'));
      xml.writeCharacters(Failures.text(check));
      xml.writeEndElement();
    }
    xml.writeCharacters("\n    ");
    xml.writeStartElement("system-out");
    xml.writeCharacters(check.title() + "\n" + check.status() + ": "
        + Summary.points(check.points()) + "/" + check.maxPoints() + " points ("
        + check.category() + ")" + metrics(check));
    xml.writeEndElement();
    xml.writeCharacters("\n  ");
    xml.writeEndElement();
  }

  private static String metrics(CheckReport check) {
    StringBuilder out = new StringBuilder();
    check.metrics().forEach((k, v) -> out.append('\n').append(k).append(": ").append(v));
    return out.toString();
  }

  private static void property(XMLStreamWriter xml, String name, String value)
      throws XMLStreamException {
    xml.writeCharacters("\n    ");
    xml.writeEmptyElement("property");
    xml.writeAttribute("name", name);
    xml.writeAttribute("value", value == null ? "" : value);
  }

  private static String count(List<CheckReport> checks, Kind kind) {
    return Long.toString(checks.stream().filter(c -> kind(c) == kind).count());
  }

  private static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
  }
}
