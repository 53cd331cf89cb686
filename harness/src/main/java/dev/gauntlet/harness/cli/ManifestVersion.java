package dev.gauntlet.harness.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest's Implementation-Version. */
final class ManifestVersion implements IVersionProvider {

  /** Returns the harness version, or {@code development} when not run from the jar. */
  static String get() {
    String version = Gauntlet.class.getPackage().getImplementationVersion();
    return version == null ? "development" : version;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"Gauntlet " + get(), "Java " + System.getProperty("java.runtime.version")};
  }
}
