package dev.gauntlet.specs.log;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Reads partitions from their leaders (Kafka's {@code KafkaConsumer}), either partitions it is
 * told to read ({@link #assign}) or, as a member of a consumer group, those the group's
 * coordinator assigns it ({@link #subscribe}). It fetches in the background, on ticks and
 * responses; {@link #poll()} hands over what has arrived.
 */
public interface Consumer extends Node {

  /**
   * Reads exactly these partitions, without a group, each from offset 0 unless {@link #seek}
   * says otherwise.
   *
   * @param partitions the partitions to read
   */
  void assign(Collection<TopicPartition> partitions);

  /**
   * Sets the next offset to read from an assigned partition.
   *
   * @param partition an assigned partition
   * @param offset the next offset to read
   */
  void seek(TopicPartition partition, long offset);

  /**
   * Joins the consumer group of {@link ConsumerConfig#groupId()} for these topics. The member
   * then owns the partitions the coordinator assigns it, reads each from its committed offset
   * (from offset 0 if none), heartbeats, and joins again when its generation is over.
   *
   * @param topics the topics
   */
  void subscribe(List<String> topics);

  /**
   * Returns the records that have arrived since the last poll, at most
   * {@link ConsumerConfig#maxPollRecords()}, and moves each partition's position past them.
   * Records of one partition come in offset order, each offset once, continuing from the
   * position. Never blocks: with nothing new it returns an empty list.
   *
   * @return the records, possibly none
   */
  List<ConsumerRecord> poll();

  /**
   * Returns the partitions this consumer reads now: those assigned, or those its group's
   * current generation gives it (none while it is joining).
   *
   * @return the partitions
   */
  Set<TopicPartition> assignment();

  /**
   * Commits the position of every owned partition (the next offset to read) to the group's
   * coordinator, with this member's generation.
   *
   * @param callback told whether the coordinator stored them
   */
  void commit(CommitCallback callback);

  /** Leaves the group (if any) and stops. */
  void close();
}
