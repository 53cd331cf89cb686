package dev.gauntlet.harness.formats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Draws a failing scenario as a timeline, one lane per client or node (as Porcupine and
 * Maelstrom draw histories): each operation a box on the lane of whoever issued it, each fault a
 * red mark on the lane of the node it struck, a node's lane shaded while it is down or out of the
 * cluster, and the last step, where the guarantee broke, outlined.
 *
 * <p>It reads the rendered steps of the report ({@code 3. client-1.get("k")  → Optional[v1]},
 * {@code 4. FAULT crash(node-2)}): an operation's lane is its receiver, the text before the first
 * dot or parenthesis; a fault's lane is the first name in its parentheses.
 */
final class Timeline {

  private static final Pattern STEP = Pattern.compile(
      "^\\s*(\\d+)\\. (FAULT )?(.*?)(?:\\s+→\\s+(.*))?$");
  private static final Pattern FAULT_TARGET = Pattern.compile("\\(\\s*\"?([^\",)]+)\"?");
  private static final Pattern RECEIVER = Pattern.compile("^([A-Za-z][\\w-]*)[.(]");
  private static final int LANE = 46;
  private static final int COLUMN = 104;
  private static final int LEFT = 96;

  /** One parsed step. */
  record Event(int number, boolean fault, String lane, String code, String observed) {}

  private Timeline() {}

  /** Returns the events of {@code steps}; notes and lines that are not steps are left out. */
  static List<Event> parse(List<String> steps) {
    List<Event> events = new ArrayList<>();
    for (String line : steps) {
      Matcher m = STEP.matcher(line);
      if (!m.matches()) {
        continue;
      }
      boolean fault = m.group(2) != null;
      String code = m.group(3).replaceAll("\\s+//.*$", "").strip();
      String lane;
      if (fault) {
        Matcher target = FAULT_TARGET.matcher(code);
        lane = target.find() ? target.group(1).strip() : "nemesis";
      } else if (code.startsWith("clock.")) {
        lane = "clock";
      } else {
        Matcher receiver = RECEIVER.matcher(code);
        lane = receiver.find() ? receiver.group(1) : "candidate";
      }
      events.add(new Event(Integer.parseInt(m.group(1)), fault, lane, code, m.group(4)));
    }
    return events;
  }

  /** Returns whether a timeline tells more than the list of steps: faults, or several lanes. */
  static boolean worthDrawing(List<Event> events) {
    return events.stream().anyMatch(Event::fault)
        || events.stream().map(Event::lane).distinct().count() > 1;
  }

  /** Returns the SVG timeline of {@code events}. */
  static String svg(List<Event> events) {
    Map<String, Integer> lanes = new LinkedHashMap<>();
    events.stream().map(Event::lane).filter(l -> !l.startsWith("node")).sorted()
        .forEach(l -> lanes.putIfAbsent(l, lanes.size()));
    events.stream().map(Event::lane).filter(l -> l.startsWith("node")).sorted()
        .forEach(l -> lanes.putIfAbsent(l, lanes.size()));
    int width = LEFT + COLUMN * events.size() + 20;
    int height = LANE * lanes.size() + 30;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg class=\"timeline\" role=\"img\" viewBox=\"0 0 ").append(width).append(' ')
        .append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
        .append("\"><title>Timeline of the smallest failing scenario</title>");
    for (Map.Entry<String, Integer> lane : lanes.entrySet()) {
      int y = 20 + lane.getValue() * LANE;
      svg.append("<text x=\"8\" y=\"").append(y + 5).append("\" class=\"lane\">")
          .append(MarkdownSummary.html(lane.getKey())).append("</text><line x1=\"").append(LEFT)
          .append("\" x2=\"").append(width - 10).append("\" y1=\"").append(y).append("\" y2=\"")
          .append(y).append("\" class=\"axis\"/>");
      shading(svg, events, lane.getKey(), y, width);
    }
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      int x = LEFT + i * COLUMN + 6;
      int y = 20 + lanes.get(e.lane()) * LANE;
      boolean last = i == events.size() - 1;
      String tip = e.number() + ". " + (e.fault() ? "FAULT " : "") + e.code()
          + (e.observed() == null ? "" : "  → " + e.observed());
      svg.append("<g class=\"").append(e.fault() ? "fault" : "op").append(last ? " broke" : "")
          .append("\"><title>").append(MarkdownSummary.html(tip)).append("</title>");
      if (e.fault()) {
        svg.append("<path d=\"M").append(x + 10).append(' ').append(y - 10).append(" l10 10 l-10 10"
            + " l-10 -10 z\"/><text x=\"").append(x + 24).append("\" y=\"").append(y - 6)
            .append("\" class=\"step\">").append(e.number()).append(". ")
            .append(MarkdownSummary.html(Svg.shorten(e.code().replaceAll("\\(.*", ""), 10)))
            .append("</text>");
      } else {
        svg.append("<rect x=\"").append(x).append("\" y=\"").append(y - 11).append("\" width=\"")
            .append(COLUMN - 12).append("\" height=\"22\" rx=\"4\"/><text x=\"").append(x + 4)
            .append("\" y=\"").append(y + 4).append("\" class=\"step\">").append(e.number())
            .append(". ").append(MarkdownSummary.html(Svg.shorten(operation(e), 12)))
            .append("</text>");
        if (e.observed() != null) {
          svg.append("<text x=\"").append(x + 4).append("\" y=\"").append(y + 22)
              .append("\" class=\"observed\">→ ").append(MarkdownSummary.html(
                  Svg.shorten(e.observed(), 14))).append("</text>");
        }
      }
      svg.append("</g>");
    }
    return svg.append("</svg>").toString();
  }

  /** The operation without its receiver: {@code get("k")} of {@code client-1.get("k")}. */
  private static String operation(Event e) {
    String code = e.code();
    return code.startsWith(e.lane() + ".") ? code.substring(e.lane().length() + 1) : code;
  }

  /** Shades a node's lane from a crash to its restart, or from leaving to rejoining. */
  private static void shading(StringBuilder svg, List<Event> events, String lane, int y,
      int width) {
    Integer from = null;
    String state = null;
    for (int i = 0; i <= events.size(); i++) {
      Event e = i < events.size() ? events.get(i) : null;
      boolean ends = e == null || (e.fault() && e.lane().equals(lane)
          && (e.code().startsWith("restart") || e.code().startsWith("rejoin")
              || e.code().startsWith("recover") || e.code().startsWith("heal")));
      if (from != null && ends) {
        int x1 = LEFT + from * COLUMN + 28;
        int x2 = e == null ? width - 10 : LEFT + i * COLUMN + 6;
        svg.append("<rect x=\"").append(x1).append("\" y=\"").append(y - 4).append("\" width=\"")
            .append(Math.max(4, x2 - x1)).append("\" height=\"8\" class=\"").append(state)
            .append("\"><title>").append(lane).append(' ').append(state).append("</title></rect>");
        from = null;
      }
      if (e != null && e.fault() && e.lane().equals(lane) && from == null
          && !e.code().startsWith("restart") && !e.code().startsWith("rejoin")) {
        from = i;
        state = e.code().startsWith("leave") ? "left" : "down";
      }
    }
  }
}
