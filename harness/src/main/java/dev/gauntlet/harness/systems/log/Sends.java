package dev.gauntlet.harness.systems.log;

import dev.gauntlet.specs.log.LogException;
import dev.gauntlet.specs.log.Producer;
import dev.gauntlet.specs.log.ProducerRecord;
import dev.gauntlet.specs.log.Record;
import dev.gauntlet.specs.log.RecordMetadata;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a candidate's producer was asked to send and what it answered, by value: every record a
 * check sends has a distinct value, so a value names one send.
 */
final class Sends {

  /** One send and its outcome, null until the callback comes. */
  static final class Outcome {
    final String value;
    RecordMetadata metadata;
    LogException error;
    int callbacks;

    Outcome(String value) {
      this.value = value;
    }

    boolean done() {
      return callbacks > 0;
    }

    boolean acked() {
      return metadata != null;
    }
  }

  private final Map<String, Outcome> outcomes = new LinkedHashMap<>();
  private final List<String> doubleCallbacks = new ArrayList<>();

  /** Sends a record and records its outcome. */
  Outcome send(Producer producer, String topic, Integer partition, Record record) {
    Outcome o = new Outcome(record.value());
    outcomes.put(record.value(), o);
    producer.send(new ProducerRecord(topic, partition, record), (metadata, error) -> {
      o.callbacks++;
      if (o.callbacks > 1) {
        doubleCallbacks.add(o.value);
        return;
      }
      o.metadata = metadata;
      o.error = error;
    });
    return o;
  }

  /** Returns whether every send has had its callback. */
  boolean allDone() {
    return outcomes.values().stream().allMatch(Outcome::done);
  }

  /** Returns every outcome, in the order sent. */
  List<Outcome> all() {
    return List.copyOf(outcomes.values());
  }

  /** Returns the acknowledged sends, in the order sent. */
  List<Outcome> acked() {
    return outcomes.values().stream().filter(Outcome::acked).toList();
  }

  /** Returns the values whose callback came more than once. */
  List<String> doubleCallbacks() {
    return doubleCallbacks;
  }
}
