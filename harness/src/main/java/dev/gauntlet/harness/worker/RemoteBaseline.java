package dev.gauntlet.harness.worker;

import dev.gauntlet.harness.check.Baseline;
import dev.gauntlet.harness.check.Measurement;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The baseline of a candidate's worker: each round is run by the reference's own worker, which
 * the parent starts and relays to, so the reference never shares this class path.
 */
final class RemoteBaseline implements Baseline {

  private final Channel channel;

  RemoteBaseline(Channel channel) {
    this.channel = channel;
  }

  @Override
  public synchronized Measurement round(String workloadId, long seed, long budgetNanos) {
    try {
      // Only this method reads from the channel, and one round at a time, so the reply read
      // next is the one to this request.
      channel.send(Message.baselineRequest(workloadId, seed, budgetNanos));
      Message reply = channel.receive();
      if (reply == null) {
        throw new IllegalStateException("the parent closed the channel during a reference round");
      }
      if (Message.BASELINE_ERROR.equals(reply.type())) {
        throw new IllegalStateException("the reference round failed: " + reply.text());
      }
      return reply.measurement();
    } catch (IOException e) {
      throw new UncheckedIOException("the channel to the parent broke", e);
    }
  }
}
