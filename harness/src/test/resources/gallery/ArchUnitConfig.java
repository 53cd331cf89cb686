package gallery;

import java.util.HashMap;

/**
 * Hostile: keeps state in a static HashMap, and tries to hide it from the design checks by
 * turning off ArchUnit's resolution of JDK classes (without it, HashMap is not known to be a Map)
 * twice: in the archunit.properties it ships, and in system properties set when it is loaded.
 */
public class ArchUnitConfig extends Parts {

  static final HashMap<String, String> SHARED = new HashMap<>();

  static {
    System.setProperty("archunit.resolveMissingDependenciesFromClassPath", "false");
    System.setProperty("archunit.import.dependencyResolutionProcess.maxIterationsForSupertypes",
        "0");
  }

  public ArchUnitConfig() {
    SHARED.put("loaded", "yes");
  }
}
