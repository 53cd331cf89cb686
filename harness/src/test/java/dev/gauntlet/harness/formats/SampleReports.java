package dev.gauntlet.harness.formats;

import dev.gauntlet.harness.report.CandidateReport;
import dev.gauntlet.harness.report.CheckReport;
import dev.gauntlet.harness.report.EnvironmentReport;
import dev.gauntlet.harness.report.FailureReport;
import dev.gauntlet.harness.report.RunReport;
import dev.gauntlet.harness.report.Scoring;
import dev.gauntlet.harness.report.SystemReport;
import dev.gauntlet.harness.report.Total;
import dev.gauntlet.harness.report.WorkerReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A report with one check of every kind, as the views must render them. */
final class SampleReports {

  static final String REPLAY = "./gauntlet grade --impl sub.jar --system cache --seed 42"
      + " --check cache.replication.crash";

  private SampleReports() {}

  static RunReport mixed() {
    Map<String, String> throughput = new LinkedHashMap<>();
    throughput.put("candidate-ops-per-second", "812000.0 ops/s");
    throughput.put("throughput-ratio", "0.81 ratio");
    Map<String, String> load = new LinkedHashMap<>();
    load.put("max-over-mean-load", "1.3 ratio");
    for (int n = 1; n <= 5; n++) {
      load.put("load, node-" + n, (900 + 40 * n) + ".0 requests");
    }
    List<CheckReport> checks = List.of(
        check("cache.store.model", "store", "correctness", "passed", 14, 14, "held", Map.of(),
            null, "visible"),
        check("cache.replication.crash", "replication", "fault tolerance", "failed", 0, 14,
            "no lost acknowledged write: expected \"v1\", observed absent",
            Map.of(), new FailureReport("no lost acknowledged write", "\"v1\"", "absent",
                List.of("  # 5 nodes, R = 3, 2 clients",
                    "  1. client-1.put(\"k2\", \"v1\")",
                    "  2. FAULT crash(node-3)",
                    "  3. FAULT leave(node-1)",
                    "  4. client-2.get(\"k2\")  → absent"),
                99L, 20, 140, "dev.gauntlet.harness.engine.GuaranteeViolation", null, REPLAY),
            "after_due_date"),
        check("cache.perf.throughput", "perf", "performance", "partial", 7.5, 10,
            "throughput is 0.81 of the reference's", throughput,
            new FailureReport(null, null, null, List.of(), null, null, null, null, null,
                REPLAY.replace("replication.crash", "perf.throughput")), "visible"),
        check("cache.hotkeys.load", "hotkeys", "performance", "passed", 10, 10, "held", load,
            null, "visible"),
        check("cache.ring.balance", "ring", "correctness", "not implemented", 0, 6,
            "not implemented: TODO ring", Map.of(), new FailureReport(null, null, null,
                List.of(), null, null, null, null, null, "replay"), "visible"),
        check("cache.hidden.linearizable", "hidden", "correctness", "unknown", 0, 5,
            "unknown: the checker gave up after 10000 states", Map.of(),
            new FailureReport(null, null, null, List.of(), null, null, null, null, null,
                "replay unknown"), "hidden"),
        check("cache.ring.lookup-cost", "ring", "performance", "timed out", 0, 6,
            "the worker hit its time limit of 10m during this check", Map.of(),
            new FailureReport(null, null, null, List.of(), null, null, null, null, null, "r"),
            "visible"),
        check("cache.leaderboard.redis", "ring", "correctness", "skipped", 0, 3,
            "no Docker engine", Map.of(), null, "visible"));
    Total total = Scoring.total(checks);
    SystemReport system = new SystemReport("cache", "Distributed cache", total.score(),
        total.max(), total.percent(), Scoring.byCategory(checks), 12345,
        new WorkerReport("completed", 0, "worker-cache.log", null), checks, Scoring.SIMULATION);
    return new RunReport(RunReport.SCHEMA, "0.1.0-test", "20261204-101010-cache-s42",
        "2026-12-04T10:10:10Z", 42, new CandidateReport("sub.jar", "/tmp/sub.jar", "jar"),
        "./gauntlet grade --impl sub.jar --system cache --seed 42", "default",
        new EnvironmentReport("Java 17", "Linux", 2, "host", 1024), 1, "completed",
        List.of(system), Scoring.byCategory(checks), total,
        (int) checks.stream().filter(CheckReport::passed).count(),
        (int) checks.stream().filter(CheckReport::graded).count(), null, null, "default");
  }

  private static CheckReport check(String id, String suite, String category, String status,
      double points, int max, String message, Map<String, String> metrics, FailureReport failure,
      String visibility) {
    return new CheckReport(id, suite, id + " title", category, status, points, max, message, 100,
        metrics, failure, visibility);
  }
}
