#!/usr/bin/env bash
# The explorer now against the explorer at an earlier commit, side by side in one run.
#
#   bench/before-after.sh [REV] [ROUNDS]
#
# REV (default e095719: main before the speed work of issue 10, the "today" of its figures) is
# built in a worktree of its own under ${TMPDIR:-/tmp} (kept, so a second run does not build it
# again); then `check` runs the scenarios both builds know, in REV's catalog order, one JVM per
# build and round, the two builds in turn, ROUNDS times (default 3). Each scenario's figures are
# those of its fastest round. Runs on the JDK of JAVA_HOME (else the java on the PATH).
#
# Prints, per scenario, each build's executions and time as its `check` line says them, and two
# ratios: executions per second now over before, and the time to the verdict before over now.
# REV's time of a counterexample ends before the shrinking replays it counts among its executions
# (its line said the time when the search for fewer preemptions ended): that favours REV.
set -euo pipefail

root="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rev="${1:-e095719}"
rounds="${2:-3}"
case "$rounds" in ''|*[!0-9]*|0) echo "before-after: ROUNDS must be a positive whole number, got '$rounds'" >&2; exit 2 ;; esac
if ! sha="$(git -C "$root" rev-parse --verify --quiet "$rev^{commit}")"; then
  echo "before-after: '$rev' is no commit of $root" >&2
  exit 2
fi
before="${TMPDIR:-/tmp}/tcheck-before-${sha:0:12}"
if [ ! -d "$before" ]; then
  git -C "$root" worktree add --detach --force "$before" "$sha" >/dev/null
fi
echo "before: $rev (${sha:0:12}) in $before; now: $(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet HEAD || echo ' with uncommitted changes') in $root"
echo "java: $(java -version 2>&1 | head -1)"

# both launchers build their jar when it is missing or older than the sources
"$before/tcheck" list >/dev/null
"$root/tcheck" list >/dev/null
now_ids="$("$root/tcheck" list | awk '{print $1}')"
mapfile -t ids < <("$before/tcheck" list | awk 'NF && $1 ~ /^[a-z0-9-]+\/[a-z0-9-]+$/ {print $1}' | while read -r id; do
  if grep -qx -- "$id" <<< "$now_ids"; then echo "$id"; fi
done)
if [ "${#ids[@]}" = 0 ]; then
  echo "before-after: the two builds have no scenario id in common" >&2
  exit 1
fi
echo "${#ids[@]} scenarios both builds know, $rounds rounds"

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
for r in $(seq 1 "$rounds"); do
  for side in before now; do
    dir="$before"; [ "$side" = now ] && dir="$root"
    "$dir/tcheck" check "${ids[@]}" -q > "$out/$side.$r" 2>&1 || true # a scenario not as expected is a figure too
  done
  echo "  round $r of $rounds done"
done

# "<side> <id> <executions> <milliseconds>" from every line "<id> <verdict> ... N executions T ms|s ..."
figures() {
  cat "$out/$1".* | awk -v side="$1" '
    match($0, /[0-9,]+ executions? +[0-9.]+ (ms|s)/) {
      split(substr($0, RSTART, RLENGTH), f, / +/); gsub(",", "", f[1])
      ms = f[4] == "s" ? f[3] * 1000 : f[3]
      print side, $1, f[1], ms
    }'
}
{ figures before; figures now; } > "$out/figures"

printf '%s\n' "${ids[@]}" | awk -v figures="$out/figures" '
  BEGIN {
    while ((getline line < figures) > 0) {
      split(line, f, " "); key = f[1] SUBSEP f[2]
      ms = f[4] < 1 ? 1 : f[4] # a search under a millisecond reads 0 ms
      if (!(key in best) || ms < best[key]) { best[key] = ms; execs[key] = f[3] }
    }
    printf "%-38s %12s %9s %9s | %12s %9s %9s | %9s %9s\n", "scenario", "before exec", "ms", "exec/s",
        "now exec", "ms", "exec/s", "exec/s x", "time x"
  }
  {
    b = "before" SUBSEP $1; n = "now" SUBSEP $1
    if (!(b in best) || !(n in best)) { printf "%-38s  (no figure from %s)\n", $1, (b in best) ? "now" : "before"; next }
    brate = execs[b] * 1000 / best[b]; nrate = execs[n] * 1000 / best[n]
    rx = nrate / brate; tx = best[b] / best[n]
    rates[++k] = rx; times[k] = tx
    printf "%-38s %12d %9d %9.0f | %12d %9d %9.0f | %8.1fx %8.1fx\n", $1, execs[b], best[b], brate, execs[n], best[n], nrate, rx, tx
  }
  function sorted(a, n,   i, j, t) { for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j-1] > a[j]; j--) { t = a[j]; a[j] = a[j-1]; a[j-1] = t } }
  function median(a, n) { return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
  END {
    if (k == 0) exit 1
    sorted(rates, k); sorted(times, k)
    printf "executions/s now over before: %.1fx-%.1fx, median %.1fx; time to the verdict before over now: %.1fx-%.1fx, median %.1fx (%d scenarios)\n",
        rates[1], rates[k], median(rates, k), times[1], times[k], median(times, k), k
  }'
