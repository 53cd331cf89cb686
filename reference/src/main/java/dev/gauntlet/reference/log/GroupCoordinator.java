package dev.gauntlet.reference.log;

import dev.gauntlet.specs.Clock;
import dev.gauntlet.specs.log.ClusterMetadata;
import dev.gauntlet.specs.log.Disk;
import dev.gauntlet.specs.log.Errors;
import dev.gauntlet.specs.log.HeartbeatRequest;
import dev.gauntlet.specs.log.HeartbeatResponse;
import dev.gauntlet.specs.log.JoinGroupRequest;
import dev.gauntlet.specs.log.JoinGroupResponse;
import dev.gauntlet.specs.log.LeaveGroupRequest;
import dev.gauntlet.specs.log.LeaveGroupResponse;
import dev.gauntlet.specs.log.Message;
import dev.gauntlet.specs.log.OffsetCommitRequest;
import dev.gauntlet.specs.log.OffsetCommitResponse;
import dev.gauntlet.specs.log.OffsetFetchRequest;
import dev.gauntlet.specs.log.OffsetFetchResponse;
import dev.gauntlet.specs.log.TopicPartition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The group coordinator: members, generations, server-side assignment and committed offsets of
 * the groups a broker coordinates. A join, leave or expiry starts a new generation with a new
 * round-robin assignment; a commit is accepted only from a member of the current generation.
 * Generations and commits are on disk, so a restarted coordinator neither loses commits nor
 * reuses a generation a zombie could still hold; members are in memory and join again.
 *
 * <p>Open for the harness's planted bugs: each protected step may be replaced by one.
 */
public class GroupCoordinator {

  /** One member of a group. */
  protected static final class Member {
    final String id;
    long lastHeartbeat;
    long sessionTimeoutMs;
    List<String> topics;

    Member(String id) {
      this.id = id;
    }
  }

  /** One group's state. */
  protected static final class Group {
    final String id;
    int generation;
    long nextMember;
    final Map<String, Member> members = new TreeMap<>();
    Map<String, List<TopicPartition>> assignment = new TreeMap<>();
    final Map<TopicPartition, Long> committed = new TreeMap<>();

    Group(String id) {
      this.id = id;
    }

    /** Returns the committed offsets, by partition. */
    public Map<TopicPartition, Long> committed() {
      return committed;
    }
  }

  private final Disk disk;
  private final Clock clock;
  private final Map<String, Group> groups = new TreeMap<>();
  private ClusterMetadata metadata;

  /** Creates the coordinator over a broker's disk. */
  public GroupCoordinator(Disk disk, Clock clock) {
    this.disk = disk;
    this.clock = clock;
  }

  /** Answers a group request, or returns null if {@code message} is not one. */
  Message handle(Message message, ClusterMetadata metadata, int brokerId) {
    this.metadata = metadata;
    String groupId = groupOf(message);
    if (groupId == null) {
      return null;
    }
    boolean mine = metadata != null && metadata.coordinatorFor(groupId) == brokerId;
    if (message instanceof JoinGroupRequest r) {
      return mine ? join(group(groupId), r)
          : new JoinGroupResponse(r.correlationId(), Errors.NOT_COORDINATOR, "", -1, List.of());
    } else if (message instanceof HeartbeatRequest r) {
      return new HeartbeatResponse(r.correlationId(), mine ? heartbeat(group(groupId), r)
          : Errors.NOT_COORDINATOR);
    } else if (message instanceof LeaveGroupRequest r) {
      if (mine) {
        Group g = group(groupId);
        if (g.members.remove(r.memberId()) != null) {
          newGeneration(g);
        }
      }
      return new LeaveGroupResponse(r.correlationId(), mine ? Errors.NONE
          : Errors.NOT_COORDINATOR);
    } else if (message instanceof OffsetCommitRequest r) {
      return new OffsetCommitResponse(r.correlationId(), mine ? commit(group(groupId), r)
          : Errors.NOT_COORDINATOR);
    }
    OffsetFetchRequest r = (OffsetFetchRequest) message;
    if (!mine) {
      return new OffsetFetchResponse(r.correlationId(), Errors.NOT_COORDINATOR, Map.of());
    }
    Group g = group(groupId);
    Map<TopicPartition, Long> offsets = new TreeMap<>();
    for (TopicPartition tp : r.partitions()) {
      Long offset = g.committed.get(tp);
      if (offset != null) {
        offsets.put(tp, offset);
      }
    }
    return new OffsetFetchResponse(r.correlationId(), Errors.NONE, offsets);
  }

  private static String groupOf(Message m) {
    if (m instanceof JoinGroupRequest r) {
      return r.groupId();
    } else if (m instanceof HeartbeatRequest r) {
      return r.groupId();
    } else if (m instanceof LeaveGroupRequest r) {
      return r.groupId();
    } else if (m instanceof OffsetCommitRequest r) {
      return r.groupId();
    } else if (m instanceof OffsetFetchRequest r) {
      return r.groupId();
    }
    return null;
  }

  private JoinGroupResponse join(Group g, JoinGroupRequest r) {
    Member m;
    if (r.memberId().isEmpty()) {
      m = new Member(g.id + "-" + (++g.nextMember));
      g.members.put(m.id, m);
    } else {
      m = g.members.get(r.memberId());
      if (m == null) {
        return new JoinGroupResponse(r.correlationId(), Errors.UNKNOWN_MEMBER_ID, r.memberId(),
            g.generation, List.of());
      }
    }
    m.lastHeartbeat = clock.millis();
    m.sessionTimeoutMs = r.sessionTimeoutMs();
    boolean changed = !r.topics().equals(m.topics);
    m.topics = r.topics();
    if (r.memberId().isEmpty() || changed) {
      newGeneration(g);
    }
    return new JoinGroupResponse(r.correlationId(), Errors.NONE, m.id, g.generation,
        g.assignment.getOrDefault(m.id, List.of()));
  }

  private Errors heartbeat(Group g, HeartbeatRequest r) {
    Member m = g.members.get(r.memberId());
    if (m == null) {
      return Errors.UNKNOWN_MEMBER_ID;
    }
    m.lastHeartbeat = clock.millis();
    return r.generationId() == g.generation ? Errors.NONE : Errors.REBALANCE_IN_PROGRESS;
  }

  private Errors commit(Group g, OffsetCommitRequest r) {
    if (!g.members.containsKey(r.memberId())) {
      return Errors.UNKNOWN_MEMBER_ID;
    }
    if (!acceptsGeneration(g.generation, r.generationId())) {
      return Errors.ILLEGAL_GENERATION;
    }
    for (Map.Entry<TopicPartition, Long> e : new TreeMap<>(r.offsets()).entrySet()) {
      g.committed.put(e.getKey(), e.getValue());
      disk.append("offsets-" + g.id, Codec.numbers(e.getValue(), e.getKey().partition())
          + e.getKey().topic());
    }
    return Errors.NONE;
  }

  /** Whether a commit from a member in {@code generation} is accepted: only the current one. */
  protected boolean acceptsGeneration(int current, int generation) {
    return current == generation;
  }

  /** Removes the members whose session timed out, starting a new generation if any did. */
  void tick(long now) {
    for (Group g : groups.values()) {
      boolean removed = g.members.values().removeIf(m -> expired(m.lastHeartbeat,
          m.sessionTimeoutMs, now));
      if (removed) {
        newGeneration(g);
      }
    }
  }

  /** Whether a member last heard from at {@code lastHeartbeat} is gone. */
  protected boolean expired(long lastHeartbeat, long sessionTimeoutMs, long now) {
    return now - lastHeartbeat > sessionTimeoutMs;
  }

  private void newGeneration(Group g) {
    g.generation++;
    disk.replace("group-" + g.id, List.of(Codec.numbers(g.generation, g.nextMember)));
    TreeSet<TopicPartition> partitions = new TreeSet<>();
    for (Member m : g.members.values()) {
      for (String topic : m.topics) {
        int count = metadata == null ? 0 : metadata.partitionCount(topic).orElse(0);
        for (int p = 0; p < count; p++) {
          partitions.add(new TopicPartition(topic, p));
        }
      }
    }
    g.assignment = assign(List.copyOf(g.members.keySet()), List.copyOf(partitions));
    onNewGeneration(g);
  }

  /** Called after each new generation's assignment. */
  protected void onNewGeneration(Group g) {}

  /**
   * Assigns partitions to members round-robin: partition i (in order) to member i mod n (in id
   * order), so each partition has exactly one owner.
   */
  protected Map<String, List<TopicPartition>> assign(List<String> members,
      List<TopicPartition> partitions) {
    Map<String, List<TopicPartition>> out = new TreeMap<>();
    members.forEach(m -> out.put(m, new ArrayList<>()));
    for (int i = 0; i < partitions.size() && !members.isEmpty(); i++) {
      out.get(members.get(i % members.size())).add(partitions.get(i));
    }
    return out;
  }

  private Group group(String id) {
    return groups.computeIfAbsent(id, this::load);
  }

  private Group load(String id) {
    Group g = new Group(id);
    List<String> state = disk.read("group-" + id);
    if (!state.isEmpty()) {
      long[] v = Codec.numbers(state.get(0));
      g.generation = (int) v[0];
      g.nextMember = v[1];
    }
    for (String line : disk.read("offsets-" + id)) {
      String[] parts = line.split("\\|", 3);
      g.committed.put(new TopicPartition(parts[2], Integer.parseInt(parts[1])),
          Long.parseLong(parts[0]));
    }
    return g;
  }
}
