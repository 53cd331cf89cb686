package dev.gauntlet.harness.run;

import dev.gauntlet.harness.check.Check;
import dev.gauntlet.harness.check.CheckSuite;
import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.MethodDescriptor;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.MethodOrdererContext;

/**
 * The one order in which checks are listed, run and reported: by suite order, then suite class,
 * then check id. The listing and the run share it, so results stream in the order
 * {@code gauntlet list} shows.
 */
public final class CheckOrder {

  /** Orders descriptors as the run executes them. */
  public static final Comparator<CheckDescriptor> CATALOG = Comparator
      .comparingInt((CheckDescriptor c) -> suiteOrder(loadQuietly(c.className())))
      .thenComparing(CheckDescriptor::className)
      .thenComparing(CheckDescriptor::id);

  private CheckOrder() {}

  /** Orders suite classes for the Jupiter engine; named in the launcher's configuration. */
  public static final class Suites implements ClassOrderer {
    @Override
    public void orderClasses(ClassOrdererContext context) {
      context.getClassDescriptors().sort(Comparator
          .comparingInt((ClassDescriptor d) -> suiteOrder(d.getTestClass()))
          .thenComparing(d -> d.getTestClass().getName()));
    }
  }

  /** Orders the checks of one suite class by id; named in the launcher's configuration. */
  public static final class Checks implements MethodOrderer {
    @Override
    public void orderMethods(MethodOrdererContext context) {
      context.getMethodDescriptors().sort(Comparator.comparing(CheckOrder::checkId));
    }
  }

  private static String checkId(MethodDescriptor method) {
    Check check = method.getMethod().getAnnotation(Check.class);
    return check == null ? method.getMethod().getName() : check.id();
  }

  private static int suiteOrder(Class<?> type) {
    CheckSuite suite = type == null ? null : type.getAnnotation(CheckSuite.class);
    return suite == null ? Integer.MAX_VALUE : suite.order();
  }

  private static Class<?> loadQuietly(String className) {
    try {
      ClassLoader context = Thread.currentThread().getContextClassLoader();
      // Instructors' suites are loaded through the context loader when they are not on the
      // class path (in the parent); the harness's own through this class's loader.
      return Class.forName(className, false,
          context != null ? context : CheckOrder.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      return null;
    }
  }
}
