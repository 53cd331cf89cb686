package dev.gauntlet.harness.systems.objectstore.bugs.design.clean;

import dev.gauntlet.harness.systems.objectstore.bugs.design.StandAloneStoreFactory;

/**
 * Not a bug: {@link StandAloneStoreFactory} as it is. It must pass every design check, so that
 * each planted design bug built on it breaks exactly one rule.
 */
public final class StandAloneStoreParts extends StandAloneStoreFactory {}
