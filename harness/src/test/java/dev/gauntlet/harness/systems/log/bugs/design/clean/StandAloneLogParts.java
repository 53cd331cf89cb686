package dev.gauntlet.harness.systems.log.bugs.design.clean;

import dev.gauntlet.harness.systems.log.bugs.design.StandAloneLogFactory;

/**
 * Not a bug: {@link StandAloneLogFactory} as it is. It must pass every design check, so that
 * each planted log design bug built on it breaks exactly one rule.
 */
public final class StandAloneLogParts extends StandAloneLogFactory {}
