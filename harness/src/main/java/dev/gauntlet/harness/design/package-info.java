/** Design rules over a candidate's own compiled classes, read with ArchUnit. */
package dev.gauntlet.harness.design;
