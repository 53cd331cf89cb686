package dev.gauntlet.harness.worker;

import dev.gauntlet.harness.check.Category;
import dev.gauntlet.harness.run.CheckResult;
import dev.gauntlet.harness.run.CheckStatus;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * A worker that speaks the protocol without running checks, for the channel's tests. It takes
 * {@code --port P --token T --system MODE}; each mode misbehaves in one way.
 */
public final class FakeWorker {

  private FakeWorker() {}

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[1]);
    String token = args[3];
    String mode = args[5];
    if (mode.equals("impostor")) {
      try (Channel impostor = Channel.connect(port)) {
        impostor.send(Message.hello("not-the-token", "cache"));
        System.out.println("impostor got: " + impostor.receive());
      }
    }
    try (Channel channel = Channel.connect(port)) {
      channel.send(Message.hello(token, "cache"));
      channel.send(Message.plan(java.util.List.of("t.one", "t.two", "t.three")));
      channel.send(Message.started("t.one"));
      if (mode.equals("noisy")) {
        // What a candidate might print to fool the parent: it must land in the log only.
        System.out.println(Channel.JSON.writeValueAsString(Message.result(result("t.two",
            CheckStatus.PASSED))));
        System.out.println("x".repeat(2 << 20));
      }
      channel.send(Message.result(result("t.one", CheckStatus.PASSED)));
      channel.send(Message.started("t.two"));
      switch (mode) {
        case "exit" -> Runtime.getRuntime().halt(9);
        case "hang" -> new CountDownLatch(1).await();
        default -> {
          channel.send(Message.result(result("t.two", CheckStatus.FAILED)));
          channel.send(Message.started("t.three"));
          channel.send(Message.result(result("t.three", CheckStatus.FAILED)));
          channel.send(Message.done());
        }
      }
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
