#!/usr/bin/env bash
# BenchmarkDotNet micro-benchmarks of the hot paths (issue 9), short in-process job: a few minutes.
#   bench/micro.sh                 all benchmarks (extra arguments go to BenchmarkDotNet, e.g. --filter '*Html*')
#   bench/micro.sh profile [CONTENT [TEMPLATES]] [--no-pdf]   one stopwatch-timed build through the library, by stage
# Results: BenchmarkDotNet.Artifacts/ under bench/.out/ (git-ignored).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
mkdir -p bench/.out
if [ "${1:-}" = profile ]; then
  exec dotnet run -c Release --project bench/Wengao.Benchmarks -- "$@"
fi
[ $# -gt 0 ] || set -- --filter '*'
exec dotnet run -c Release --project bench/Wengao.Benchmarks -- --artifacts bench/.out/BenchmarkDotNet.Artifacts "$@"
