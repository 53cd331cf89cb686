package dev.gauntlet.harness.check;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/** Resolves the {@link CheckContext} parameter of a {@link Check} method. */
public final class CheckExtension implements ParameterResolver {

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
}
