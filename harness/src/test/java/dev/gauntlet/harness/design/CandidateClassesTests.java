package dev.gauntlet.harness.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import dev.gauntlet.harness.systems.cache.bugs.ModuloHashing;
import dev.gauntlet.harness.systems.cache.bugs.PlainNodeStore;
import dev.gauntlet.harness.systems.cache.bugs.PlainRing;
import dev.gauntlet.harness.systems.cache.bugs.design.PlainClient;
import dev.gauntlet.harness.systems.cache.bugs.design.StandAloneFactory;
import dev.gauntlet.harness.systems.cache.bugs.design.staticring.StaticMembershipRing;
import dev.gauntlet.harness.systems.cache.bugs.design.wallclock.WallClockTtl;
import dev.gauntlet.harness.testing.InProcessGrading;
import dev.gauntlet.reference.cache.ReferenceCacheFactory;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which classes count as the candidate's own. */
class CandidateClassesTests {

  @Test
  void aBugInTheHarnesssTestClassesBringsItsPackageAndWhatItReachesOnly() {
    Set<String> names = names(CandidateClasses.importFor(WallClockTtl.class));
    for (Class<?> reached : new Class<?>[] {WallClockTtl.class, StandAloneFactory.class,
        PlainNodeStore.class, PlainRing.class, PlainClient.class}) {
      assertTrue(names.contains(reached.getName()), reached + " missing from " + names);
    }
    for (Class<?> other : new Class<?>[] {StaticMembershipRing.class, ModuloHashing.class,
        InProcessGrading.class, CandidateClassesTests.class}) {
      assertFalse(names.contains(other.getName()), other + " imported: " + names);
    }
  }

  @Test
  void aLocationWithoutHarnessClassesIsImportedWhole() {
    Set<String> names = names(CandidateClasses.importFor(ReferenceCacheFactory.class));
    assertTrue(names.contains(ReferenceCacheFactory.class.getName()), names.toString());
    assertTrue(names.size() > 5, names.toString());
    assertEquals(Set.of(), names.stream().filter(n -> !n.startsWith("dev.gauntlet.reference."))
        .collect(Collectors.toSet()));
  }

  @Test
  void importsOncePerFactoryClass() {
    assertSame(CandidateClasses.of(new WallClockTtl()), CandidateClasses.of(new WallClockTtl()));
  }

  private static Set<String> names(JavaClasses classes) {
    return classes.stream().map(JavaClass::getName).collect(Collectors.toSet());
  }
}
