package dev.gauntlet.harness.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTests {

  private final String html = HtmlReport.render(SampleReports.mixed());

  @Test
  void isSelfContained() {
    assertFalse(Pattern.compile("(src|href)\\s*=\\s*\"(https?:)?//").matcher(html).find(),
        "nothing is fetched");
    assertFalse(html.contains("<link"), "no external style sheet");
    assertFalse(html.contains("<script src"), "no external script");
    assertTrue(html.contains("Content-Security-Policy\" content=\"default-src 'none'"));
    assertTrue(html.contains("<style>") && html.contains("<script>"));
  }

  @Test
  void showsCategoriesPlotsAndEveryCheck() {
    assertTrue(html.contains("aria-label=\"Score per category, % of its points\""), html);
    assertTrue(html.contains("Throughput ratio to the reference"), "throughput plot");
    assertTrue(html.contains("0.81 × reference"), "the ratio is drawn");
    assertTrue(html.contains("Load per node, cache.hotkeys.load"), "load plot");
    for (int n = 1; n <= 5; n++) {
      assertTrue(html.contains(">node-" + n + "</text>"), "a bar per node");
    }
    assertEquals(8, count(html, "<tr class=\""), "a row per check");
    assertTrue(html.contains("<span class=\"chip unknown\">unknown</span>"));
  }

  @Test
  void failedFaultScenariosGetATimelinePerClientAndNode() {
    int at = html.indexOf("<article class=\"failure\" id=\"f-cache.replication.crash\">");
    String article = html.substring(at, html.indexOf("</article>", at));
    assertTrue(article.contains("<svg class=\"timeline\""), article);
    for (String lane : List.of("client-1", "client-2", "node-1", "node-3")) {
      assertTrue(article.contains("class=\"lane\">" + lane + "</text>"), lane);
    }
    assertTrue(article.contains("class=\"down\"><title>node-3 down</title>"), "crash shades");
    assertTrue(article.contains("class=\"left\"><title>node-1 left</title>"), "leave shades");
    assertTrue(article.contains("<g class=\"op broke\"><title>4. client-2.get(&quot;k2&quot;)"
        + "  → absent</title>"), "the step where the guarantee broke is marked");
    assertTrue(article.contains("Replay: <code>" + SampleReports.REPLAY + "</code>"));
    assertTrue(article.contains("shrunk from 20 steps"));
  }

  @Test
  void timelineLanesFollowReceiversAndFaultTargets() {
    List<Timeline.Event> events = Timeline.parse(List.of("  # note", "  1. store.put(\"a\", \"x\")",
        " 12. FAULT restart(node-2)  // empty store", "  3. clock.advance(5 ms)",
        "  4. store.get(\"a\")  → Optional.empty"));
    assertEquals(List.of("store", "node-2", "clock", "store"),
        events.stream().map(Timeline.Event::lane).toList());
    assertEquals("restart(node-2)", events.get(1).code());
    assertEquals("Optional.empty", events.get(3).observed());
    assertTrue(Timeline.worthDrawing(events));
    assertFalse(Timeline.worthDrawing(Timeline.parse(List.of("  1. store.get(\"a\")"))));
  }

  @Test
  void theInterviewCandidateSeesCategoriesOnly() {
    String candidate = HtmlReport.render(CandidateView.of(SampleReports.mixed()));
    String markdown = MarkdownSummary.render(CandidateView.of(SampleReports.mixed()));
    for (String view : List.of(candidate, markdown, CandidateView.json(
        CandidateView.of(SampleReports.mixed())))) {
      assertFalse(view.contains("cache.replication.crash"), "no check ids");
      assertFalse(view.contains("crash(node-3)"), "no scenarios");
      assertFalse(view.contains("--check"), "no replay commands");
      assertFalse(view.contains("sub.jar"), "no paths of the interviewer's machine");
      assertTrue(view.contains("fault tolerance"), "the categories");
    }
  }

  private static int count(String text, String what) {
    int n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }
}
