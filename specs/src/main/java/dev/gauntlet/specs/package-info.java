/** The contract learners compile against: one package per system, plus the types they share. */
package dev.gauntlet.specs;
