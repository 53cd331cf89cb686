package dev.gauntlet.harness.systems.log.stages;

import dev.gauntlet.reference.log.PartitionLog;
import dev.gauntlet.reference.log.ReferenceBroker;
import dev.gauntlet.reference.log.ReferenceConsumer;
import dev.gauntlet.reference.log.ReferenceLogFactory;
import dev.gauntlet.reference.log.SequenceCheck;
import dev.gauntlet.specs.log.Broker;
import dev.gauntlet.specs.log.BrokerEnvironment;
import dev.gauntlet.specs.log.ClientEnvironment;
import dev.gauntlet.specs.log.CommitCallback;
import dev.gauntlet.specs.log.Consumer;
import dev.gauntlet.specs.log.ConsumerConfig;
import dev.gauntlet.specs.log.FetchRequest;
import dev.gauntlet.specs.log.Message;
import dev.gauntlet.specs.log.OffsetsForLeaderEpochRequest;
import dev.gauntlet.specs.log.ProduceRequest;
import dev.gauntlet.specs.log.TopicPartition;
import java.util.List;

/**
 * A learner halfway through: stage 1 done (the reference's broker, producer and assigning
 * consumer), everything of stages 2 to 4 still throwing the template's "not implemented":
 * following a leader, answering followers, idempotence, the group coordinator and the
 * consumer's group membership.
 */
public final class StageOneOnly extends ReferenceLogFactory {

  private static UnsupportedOperationException todo(String what) {
    return new UnsupportedOperationException("TODO: " + what);
  }

  @Override
  public Broker newBroker(BrokerEnvironment env) {
    return new ReferenceBroker(env) {
      @Override
      protected void startFollowing(TopicPartition tp) {
        throw todo("follow the leader (stage 2)");
      }

      @Override
      protected SequenceCheck checkSequence(PartitionLog log, long producerId, int baseSequence,
          int count) {
        throw todo("idempotent producers (stage 3)");
      }

      @Override
      public void onMessage(String from, Message message) {
        if (message instanceof FetchRequest r && r.replicaId() >= 0) {
          throw todo("answer followers' fetches (stage 2)");
        }
        if (message instanceof OffsetsForLeaderEpochRequest) {
          throw todo("OffsetsForLeaderEpoch (stage 3)");
        }
        if (!(message instanceof ProduceRequest) && !(message instanceof FetchRequest)
            && message.getClass().getSimpleName().contains("Group")
            || message.getClass().getSimpleName().startsWith("Offset")
            || message.getClass().getSimpleName().startsWith("Heartbeat")) {
          throw todo("coordinate consumer groups (stage 4)");
        }
        super.onMessage(from, message);
      }
    };
  }

  @Override
  public Consumer newConsumer(ClientEnvironment env, ConsumerConfig config) {
    return new ReferenceConsumer(env, config) {
      @Override
      public void subscribe(List<String> topics) {
        throw todo("join a consumer group (stage 4)");
      }

      @Override
      public void commit(CommitCallback callback) {
        throw todo("commit offsets (stage 4)");
      }
    };
  }
}
