#!/usr/bin/env bash
# Load test of the REST API: starts `ceasefire serve` on 127.0.0.1 only, then for POST /api/v1/evaluations and
# POST /api/v1/what-if runs wrk with 64 connections for 60 s each (after a 20 s warm-up), and reports errors,
# throughput, p50 and p99 latency, and the server's resident memory before and after. Bounded: about 3 minutes.
# wrk is Debian's package; the script installs it with apt-get when it is missing.
# Usage: bench/load.sh [SECONDS (default 60)] [CONNECTIONS (default 64)]
# CEASEFIRE_BENCH_ENDPOINTS="evaluations" runs one endpoint only; CEASEFIRE_BENCH_QUERY="?position=UA-2025-12-26"
# is appended to the evaluations URL (the HTTP path's ceiling with almost no rule work: README, HTTP performance).
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-60}"
connections="${2:-64}"
warmup=20
port="${CEASEFIRE_BENCH_PORT:-18089}"
host=127.0.0.1            # never anything but this machine
base="http://$host:$port"

if ! command -v wrk >/dev/null; then
  echo "installing wrk (apt-get)..." >&2
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y -q wrk >/dev/null; else sudo apt-get install -y -q wrk >/dev/null; fi
fi
./ceasefire --version >/dev/null               # builds the jar if needed

work="$(mktemp -d)"
server=""
cleanup() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then kill "$server"; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

./ceasefire serve --host "$host" --port "$port" >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 240); do
  curl -fs "$base/actuator/health" >/dev/null 2>&1 && break
  kill -0 "$server" 2>/dev/null || { cat "$work/server.log" >&2; exit 2; }
  sleep 0.5
done
curl -fs "$base/actuator/health" >/dev/null || { echo "the server did not start" >&2; cat "$work/server.log" >&2; exit 2; }

# Bodies: the canonical scenario as JSON, and a what-if on it that flips conditions.
curl -fs "$base/api/v1/scenarios/status-quo-2024-06-14" >"$work/evaluations.json"
printf '{"baseId": "status-quo-2024-06-14", "changes": {"regions": {"DONETSK": {"uaTroopPresence": "NONE"}}}}' \
  >"$work/what-if.json"
curl -fs -o /dev/null -H 'Content-Type: application/json' --data-binary @"$work/evaluations.json" "$base/api/v1/evaluations"
curl -fs -o /dev/null -H 'Content-Type: application/json' --data-binary @"$work/what-if.json" "$base/api/v1/what-if"

cpu_ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; }                      # utime + stime
rss() { awk '/^VmRSS/ {printf "%d MiB", $2 / 1024}' "/proc/$server/status"; }   # the launcher execs java
to_ms() { awk '{v=$1; if (v ~ /us$/) {sub(/us$/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v*=1000}; printf "%.2f ms", v}'; }

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1); wrk -t2 -c$connections -d${duration}s on $host, after ${warmup} s of warm-up each"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) (other processes share these cores)"
printf '%-26s %7s %8s %10s %10s %11s %10s %10s\n' endpoint errors "req/s" p50 p99 "server CPU" "RSS before" "RSS after"
for endpoint in ${CEASEFIRE_BENCH_ENDPOINTS:-evaluations what-if}; do
  query=""
  [ "$endpoint" = evaluations ] && query="${CEASEFIRE_BENCH_QUERY:-}"
  BODY="$work/$endpoint.json" TYPE=application/json wrk -t2 -c"$connections" -d"${warmup}s" \
    -s bench/post.lua "$base/api/v1/$endpoint$query" >/dev/null 2>&1
  before="$(rss)"
  ticks0="$(cpu_ticks)"
  BODY="$work/$endpoint.json" TYPE=application/json wrk -t2 -c"$connections" -d"${duration}s" --latency \
    -s bench/post.lua "$base/api/v1/$endpoint$query" >"$work/$endpoint.out" 2>&1
  after="$(rss)"
  ticks1="$(cpu_ticks)"
  out="$work/$endpoint.out"
  rps="$(awk '/^Requests\/sec/ {printf "%.0f", $2}' "$out")"
  p50="$(awk '$1 == "50%" {print $2}' "$out" | to_ms)"
  p99="$(awk '$1 == "99%" {print $2}' "$out" | to_ms)"
  non2xx="$(awk '/Non-2xx/ {print $NF}' "$out")"
  sockerr="$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' "$out")"
  errors=$(( ${non2xx:-0} + ${sockerr:-0} ))
  requests="$(awk '/requests in/ {print $1}' "$out")"
  # CPU the server spent per request (all its threads: HTTP, evaluation, JIT, GC), in ms: a figure that does not
  # depend on how busy the machine's other processes keep the cores.
  cpu="$(awk -v t=$((ticks1 - ticks0)) -v hz="$(getconf CLK_TCK)" -v n="$requests" 'BEGIN {printf "%.2f ms/req", t * 1000 / hz / n}')"
  printf '%-26s %7s %8s %10s %10s %11s %10s %10s\n' "POST /api/v1/$endpoint$query" "$errors" "$rps" "$p50" "$p99" "$cpu" "$before" "$after"
  if [ -n "${CEASEFIRE_BENCH_VERBOSE:-}" ]; then cat "$out"; fi
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
