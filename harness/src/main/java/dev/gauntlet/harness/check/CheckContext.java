package dev.gauntlet.harness.check;

import dev.gauntlet.harness.engine.Property;
import dev.gauntlet.harness.engine.ScenarioBody;

/** What a running check may ask of the harness. Resolved as a parameter of a {@link Check}. */
public interface CheckContext {

  /** Returns the id of the running check. */
  String checkId();

  /**
   * Returns this check's seed: derived from the run's seed and the check id, so that
   * {@code --seed N --check ID} replays exactly what a full run did.
   */
  long seed();

  /**
   * Returns a new instance of the candidate's factory for a system.
   *
   * @throws CandidateLoadException if the candidate offers no usable implementation
   */
  <F> F factory(Class<F> factoryType);

  /** Returns the reference measurements this run can compare against. */
  Baseline baseline();

  /**
   * Returns a numeric setting of this check from the rubric (a threshold, a bound), or the
   * default when the rubric does not set it.
   */
  double setting(String name, double defaultValue);

  /**
   * Awards a fraction of the check's points instead of all or none. The last call wins.
   *
   * @param fraction between 0 and 1
   * @param explanation why this fraction, for the report
   */
  void partialCredit(double fraction, String explanation);

  /**
   * Returns an option of the whole run, such as the backend the leaderboard uses; see
   * {@link RunOptions}.
   */
  default java.util.Optional<String> option(String name) {
    return RunOptions.get(name);
  }

  /** Records a figure the check measured (a ratio, a bound, a count), for the report. */
  void metric(String name, double value, String unit);

  /**
   * Records what this check runs against (a simulation, an embedded or a real service), for the
   * report's {@code backend}. Checks that use only the harness's simulation need not call it.
   * (A default that records nothing, so that test doubles of this interface need not change.)
   */
  default void backend(String description) {}

  /** Returns a property of this check, to be run with {@link Property#check(long)} and {@link #seed()}. */
  default Property property(ScenarioBody body) {
    return Property.of(body);
  }
}
