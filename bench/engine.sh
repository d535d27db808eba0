#!/usr/bin/env bash
# JMH throughput of the connector engine's expression layer and map_fields (engine-benchmarks module).
# Usage: bench/engine.sh [JMH options, e.g. -f 1 -wi 2 -i 3]. Results go to docs/benchmarks.md by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -pl engine-benchmarks -am package -DskipTests
exec java -cp "engine-benchmarks/target/classes:engine-benchmarks/target/lib/*" org.openjdk.jmh.Main "$@"
