package dev.gauntlet.harness.design;

import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnitAccess;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.function.Predicate;

/** Conditions that a class uses nothing of a forbidden kind; each use is one violation. */
final class Forbidden {

  private Forbidden() {}

  /**
   * No call of, or method reference to, a method or constructor that {@code target} matches
   * ({@code System::currentTimeMillis} passed as a clock counts as much as a call).
   */
  static ArchCondition<JavaClass> calls(String description, Predicate<AccessTarget> target) {
    return new ArchCondition<>("not call " + description) {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        for (JavaCodeUnitAccess<?> access : type.getCodeUnitAccessesFromSelf()) {
          if (target.test(access.getTarget())) {
            events.add(SimpleConditionEvent.violated(access, access.getDescription()));
          }
        }
      }
    };
  }

  /** No dependency (call, field, parameter, superclass, ...) on a class {@code target} matches. */
  static ArchCondition<JavaClass> dependencies(String description, Predicate<JavaClass> target) {
    return new ArchCondition<>("not depend on " + description) {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
          if (target.test(dependency.getTargetClass().getBaseComponentType())) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }

  /** Matches a method or constructor by its owner's full name and its own name. */
  static Predicate<AccessTarget> member(String owner, String... names) {
    java.util.Set<String> wanted = java.util.Set.of(names);
    return t -> t.getOwner().getName().equals(owner) && wanted.contains(t.getName());
  }

  /** Matches a class in {@code pkg} or a subpackage. */
  static Predicate<JavaClass> inPackage(String pkg) {
    return c -> c.getPackageName().equals(pkg) || c.getPackageName().startsWith(pkg + ".");
  }

  /** Matches classes by full name. */
  static Predicate<JavaClass> named(String... names) {
    java.util.Set<String> wanted = java.util.Set.of(names);
    return c -> wanted.contains(c.getName());
  }
}
