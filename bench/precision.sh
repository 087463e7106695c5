#!/usr/bin/env bash
# Precision benchmark of `wengao check` (issue 18): false alarms per 10,000 Chinese characters of correct official prose,
# and the recall of the planted defects, per rule.
#
#   bench/precision.sh [--no-build]
#
# Builds the CLI (Release) unless --no-build, runs `wengao check --format json` on tests/fixtures/precision/clean and
# tests/fixtures/precision/planted, and prints the table of bench/precision.py. docs/checks.md ("Precision") records it.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
if [ "${1:-}" != "--no-build" ]; then
  dotnet build src/Wengao.Cli -c Release -v quiet -nologo >&2
fi
cli=src/Wengao.Cli/bin/Release/net10.0/Wengao.Cli
out=$repo/bench/.out/precision
mkdir -p "$out"
corpus=tests/fixtures/precision
for part in clean planted; do
  # Exit 1 means error findings (figures is an error), which the planted texts have on purpose; 2 is bad usage.
  status=0
  "$cli" check "$corpus/$part" --format json >"$out/$part.json" || status=$?
  if [ "$status" -gt 1 ]; then echo "wengao check $corpus/$part exited $status" >&2; exit "$status"; fi
done
python3 bench/precision.py "$corpus/clean" "$out/clean.json" "$corpus/planted" "$out/planted.json"
echo
echo "Measured $(date -u +%Y-%m-%d) at $(git rev-parse --short HEAD)."
