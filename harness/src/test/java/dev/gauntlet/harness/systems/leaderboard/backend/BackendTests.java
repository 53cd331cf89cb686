package dev.gauntlet.harness.systems.leaderboard.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gauntlet.reference.leaderboard.ReferenceLeaderboardFactory;
import dev.gauntlet.specs.leaderboard.LeaderboardService;
import dev.gauntlet.specs.leaderboard.RankingStyle;
import dev.gauntlet.specs.leaderboard.Standing;
import dev.gauntlet.specs.leaderboard.SubmissionFailedException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each backend gives worlds that a service can use, wipe and fail, and cleans up after them. */
class BackendTests {

  @Test
  void embeddedWorldsServeTheReference() {
    try (Backend backend = Backend.embedded()) {
      exercise(backend);
    }
  }

  @Test
  void realWorldsServeTheReference() {
    LocalServices.assumeAvailable();
    try (Backend backend = LocalServices.open()) {
      System.out.println(backend.description());
      exercise(backend);
    }
  }

  private static void exercise(Backend backend) {
    long t0 = System.nanoTime();
    try (World world = backend.newWorld()) {
      LeaderboardService service = new ReferenceLeaderboardFactory().newService(world);
      assertEquals(10, service.submit("s1", "ann", 10));
      assertEquals(10, service.submit("s1", "ann", 10), "a retry counts once");
      service.submit("s2", "Ann", 10);
      service.submit("s3", "ann ", 5);
      service.submit("s4", "\uD83D\uDE00", 7);
      assertEquals(List.of(new Standing("ann", 10, 1), new Standing("Ann", 10, 1),
          new Standing("\uD83D\uDE00", 7, 3)), service.top(3));
      assertEquals(3, service.standing("ann ", RankingStyle.DENSE).orElseThrow().rank());
      world.wipeIndex();
      assertFalse(world.store().exists("lb:scores"));
      assertEquals(List.of(new Standing("\uD83D\uDE00", 7, 3), new Standing("ann ", 5, 4)),
          service.around("ann ", 1));
      world.faults().failStatement(2);
      assertThrows(SubmissionFailedException.class, () -> service.submit("s5", "bob", 1));
      assertTrue(world.faults().fired().isPresent());
      assertTrue(service.standing("bob").isEmpty(), "nothing of a failed submission is kept");
      assertEquals(1, service.submit("s5", "bob", 1));
      world.faults().failCommit();
      assertThrows(SubmissionFailedException.class, () -> service.submit("s6", "bob", 1));
      assertEquals(1, new ReferenceLeaderboardFactory().newService(world).standing("bob")
          .orElseThrow().score());
    }
    System.out.printf("%s: one world in %.1f ms%n", backend.isReal() ? "real" : "embedded",
        (System.nanoTime() - t0) / 1e6);
  }

  /** Found by seed 7: the first submission rebuilds the index, and its read may fail too. */
  @Test
  void aFailureWhileRebuildingBeforeASubmissionIsAFailedSubmission() {
    try (Backend backend = Backend.embedded(); World world = backend.newWorld()) {
      LeaderboardService service = new ReferenceLeaderboardFactory().newService(world);
      world.faults().failStatement(1);
      assertThrows(SubmissionFailedException.class, () -> service.submit("s1", "ann", 1));
      assertTrue(world.faults().fired().orElseThrow().contains("SELECT"));
      assertEquals(1, service.submit("s1", "ann", 1));
    }
  }

  @Test
  void aClosedWorldLeavesNoDatabaseBehind() throws SQLException {
    LocalServices.assumeAvailable();
    String name;
    try (Backend backend = LocalServices.open(); World world = backend.newWorld()) {
      try (Connection c = world.dataSource().getConnection()) {
        name = c.getCatalog();
      }
      world.store().add("k", "m", 1);
    }
    try (Backend backend = LocalServices.open(); World other = backend.newWorld();
        Connection c = other.dataSource().getConnection(); Statement s = c.createStatement();
        var rs = s.executeQuery("SHOW DATABASES LIKE '" + name + "'")) {
      assertFalse(rs.next(), name + " was not dropped");
    }
  }
}
