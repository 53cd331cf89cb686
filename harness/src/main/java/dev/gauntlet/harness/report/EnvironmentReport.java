package dev.gauntlet.harness.report;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Where the run happened, since performance ratios depend on it.
 *
 * @param jvm the Java runtime's vendor, name and version
 * @param os the operating system's name, version and architecture
 * @param cpus processors available to the parent JVM
 * @param host the machine's host name
 * @param memoryMb the machine's physical memory in MiB; 0 when the JVM cannot tell
 */
public record EnvironmentReport(String jvm, String os, int cpus, String host, long memoryMb) {

  /** Describes this JVM and machine. */
  public static EnvironmentReport current() {
    return new EnvironmentReport(System.getProperty("java.vendor") + " "
        + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
        System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
            + System.getProperty("os.arch"),
        Runtime.getRuntime().availableProcessors(), hostName(), physicalMemoryMb());
  }

  private static String hostName() {
    String env = System.getenv("HOSTNAME");
    if (env != null && !env.isBlank()) {
      return env;
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "unknown";
    }
  }

  private static long physicalMemoryMb() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getTotalMemorySize() >> 20;
    }
    return 0;
  }
}
