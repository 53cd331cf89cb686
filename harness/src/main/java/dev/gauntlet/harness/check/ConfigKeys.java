package dev.gauntlet.harness.check;

/**
 * The JUnit configuration parameters through which a run tells its checks what to grade. The
 * worker sets them from its command line; the harness's own tests set them directly.
 */
public final class ConfigKeys {

  /** The run's seed, a decimal long. */
  public static final String SEED = "gauntlet.seed";

  /**
   * Prefix of the candidate's factory class for a system ({@code gauntlet.factory.cache}). When
   * absent the factory is found with ServiceLoader, as in a graded run.
   */
  public static final String FACTORY_PREFIX = "gauntlet.factory.";

  /**
   * Prefix of a reference factory class run in this JVM as the baseline
   * ({@code gauntlet.baseline.cache}); only the harness's own tests use it.
   */
  public static final String IN_PROCESS_BASELINE_PREFIX = "gauntlet.baseline.";

  /** Prefix of a rubric setting: {@code gauntlet.setting.<check id>.<name>}. */
  public static final String SETTING_PREFIX = "gauntlet.setting.";

  /**
   * The time limit of each check, in milliseconds ({@code gauntlet grade --check-timeout}); a
   * check's rubric setting {@link #TIME_LIMIT_SETTING} overrides it.
   */
  public static final String CHECK_TIME_LIMIT = "gauntlet.check-time-limit";

  /** The rubric setting that gives one check its own time limit, in seconds. */
  public static final String TIME_LIMIT_SETTING = "timeLimitSeconds";

  private ConfigKeys() {}
}
