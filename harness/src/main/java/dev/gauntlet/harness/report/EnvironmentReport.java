package dev.gauntlet.harness.report;

/**
 * Where the run happened, since performance ratios depend on it.
 *
 * @param jvm the Java runtime's vendor, name and version
 * @param os the operating system's name, version and architecture
 * @param cpus processors available to the parent JVM
 */
public record EnvironmentReport(String jvm, String os, int cpus) {

  /** Describes this JVM and machine. */
  public static EnvironmentReport current() {
    return new EnvironmentReport(System.getProperty("java.vendor") + " "
        + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
        System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
            + System.getProperty("os.arch"),
        Runtime.getRuntime().availableProcessors());
  }
}
