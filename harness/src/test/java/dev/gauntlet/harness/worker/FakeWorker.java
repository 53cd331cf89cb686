package dev.gauntlet.harness.worker;

import dev.gauntlet.harness.check.Category;
import dev.gauntlet.harness.run.CheckResult;
import dev.gauntlet.harness.run.CheckStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * A worker that speaks the protocol without running checks, for the channel's tests. It takes
 * {@code --port P --token T --system MODE --check ID...}; it "runs" the checks it is given (t.one
 * passes, the others fail), and each mode misbehaves in one way during t.two.
 */
public final class FakeWorker {

  private FakeWorker() {}

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[1]);
    String token = args[3];
    String mode = args[5];
    List<String> checks = new ArrayList<>();
    for (int i = 6; i + 1 < args.length; i += 2) {
      if (args[i].equals("--check")) {
        checks.add(args[i + 1]);
      }
    }
    if (mode.equals("impostor")) {
      try (Channel impostor = Channel.connect(port)) {
        impostor.send(Message.hello("not-the-token", "cache"));
        System.out.println("impostor got: " + impostor.receive());
      }
    }
    try (Channel channel = Channel.connect(port)) {
      channel.send(Message.hello(token, "cache"));
      channel.send(Message.plan(checks));
      if (mode.equals("dead")) {
        Runtime.getRuntime().halt(3); // before its first check: a fresh worker would do the same
      }
      if (mode.equals("meddling")) {
        // A worker may not report checks it was not given, nor report one twice.
        channel.send(Message.result(result("t.zero", CheckStatus.PASSED)));
      }
      for (String check : checks) {
        channel.send(Message.started(check));
        if (mode.equals("noisy") && check.equals("t.one")) {
          // What a candidate might print to fool the parent: it must land in the log only.
          System.out.println(Channel.JSON.writeValueAsString(Message.result(result("t.two",
              CheckStatus.PASSED))));
          System.out.println("x".repeat(2 << 20));
        }
        if (check.equals("t.two")) {
          switch (mode) {
            case "exit" -> Runtime.getRuntime().halt(9);
            case "hang" -> new CountDownLatch(1).await();
            case "retire" -> {
              channel.send(Message.result(result(check, CheckStatus.TIMED_OUT)));
              channel.send(Message.retire(check, "t.two timed out and its thread is still"
                  + " running"));
              Runtime.getRuntime().halt(WorkerLine.RETIRED_EXIT);
            }
            default -> { }
          }
        }
        CheckStatus status = check.equals("t.one") ? CheckStatus.PASSED : CheckStatus.FAILED;
        channel.send(Message.result(result(check, status)));
        if (mode.equals("meddling")) {
          channel.send(Message.result(result(check, CheckStatus.PASSED)));
        }
      }
      channel.send(Message.done());
    } catch (IOException e) {
      e.printStackTrace();
    }
    Runtime.getRuntime().halt(0);
  }

  static CheckResult result(String id, CheckStatus status) {
    return new CheckResult(id, "cache", "t", "title of " + id, Category.CORRECTNESS, status,
        status == CheckStatus.PASSED ? 1 : 0, status.label(), 5, Map.of("ratio", "1.0 x"), null);
  }
}
