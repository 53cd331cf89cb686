package dev.gauntlet.harness.systems;

/**
 * One system Gauntlet grades.
 *
 * @param id the short id used on the command line and in check ids, e.g. {@code cache}
 * @param title what the system is, for listings
 * @param factoryType the specs interface a candidate implements and registers for ServiceLoader
 * @param suitePackage the package holding the system's {@code @CheckSuite} classes
 */
public record GradedSystem(String id, String title, Class<?> factoryType, String suitePackage) {}
