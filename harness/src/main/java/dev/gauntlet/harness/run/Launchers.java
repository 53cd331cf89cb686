package dev.gauntlet.harness.run;

import org.junit.jupiter.engine.JupiterTestEngine;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Creates the launcher that runs checks. Only the Jupiter engine is registered and nothing is
 * auto-detected, so a candidate cannot slip a test engine or listener onto the run through
 * {@code META-INF/services}.
 */
final class Launchers {

  private Launchers() {}

  static Launcher create() {
    return LauncherFactory.create(config());
  }

  /** Opens a session, whose store lives as long as one run of checks. */
  static LauncherSession openSession() {
    return LauncherFactory.openSession(config());
  }

  private static LauncherConfig config() {
    return LauncherConfig.builder()
        .enableTestEngineAutoRegistration(false)
        .enableTestExecutionListenerAutoRegistration(false)
        .enableLauncherDiscoveryListenerAutoRegistration(false)
        .enablePostDiscoveryFilterAutoRegistration(false)
        .enableLauncherSessionListenerAutoRegistration(false)
        .addTestEngines(new JupiterTestEngine())
        .build();
  }
}
