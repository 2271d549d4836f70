#!/usr/bin/env bash
# Runs the SQL of `cxsite sql --dialect spark` on a local Spark 3.5 session (spark-sql_2.13, resolved
# by Maven from bench/spark/pom.xml, a few hundred MB the first time) over the sample site's answers,
# then builds one site from the raw exports and one from Spark's aggregate and verbatims, and
# compares their metrics.json. Too heavy for CI's 15 minutes with the rest of the suite, so it is a
# script; it prints the comparison and exits 1 when the figures differ.
#
#   bench/spark-sql-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT="$ROOT/target/bench/spark-sql"
mkdir -p "$OUT/classes"

./mvnw -B -q -DskipTests compile
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile="$OUT/cxsite.cp" >/dev/null
./mvnw -B -q -f bench/spark/pom.xml dependency:build-classpath -Dmdep.outputFile="$OUT/spark.cp" >/dev/null
CXSITE_CP="$ROOT/target/classes:$(cat "$OUT/cxsite.cp")"
SPARK_CP="$(cat "$OUT/spark.cp")"
# Two class paths: Spark brings an older Jackson than cxsite's.
javac -d "$OUT/classes" -cp "$CXSITE_CP" bench/WarehouseCheck.java
javac -d "$OUT/classes" -cp "$SPARK_CP" bench/SparkSqlRun.java
WORK="$OUT/work"
rm -rf "$WORK"
mkdir -p "$WORK"
java -cp "$OUT/classes:$CXSITE_CP" WarehouseCheck prepare "$WORK" spark

# Spark 3.5 on Java 17 needs these packages opened (as its own launcher does).
OPENS=""
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
         java.util.concurrent.atomic sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
    OPENS="$OPENS --add-opens=java.base/$p=ALL-UNNAMED"
done
# shellcheck disable=SC2086
java $OPENS -Xmx1g -cp "$OUT/classes:$SPARK_CP" SparkSqlRun "$WORK" 2> "$OUT/spark.log" || {
    tail -n 30 "$OUT/spark.log" >&2; exit 1; }
java -cp "$OUT/classes:$CXSITE_CP" WarehouseCheck compare "$WORK"
