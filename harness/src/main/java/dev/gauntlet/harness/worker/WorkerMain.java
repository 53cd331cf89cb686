package dev.gauntlet.harness.worker;

import dev.gauntlet.harness.check.CandidateLoadException;
import dev.gauntlet.harness.check.Candidates;
import dev.gauntlet.harness.check.ConfigKeys;
import dev.gauntlet.harness.check.RunOptions;
import dev.gauntlet.harness.design.ArchUnitSettings;
import dev.gauntlet.harness.guard.ExitWitness;
import dev.gauntlet.harness.run.Catalog;
import dev.gauntlet.harness.run.CheckDescriptor;
import dev.gauntlet.harness.run.CheckListener;
import dev.gauntlet.harness.run.CheckResult;
import dev.gauntlet.harness.run.SuiteRunner;
import dev.gauntlet.harness.systems.GradedSystem;
import dev.gauntlet.harness.systems.Systems;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The entry point of a worker JVM, started by the parent: grades one system's checks on the
 * candidate found on its class path, or (with {@code --bench}) runs reference rounds on request.
 * Everything it reports goes over the {@link Channel}; its stdout and stderr are only a log.
 */
@Command(name = "gauntlet-worker")
public final class WorkerMain implements java.util.concurrent.Callable<Integer> {

  /** Exit status when the worker itself fails (out of memory, a harness error). */
  static final int FATAL_EXIT = 70;

  @Option(names = "--port", required = true) int port;
  @Option(names = "--token", required = true) String token;
  @Option(names = "--system", required = true) String system;
  @Option(names = "--seed") long seed;
  @Option(names = "--check") List<String> checks = new ArrayList<>();
  @Option(names = "--setting", description = "checkId.name=value") Map<String, String> settings =
      new HashMap<>();
  @Option(names = "--check-time-limit-millis") Long checkTimeLimitMillis;
  @Option(names = "--bench") boolean bench;
  @Option(names = "--suites") List<java.nio.file.Path> suites = new ArrayList<>();
  @Option(names = "--option", description = "name=value, a run option (RunOptions)")
  Map<String, String> options = new HashMap<>();

  public static void main(String[] args) {
    int exit;
    try {
      exit = new CommandLine(new WorkerMain()).execute(args);
    } catch (Throwable t) { // an Error escaping the checks (OutOfMemoryError): the worker is done
      t.printStackTrace();
      exit = FATAL_EXIT;
    }
    System.out.flush();
    System.err.flush();
    // halt, not exit: a candidate's shutdown hooks or non-daemon threads must not keep it alive.
    Runtime.getRuntime().halt(exit);
  }

  @Override
  public Integer call() throws IOException {
    RunOptions.install(options);
    try (Channel channel = Channel.connect(port)) {
      channel.send(Message.hello(token, system));
      try {
        return bench ? serveRounds(channel) : grade(channel);
      } catch (Throwable t) {
        t.printStackTrace();
        channel.send(Message.fatal(t.getClass().getSimpleName()
            + (t.getMessage() == null ? "" : ": " + t.getMessage())));
        return FATAL_EXIT;
      }
    }
  }

  private int grade(Channel channel) throws IOException {
    GradedSystem graded = Systems.byId(system)
        .orElseThrow(() -> new IllegalArgumentException("unknown system " + system));
    WorkerLine line = new WorkerLine(channel);
    // Before the candidate's first class loads: its static initializer may already exit.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> witnessExit(line),
        "gauntlet-exit-witness"));
    ThreadWatch.start(line, ThreadWatch.MAX_THREADS);
    ArchUnitSettings.load(); // the harness's archunit.properties, before the candidate's can be
    try {
      Candidates.load(graded.factoryType(), Optional.empty());
    } catch (CandidateLoadException e) {
      channel.send(Message.candidateError(e.getMessage()));
      return 0;
    }
    Set<String> wanted = Set.copyOf(checks);
    Predicate<CheckDescriptor> selected = c -> wanted.isEmpty() || wanted.contains(c.id());
    channel.send(Message.plan(
        Catalog.of(graded, suites).stream().filter(selected).map(CheckDescriptor::id).toList()));
    Map<String, String> config = new HashMap<>();
    config.put(ConfigKeys.SEED, Long.toString(seed));
    settings.forEach((key, value) -> config.put(ConfigKeys.SETTING_PREFIX + key, value));
    if (checkTimeLimitMillis != null) {
      config.put(ConfigKeys.CHECK_TIME_LIMIT, Long.toString(checkTimeLimitMillis));
    }
    CheckListener report = new CheckListener() {
      @Override
      public void started(CheckDescriptor check) {
        line.started(check);
      }

      @Override
      public void finished(CheckResult result) {
        line.finished(result);
      }

      @Override
      public void unfit(String checkId, String reason) {
        line.retire(checkId, reason);
      }
    };
    SuiteRunner.run(graded, suites, selected, config, new RemoteBaseline(channel), report);
    channel.send(Message.done());
    return 0;
  }

  private static int serveRounds(Channel channel) throws IOException {
    for (Message request = channel.receive(); request != null; request = channel.receive()) {
      Message reply;
      try {
        reply = Message.baselineResponse(ReferenceRounds.run(request));
      } catch (RuntimeException | LinkageError e) {
        e.printStackTrace();
        reply = Message.baselineError(e.getClass().getSimpleName() + ": " + e.getMessage());
      }
      channel.send(reply);
    }
    return 0;
  }

  /** From a shutdown hook: tells the parent who is ending the JVM, if the candidate is. */
  private static void witnessExit(WorkerLine line) {
    try {
      ExitWitness.describe(Thread.getAllStackTraces()).ifPresent(line::exiting);
    } catch (RuntimeException e) { // the channel is gone: the parent judges by the exit status
      e.printStackTrace();
    }
  }
}
