package dev.gauntlet.harness.worker;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * The reference's worker, started on the first round a candidate's check asks for. The parent
 * relays each request to it and waits for the answer, so the two workers take turns.
 */
final class ReferenceWorker implements AutoCloseable {

  private final WorkerSettings settings;
  private final String system;
  private final List<String> options;
  private WorkerProcess process;
  private Channel channel;
  private String broken;

  /**
   * @param options the {@code --option} arguments of the candidate's worker, so both measure
   *     on the same backend
   */
  ReferenceWorker(WorkerSettings settings, String system, List<String> options) {
    this.settings = settings;
    this.system = system;
    this.options = List.copyOf(options);
  }

  /** Runs the requested round on the reference and returns the answer to relay. */
  Message answer(Message request) {
    try {
      if (broken == null && channel == null) {
        List<String> args = new java.util.ArrayList<>(List.of("--bench", "--system", system));
        args.addAll(options);
        process = WorkerProcess.start(settings.referenceClassPath(), settings.heap(), args,
            settings.runFolder().resolve("worker-" + system + "-reference.log"), settings.limit());
        channel = process.awaitChannel();
        if (channel == null) {
          broken = "the reference worker did not start (see worker-" + system
              + "-reference.log)";
        }
      }
      if (broken != null) {
        return Message.baselineError(broken);
      }
      channel.send(request);
      Message reply = channel.receive();
      if (reply == null) {
        broken = "the reference worker died (see worker-" + system + "-reference.log)";
        return Message.baselineError(broken);
      }
      return reply;
    } catch (IOException e) {
      broken = "the reference worker's channel broke: " + e.getMessage();
      return Message.baselineError(broken);
    }
  }

  @Override
  public void close() throws IOException, InterruptedException {
    if (channel != null) {
      channel.close(); // the reference worker ends when its channel closes
    }
    if (process != null) {
      process.awaitExit(Duration.ofSeconds(5));
    }
  }
}
