#!/usr/bin/env bash
# Gradescope runs this once when it builds the autograder image. The autograder zip holds this
# file, run_autograder, and a Gauntlet checkout in gauntlet/ (plus, optionally, gauntlet.env, a
# rubric and a jar of hidden suites: see README.md). It installs Java 17 and Maven when they are
# missing and builds Gauntlet.
#   AUTOGRADER_ROOT   the autograder folder (default /autograder); tests point it at a temp dir
#   GAUNTLET_HOME     the Gauntlet checkout (default $AUTOGRADER_ROOT/source/gauntlet)
#   GAUNTLET_SKIP_BUILD=1  use the checkout's jars as they are (tests, prebuilt zips)
set -euo pipefail

ROOT="${AUTOGRADER_ROOT:-/autograder}"
GAUNTLET_HOME="${GAUNTLET_HOME:-$ROOT/source/gauntlet}"

if ! command -v java >/dev/null 2>&1 || ! command -v mvn >/dev/null 2>&1; then
  apt-get update -q
  apt-get install -y -q openjdk-17-jdk-headless maven
fi

if [[ "${GAUNTLET_SKIP_BUILD:-0}" != "1" ]]; then
  # install, not package: a submission that is a Maven project resolves gauntlet-specs from ~/.m2.
  (cd "$GAUNTLET_HOME" && mvn -B -q -Dstyle.color=never -DskipTests install)
fi

test -f "$GAUNTLET_HOME/harness/target/gauntlet-harness.jar" || {
  echo "setup.sh: Gauntlet is not built in $GAUNTLET_HOME" >&2
  exit 1
}
echo "Gauntlet is ready in $GAUNTLET_HOME"
