package dev.gauntlet.harness.systems.cache.bugs.design.clean;

import dev.gauntlet.harness.systems.cache.bugs.design.StandAloneFactory;

/**
 * Not a bug: {@link StandAloneFactory} as it is. It must pass every design check, so that each
 * planted design bug built on it breaks exactly one rule.
 */
public final class StandAloneParts extends StandAloneFactory {}
