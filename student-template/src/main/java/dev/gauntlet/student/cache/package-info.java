/** Your distributed cache: start here, and read specs/cache.md. */
package dev.gauntlet.student.cache;
