package dev.gauntlet.harness.design;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaStaticInitializer;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The condition that a class keeps no state in static fields.
 *
 * <p>A static field is state when it is not final, or when it is final but its type is mutable:
 * an array; an atomic ({@code java.util.concurrent.atomic}); a concrete collection or map class
 * ({@code HashMap}, {@code ArrayList}, {@code ConcurrentHashMap}...); {@code StringBuilder},
 * {@code StringBuffer}, {@code BitSet}, {@code ThreadLocal}. A final field declared as a
 * collection or map interface ({@code Map}, {@code List}) is state when the class's static
 * initializer constructs a collection or map, as in {@code static final Map<..> M = new
 * HashMap<>()}; {@code static final List<String> NAMES = List.of(..)} is a constant and passes.
 * Fields the compiler makes (an enum's values array, a switch map) are not the candidate's state.
 */
final class StaticState {

  private static final Set<String> MUTABLE_TYPES = Set.of("java.lang.StringBuilder",
      "java.lang.StringBuffer", "java.util.BitSet", "java.lang.ThreadLocal",
      "java.lang.InheritableThreadLocal");

  private StaticState() {}

  static ArchCondition<JavaClass> none() {
    return new ArchCondition<>("keep no state in static fields") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        for (JavaField field : type.getFields()) {
          Set<JavaModifier> modifiers = field.getModifiers();
          if (!modifiers.contains(JavaModifier.STATIC) || modifiers.contains(JavaModifier.SYNTHETIC)
              || type.isEnum() && field.getName().equals("$VALUES")) {
            continue;
          }
          whyState(type, field).ifPresent(why -> events.add(SimpleConditionEvent.violated(field,
              field.getDescription() + " " + why + " " + where(type, field))));
        }
      }
    };
  }

  /** Where the field is first assigned, e.g. {@code (X.java:12)}; fields carry no line. */
  private static String where(JavaClass owner, JavaField field) {
    return field.getAccessesToSelf().stream()
        .filter(a -> a.getAccessType() == JavaFieldAccess.AccessType.SET)
        .min(java.util.Comparator.comparingInt(JavaFieldAccess::getLineNumber))
        .map(a -> "in " + a.getSourceCodeLocation())
        .orElse("in " + owner.getSource().flatMap(s -> s.getFileName())
            .map(f -> "(" + f + ")").orElse(owner.getName()));
  }

  private static Optional<String> whyState(JavaClass owner, JavaField field) {
    if (!field.getModifiers().contains(JavaModifier.FINAL)) {
      return Optional.of("is static and not final");
    }
    JavaClass type = field.getRawType();
    String mutable = "is static and holds a mutable " + type.getSimpleName();
    if (type.isArray() || type.getPackageName().equals("java.util.concurrent.atomic")
        || MUTABLE_TYPES.contains(type.getName())) {
      return Optional.of(mutable);
    }
    if (!isCollection(type)) {
      return Optional.empty();
    }
    if (!type.isInterface()) {
      return Optional.of(mutable);
    }
    Optional<JavaConstructorCall> built = owner.getStaticInitializer()
        .flatMap(init -> collectionBuiltFor(init, field));
    return built.map(call -> "is static and holds a mutable " + type.getSimpleName() + " (a "
        + call.getTargetOwner().getSimpleName() + " built by the static initializer)");
  }

  /**
   * Returns a collection constructed by the expression assigned to {@code field}: on the lines
   * after the previous static field assignment of the initializer, up to this one.
   */
  private static Optional<JavaConstructorCall> collectionBuiltFor(JavaStaticInitializer init,
      JavaField field) {
    Optional<Integer> assigned = init.getFieldAccesses().stream()
        .filter(a -> a.getAccessType() == JavaFieldAccess.AccessType.SET)
        .filter(a -> a.getTarget().getName().equals(field.getName())
            && a.getTargetOwner().equals(field.getOwner()))
        .map(JavaFieldAccess::getLineNumber).min(Integer::compare);
    if (assigned.isEmpty()) {
      return Optional.empty();
    }
    int line = assigned.get();
    int previous = init.getFieldAccesses().stream()
        .filter(a -> a.getAccessType() == JavaFieldAccess.AccessType.SET)
        .mapToInt(JavaFieldAccess::getLineNumber).filter(l -> l < line).max().orElse(0);
    return init.getConstructorCallsFromSelf().stream()
        .filter(call -> call.getLineNumber() > previous && call.getLineNumber() <= line)
        .filter(call -> isCollection(call.getTargetOwner()))
        .findFirst();
  }

  private static boolean isCollection(JavaClass type) {
    return type.isAssignableTo(Collection.class) || type.isAssignableTo(Map.class);
  }
}
