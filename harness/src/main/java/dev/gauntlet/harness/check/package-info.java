/** How a check is declared and what it may ask of the harness while it runs. */
package dev.gauntlet.harness.check;
