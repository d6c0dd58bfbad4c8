#!/usr/bin/env bash
# Same-run A/B: the benchmarks jar of 129654e (before the redesign) and of 5932d36, alternated A B A B with one set of flags.
# Each jar is built at its commit with 'mvn -B -DskipTests package -pl jmh -am' and copied into this folder's parent (the jars are not stored).
set -u
cd "$(dirname "$0")"
common=slanted_triangular,cosine_annealing,warmup_multifactor,cooldown_multifactor,one_cycle,cyclical_triangular,sgdr,flax_triangular,warmup_cosine_full
flags="-f 1 -wi 2 -w 500ms -i 5 -r 400ms -p steps=10000000 -p kernel=scalar,vector -p precision=float,double"
for round in 1 2; do
  for jar in base-129654e new-5932d36; do
    java -jar ../$jar.jar 'FillBenchmark|RooflineBenchmark' $flags -p schedule=$common -rf json -rff $jar-r$round.json > $jar-r$round.log 2>&1
    echo "$(date +%T) done $jar r$round rc=$?"
  done
done
