package dev.gauntlet.harness.check;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The {@link CheckContext} of one running check. Scores and figures leave through JUnit report
 * entries, which the result collector turns into the check's result; nothing is parsed from
 * display names.
 */
final class RunningCheck implements CheckContext {

  private final String checkId;
  private final ExtensionContext extension;

  RunningCheck(String checkId, ExtensionContext extension) {
    this.checkId = checkId;
    this.extension = extension;
  }

  @Override
  public String checkId() {
    return checkId;
  }

  @Override
  public long seed() {
    long runSeed = extension.getConfigurationParameter(ConfigKeys.SEED).map(Long::parseLong)
        .orElse(0L);
    return Seeds.forCheck(runSeed, checkId);
  }

  @Override
  public <F> F factory(Class<F> factoryType) {
    Optional<String> explicit = extension.getConfigurationParameter(
        ConfigKeys.FACTORY_PREFIX + Candidates.systemOf(factoryType));
    return Candidates.load(factoryType, explicit);
  }

  @Override
  public Baseline baseline() {
    Baseline installed = extension.getStore(ExtensionContext.StoreScope.LAUNCHER_SESSION,
        ExtensionContext.Namespace.create(Baselines.STORE_NAMESPACE.toArray()))
        .get(Baselines.STORE_KEY, Baseline.class);
    return Baselines.forRun(installed, extension::getConfigurationParameter);
  }

  @Override
  public double setting(String name, double defaultValue) {
    return extension.getConfigurationParameter(ConfigKeys.SETTING_PREFIX + checkId + "." + name)
        .map(Double::parseDouble).orElse(defaultValue);
  }

  @Override
  public void partialCredit(double fraction, String explanation) {
    if (!(fraction >= 0 && fraction <= 1)) {
      throw new IllegalArgumentException("fraction must be within [0, 1], was " + fraction);
    }
    extension.publishReportEntry(Map.of(ReportEntries.SCORE, Double.toString(fraction),
        ReportEntries.SCORE_EXPLANATION, explanation));
  }

  @Override
  public void backend(String description) {
    extension.publishReportEntry(ReportEntries.BACKEND, description);
  }

  @Override
  public void metric(String name, double value, String unit) {
    extension.publishReportEntry(ReportEntries.METRIC_PREFIX + name,
        String.format(Locale.ROOT, "%s %s", value, unit).trim());
  }
}
