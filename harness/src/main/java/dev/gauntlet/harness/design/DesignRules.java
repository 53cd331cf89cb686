package dev.gauntlet.harness.design;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static dev.gauntlet.harness.design.Forbidden.calls;
import static dev.gauntlet.harness.design.Forbidden.dependencies;
import static dev.gauntlet.harness.design.Forbidden.inPackage;
import static dev.gauntlet.harness.design.Forbidden.member;
import static dev.gauntlet.harness.design.Forbidden.named;

import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.JavaClass;
import java.util.Set;
import java.util.function.Predicate;

/** The design rules every system's submission is held to, each with its reason. */
public final class DesignRules {

  private DesignRules() {}

  /**
   * No reading of the wall clock and no sleeping: {@code System.currentTimeMillis/nanoTime}, any
   * {@code java.time} {@code now(..)}, {@code Clock.system*}/{@code tick*}, {@code new Date()},
   * {@code Calendar.getInstance}, {@code Thread.sleep}, {@code TimeUnit.sleep}; calls and method
   * references alike.
   */
  public static DesignRule noWallClock() {
    Predicate<AccessTarget> wallClock = member("java.lang.System", "currentTimeMillis", "nanoTime")
        .or(t -> t.getOwner().getPackageName().equals("java.time") && t.getName().equals("now"))
        .or(member("java.time.Clock", "systemUTC", "systemDefaultZone", "system", "tickMillis",
            "tickSeconds", "tickMinutes"))
        .or(member("java.time.InstantSource", "system"))
        .or(member("java.util.Calendar", "getInstance"))
        .or(t -> member("java.util.Date", "<init>").test(t) && noParameters(t))
        .or(member("java.lang.Thread", "sleep"))
        .or(member("java.util.concurrent.TimeUnit", "sleep"));
    return new DesignRule("time is read only from the Clock the harness gives",
        "the harness owns time: a TTL or window read from the wall clock does not line up with"
            + " the scenario the harness reports, and a replay of the same seed would differ",
        candidate -> classes().should(calls("the wall clock or sleep", wallClock)));
  }

  /** No non-final static fields, and no static final fields of mutable types (see StaticState). */
  public static DesignRule noStaticMutableState() {
    return new DesignRule("state lives in objects, not in static fields",
        "a simulated crash drops a node's objects; state in a static field would survive it,"
            + " which a real machine's memory does not, and would leak between the harness's runs",
        candidate -> classes().should(StaticState.none()));
  }

  /**
   * No reflection or introspection: {@code java.lang.reflect}, {@code java.lang.invoke}
   * (MethodHandles, VarHandles), {@code Unsafe}, {@code StackWalker}, class loaders, stack
   * traces, and {@code Class.forName} or the reflective lookups of {@code Class}.
   */
  public static DesignRule noReflection() {
    Predicate<JavaClass> reflective = inPackage("java.lang.reflect")
        .or(inPackage("java.lang.invoke"))
        .or(named("sun.misc.Unsafe", "jdk.internal.misc.Unsafe", "java.lang.StackWalker",
            "java.lang.ClassLoader", "java.lang.StackTraceElement"));
    Predicate<AccessTarget> introspection = member("java.lang.Class", "forName",
        "getDeclaredField", "getDeclaredFields", "getDeclaredMethod", "getDeclaredMethods",
        "getDeclaredConstructor", "getDeclaredConstructors", "getField", "getFields", "getMethod",
        "getMethods", "getConstructor", "getConstructors", "getClassLoader", "getProtectionDomain",
        "getResource", "getResourceAsStream", "getRecordComponents")
        .or(member("java.lang.Throwable", "getStackTrace"))
        .or(member("java.lang.Thread", "getStackTrace", "getAllStackTraces",
            "getContextClassLoader"));
    return new DesignRule("no reflection or introspection",
        "reflection can read the harness's expected values or detect that it is being graded;"
            + " a submission must earn its grade through the interfaces of the specs",
        candidate -> classes().should(dependencies("reflection", reflective))
            .andShould(calls("reflective lookups or stack traces", introspection)));
  }

  /**
   * No processes, files or sockets: {@code ProcessBuilder}, {@code Runtime.exec},
   * {@code java.io.File*} and {@code RandomAccessFile}, {@code java.nio.file},
   * {@code java.nio.channels}, and {@code java.net} except URI and URL encoding.
   */
  public static DesignRule noProcessesFilesOrSockets() {
    Set<String> harmlessNet = Set.of("java.net.URI", "java.net.URLEncoder", "java.net.URLDecoder",
        "java.net.URISyntaxException");
    Predicate<JavaClass> io = named("java.lang.ProcessBuilder", "java.lang.Process",
        "java.lang.ProcessHandle", "java.io.File", "java.io.FileInputStream",
        "java.io.FileOutputStream", "java.io.FileReader", "java.io.FileWriter",
        "java.io.RandomAccessFile", "java.io.FileDescriptor")
        .or(inPackage("java.nio.file"))
        .or(inPackage("java.nio.channels"))
        .or(inPackage("java.net").and(c -> !harmlessNet.contains(c.getName())));
    return new DesignRule("no processes, files or sockets",
        "the environment the harness hands over is the only I/O a submission has: files,"
            + " sockets and processes reach outside the simulation, where the harness cannot"
            + " inject faults or replay what happened",
        candidate -> classes().should(dependencies("processes, files or sockets", io))
            .andShould(calls("Runtime.exec", member("java.lang.Runtime", "exec"))));
  }

  /**
   * Depends only on the JDK, the specs and the candidate's own classes: not on the harness, the
   * reference, or a library that happens to be on the worker's class path (the harness's own,
   * such as Jackson, JUnit or Hadoop's Reed-Solomon coder). The candidate's own classes are
   * exempt, which matters only for the harness's planted bugs, whose packages are inside the
   * harness's.
   */
  public static DesignRule noHarnessDependency() {
    return new DesignRule("a submission depends only on the specs",
        "a submission must stand on the JDK and the specs alone: the harness, the reference and"
            + " the harness's libraries are not the learner's to use, and code built on them"
            + " would not be the learner's own",
        candidate -> classes().should(dependencies("the harness, the reference or a library",
            ((Predicate<JavaClass>) DesignRules::jdkOrSpecs).negate()
                .and(c -> !candidate.contain(c.getName())))));
  }

  /** The JDK's own types (and primitives and arrays of them) and the specs. */
  private static boolean jdkOrSpecs(JavaClass type) {
    JavaClass base = type.isArray() ? type.getBaseComponentType() : type;
    String pkg = base.getPackageName();
    return base.isPrimitive() || pkg.isEmpty() || pkg.equals("java") || pkg.startsWith("java.")
        || pkg.startsWith("javax.") || pkg.startsWith("jdk.") || pkg.startsWith("sun.")
        || pkg.startsWith("dev.gauntlet.specs");
  }

  /**
   * No ending the JVM: {@code System.exit}, {@code Runtime.exit}, {@code Runtime.halt}, and no
   * shutdown hooks ({@code Runtime.addShutdownHook}/{@code removeShutdownHook}).
   */
  public static DesignRule noExit() {
    Predicate<AccessTarget> exit = member("java.lang.System", "exit")
        .or(member("java.lang.Runtime", "exit", "halt", "addShutdownHook", "removeShutdownHook"));
    return new DesignRule("a submission never ends the JVM",
        "the harness grades in the JVM the submission runs in: ending it ends the check (which"
            + " fails) and forces the rest into a fresh JVM, and a shutdown hook runs code after"
            + " the harness has stopped watching",
        candidate -> classes().should(calls("System.exit, Runtime.exit or halt, or shutdown"
            + " hooks", exit)));
  }

  /**
   * No threads of its own: constructing a {@code Thread} (or a subclass), {@code Thread.start}
   * and the virtual-thread builders, {@code ThreadGroup}, {@code Timer}, {@code Executors} and the
   * pools ({@code ThreadPoolExecutor}, {@code ScheduledThreadPoolExecutor}, {@code ForkJoinPool}),
   * {@code CompletableFuture}'s {@code *Async} methods, and parallel streams.
   * {@code Thread.currentThread()} and {@code interrupt()} stay allowed.
   */
  public static DesignRule noThreads() {
    Predicate<JavaClass> pools = named("java.lang.ThreadGroup", "java.util.Timer",
        "java.util.concurrent.Executors", "java.util.concurrent.ThreadPoolExecutor",
        "java.util.concurrent.ScheduledThreadPoolExecutor", "java.util.concurrent.ForkJoinPool");
    Predicate<AccessTarget> starts = member("java.lang.Thread", "<init>", "start",
        "startVirtualThread", "ofPlatform", "ofVirtual")
        .or(t -> t.getOwner().getName().equals("java.util.concurrent.CompletableFuture")
            && t.getName().endsWith("Async"))
        .or(t -> t.getName().equals("parallelStream")
            && t.getOwner().getPackageName().equals("java.util"))
        .or(t -> t.getName().equals("parallel")
            && t.getOwner().getPackageName().equals("java.util.stream"));
    return new DesignRule("a submission starts no threads",
        "the harness drives every request on its own thread, one at a time: a thread of the"
            + " submission's runs outside the scenario the harness replays, races its checks and"
            + " outlives a simulated crash",
        candidate -> classes().should(calls("threads, async tasks or parallel streams", starts))
            .andShould(dependencies("thread pools, groups or timers", pools)));
  }

  private static boolean noParameters(AccessTarget target) {
    return target instanceof CodeUnitAccessTarget unit && unit.getRawParameterTypes().isEmpty();
  }
}
