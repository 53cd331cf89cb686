package dev.gauntlet.harness.check;

import dev.gauntlet.harness.guard.CheckGuard;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Resolves the {@link CheckContext} parameter of a {@link Check} method, and runs the method under
 * the {@link CheckGuard} with the check's time limit.
 */
public final class CheckExtension implements ParameterResolver, InvocationInterceptor {

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
    return parameter.getParameter().getType() == CheckContext.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext extension)
      throws ParameterResolutionException {
    Check check = extension.getRequiredTestMethod().getAnnotation(Check.class);
    if (check == null) {
      throw new ParameterResolutionException("CheckContext is only available to @Check methods");
    }
    return new RunningCheck(check.id(), extension);
  }

  @Override
  public void interceptTestMethod(Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extension)
      throws Throwable {
    Check check = extension.getRequiredTestMethod().getAnnotation(Check.class);
    if (check == null) {
      invocation.proceed();
      return;
    }
    CheckGuard.run(check.id(), timeLimit(check.id(), extension), invocation::proceed,
        reason -> extension.publishReportEntry(ReportEntries.UNFIT, reason));
  }

  /** The rubric's limit for this check, else the run's, else the default. */
  private static Duration timeLimit(String checkId, ExtensionContext extension) {
    Optional<Duration> own = extension.getConfigurationParameter(ConfigKeys.SETTING_PREFIX
        + checkId + "." + ConfigKeys.TIME_LIMIT_SETTING)
        .map(s -> Duration.ofMillis(Math.round(Double.parseDouble(s) * 1000)));
    return own.or(() -> extension.getConfigurationParameter(ConfigKeys.CHECK_TIME_LIMIT)
            .map(s -> Duration.ofMillis(Long.parseLong(s))))
        .filter(d -> !d.isNegative() && !d.isZero())
        .orElse(CheckGuard.DEFAULT_TIME_LIMIT);
  }
}
