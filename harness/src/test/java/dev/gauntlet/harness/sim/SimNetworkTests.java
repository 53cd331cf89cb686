package dev.gauntlet.harness.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimNetworkTests {

  private static List<String> drain(SimNetwork<String> net) {
    List<String> out = new ArrayList<>();
    for (SimNetwork.Envelope<String> e = net.poll(Long.MAX_VALUE); e != null;
        e = net.poll(Long.MAX_VALUE)) {
      out.add(e.from() + ">" + e.to() + ":" + e.message() + "@" + e.due());
    }
    return out;
  }

  @Test
  void messagesBetweenTwoNodesArriveInTheOrderSent() {
    SimNetwork<String> net = new SimNetwork<>(1, 1, 50);
    for (int i = 0; i < 100; i++) {
      net.send(i / 10, "a", "b", "m" + i);
    }
    List<String> got = drain(net);
    for (int i = 0; i < 100; i++) {
      assertTrue(got.get(i).startsWith("a>b:m" + i + "@"), got.get(i));
    }
  }

  @Test
  void theSameSeedGivesTheSameDeliveries() {
    List<List<String>> runs = new ArrayList<>();
    for (int run = 0; run < 2; run++) {
      SimNetwork<String> net = new SimNetwork<>(42, 1, 9);
      net.setLoss("a", "c", 0.5);
      for (int i = 0; i < 50; i++) {
        net.send(i, i % 2 == 0 ? "a" : "b", "c", "m" + i);
      }
      runs.add(drain(net));
    }
    assertEquals(runs.get(0), runs.get(1));
  }

  @Test
  void aCutLinkLosesWhatIsSentAndWhatIsOnItsWay() {
    SimNetwork<String> net = new SimNetwork<>(1, 5, 5);
    net.send(0, "a", "b", "early");
    net.setCut("a", "b", true);
    net.send(1, "a", "b", "during");
    net.send(1, "b", "a", "other way");
    assertEquals(List.of("b>a:other way@6"), drain(net));
    assertEquals(2, net.lost());
    net.healAll();
    net.send(10, "a", "b", "after");
    assertEquals(List.of("a>b:after@15"), drain(net));
  }

  @Test
  void nothingIsDeliveredBeforeItIsDue() {
    SimNetwork<String> net = new SimNetwork<>(1, 3, 3);
    net.setDelay("a", "b", 10);
    net.send(0, "a", "b", "slow");
    assertEquals(13, net.nextDue());
    assertNull(net.poll(12));
    assertEquals("slow", net.poll(13).message());
  }
}
