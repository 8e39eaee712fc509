#!/usr/bin/env bash
# The CreditSmart benchmark suite (issue 7): bash benchmarks/run.sh [--quick] [--skip-core]
#
# Installs wrk if it is missing, publishes the API, the bare endpoint and the harness in
# Release, then measures the scoring core (BenchmarkDotNet), HTTP throughput and latency,
# start-up and memory, and writes docs/benchmarks.md (a --quick run writes
# artifacts/benchmarks/benchmarks-quick.md instead, so it never replaces the full report).
# Every server it starts listens on 127.0.0.1 and is stopped before it exits.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

quick=false
suite_args=()
for arg in "$@"; do
    case "$arg" in
        --quick) quick=true; suite_args+=(--quick) ;;
        --skip-core) suite_args+=(--skip-core) ;;
        -h | --help) sed -n '2,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "run.sh: unknown option $arg (try --help)" >&2; exit 2 ;;
    esac
done

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1

log() {
    printf 'benchmarks: %s\n' "$*"
}

# --- wrk -----------------------------------------------------------------------
if ! command -v wrk > /dev/null; then
    log "installing wrk"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends wrk
fi

# --- Build ---------------------------------------------------------------------
out="artifacts/benchmarks"
rm -rf "$out/api" "$out/bare" "$out/suite" "$out/work"
mkdir -p "$out"

log "publishing in Release"
dotnet publish CreditSmart.Api/CreditSmart.Api.csproj -c Release -o "$out/api" -v quiet -nologo
dotnet publish benchmarks/CreditSmart.BareEndpoint/CreditSmart.BareEndpoint.csproj -c Release -o "$out/bare" -v quiet -nologo
dotnet publish benchmarks/CreditSmart.Benchmarks/CreditSmart.Benchmarks.csproj -c Release -o "$out/suite" -v quiet -nologo

if [[ ! -f "$out/api/models/credit_risk_model.zip" ]]; then
    log "the bundled model is missing (models/credit_risk_model.zip); train it first:"
    log "  dotnet run --project CreditSmart.Trainer -c Release"
    exit 1
fi

# --- Run -----------------------------------------------------------------------
if [[ "$quick" == true ]]; then
    report="$out/benchmarks-quick.md"
else
    report="docs/benchmarks.md"
fi

# Hand-written findings (where the time goes) are carried into the report after the figures.
export CREDITSMART_BENCHMARK_NOTES="$PWD/benchmarks/findings.md"
CREDITSMART_BENCHMARK_COMMIT="$(git rev-parse --short HEAD 2> /dev/null || true)"
export CREDITSMART_BENCHMARK_COMMIT

log "running the suite; the report goes to $report"
dotnet "$out/suite/CreditSmart.Benchmarks.dll" \
    --api "$out/api/CreditSmart.Api.dll" \
    --bare "$out/bare/CreditSmart.BareEndpoint.dll" \
    --report "$report" \
    --work "$out/work" \
    "${suite_args[@]}"
