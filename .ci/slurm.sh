#!/usr/bin/env bash
# A real Slurm in CI: installs Debian's slurm-wlm and munge, starts a one-node cluster (no systemd, no
# cgroups), and runs the Slurm recipe of docs/EXPERIMENTS.md exactly as written there: the blocks
# marked "tested by .ci/slurm.sh" are cut out of the doc and run, with only the shard count, the
# array and the CPUs per task scaled down to this machine. It checks that
#   1. the merge of the shards is byte-identical to the unsharded run;
#   2. a task cancelled while it runs keeps its finished runs (SIGTERM reaches node through `exec`),
#      the merge after it reports the missing shard, and resubmitting that one index as the doc says
#      gives the identical merge again;
#   3. resubmitting the whole array skips the finished shards.
# The daemons it started are stopped at the end, whatever happens. Run as root (CI is).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DOC="$ROOT/docs/EXPERIMENTS.md"
T0=$(date +%s)
say() { echo "slurm: [$(($(date +%s) - T0))s] $*"; }
fail() { echo "slurm: FAILED: $*" >&2; exit 1; }

# --- install (about 25 s on a fresh machine) --------------------------------------------------------
if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v sbatch >/dev/null || ! command -v munged >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends slurmctld slurmd slurm-client munge >/dev/null
fi
say "installed: $(dpkg-query -W -f '${Package} ${Version} ' slurmctld slurmd munge 2>/dev/null || true)"

SCRATCH=$(mktemp -d /tmp/deptsim-slurm-XXXXXX)
STATE="$SCRATCH/state"
SUBMIT="$SCRATCH/submit"
mkdir -p "$STATE/ctld" "$STATE/d" "$SUBMIT/scenarios"
PIDS=()
cleanup() {
  local code=$?
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  done
  if [ "$code" -ne 0 ]; then
    echo "--- slurmctld log"; tail -n 30 "$STATE/slurmctld.log" 2>/dev/null || true
    echo "--- slurmd log"; tail -n 30 "$STATE/slurmd.log" 2>/dev/null || true
    for f in "$SUBMIT"/logs/*; do [ -f "$f" ] && { echo "--- $f"; tail -n 20 "$f"; }; done
  fi
  rm -rf "$SCRATCH"
  exit "$code"
}
trap cleanup EXIT

# --- munge: a key if there is none, and the daemon unless one already answers ----------------------
if ! munge -n 2>/dev/null | unmunge >/dev/null 2>&1; then
  if [ ! -s /etc/munge/munge.key ]; then
    mkdir -p /etc/munge
    dd if=/dev/urandom bs=1 count=1024 of=/etc/munge/munge.key status=none
  fi
  mkdir -p /run/munge /var/lib/munge /var/log/munge
  chown munge:munge /etc/munge /etc/munge/munge.key /run/munge /var/lib/munge /var/log/munge
  chmod 0400 /etc/munge/munge.key
  chmod 0755 /run/munge
  runuser -u munge -- /usr/sbin/munged --foreground >"$STATE/munged.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 50); do munge -n 2>/dev/null | unmunge >/dev/null 2>&1 && break; sleep 0.1; done
  munge -n | unmunge >/dev/null || fail "munged does not answer"
fi

# --- a one-node cluster, its config in the scratch folder (SLURM_CONF) ------------------------------
HOST=$(hostname -s)
CPUS=$(nproc)
MEM=$(($(awk '/MemTotal/ {print $2}' /proc/meminfo) / 1024 / 2))
export SLURM_CONF="$STATE/slurm.conf"
cat >"$SLURM_CONF" <<EOF
ClusterName=deptsim-ci
SlurmctldHost=$HOST(127.0.0.1)
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
StateSaveLocation=$STATE/ctld
SlurmdSpoolDir=$STATE/d
SlurmctldPidFile=$STATE/slurmctld.pid
SlurmdPidFile=$STATE/slurmd.pid
SlurmctldLogFile=$STATE/slurmctld.log
SlurmdLogFile=$STATE/slurmd.log
# proctrack/linuxproc misses processes whose name holds a space; pgid works without cgroups.
ProctrackType=proctrack/pgid
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerType=sched/backfill
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none
DependencyParameters=kill_invalid_depend
MinJobAge=3600
ReturnToService=2
SlurmctldTimeout=30
SlurmdTimeout=30
KillWait=10
NodeName=$HOST NodeAddr=127.0.0.1 CPUs=$CPUS RealMemory=$MEM State=UNKNOWN
PartitionName=ci Nodes=$HOST Default=YES MaxTime=INFINITE State=UP
EOF
slurmctld -D -i -f "$SLURM_CONF" >>"$STATE/slurmctld.out" 2>&1 &
PIDS+=($!)
slurmd -D -f "$SLURM_CONF" >>"$STATE/slurmd.out" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 150); do
  state=$(sinfo -h -n "$HOST" -o %T 2>/dev/null || true)
  [ "$state" = idle ] && break
  sleep 0.2
done
[ "$(sinfo -h -n "$HOST" -o %T)" = idle ] || fail "the node did not come up (state: $(sinfo -h -o %T 2>&1))"
say "cluster up: $HOST, $CPUS CPUs"

# --- the recipe, cut out of the doc -----------------------------------------------------------------
# block NAME: the fenced block right after the line '<!-- tested by .ci/slurm.sh: NAME -->'.
block() {
  local text
  text=$(awk -v m="<!-- tested by .ci/slurm.sh: $1 -->" '
    $0 == m { found = 1; next }
    found == 1 && /^```/ { found = 2; next }
    found == 2 && /^```/ { exit }
    found == 2 { print }' "$DOC")
  [ -n "$text" ] || fail "no block '$1' in $DOC"
  printf '%s\n' "$text"
}
# scale FROM TO: replace one exact line fragment, which must occur exactly once (so doc changes that
# this script no longer understands fail CI rather than passing untested).
scale() {
  local file=$1 from=$2 to=$3 n
  n=$(grep -cF -- "$from" "$file" || true)
  [ "$n" = 1 ] || fail "expected '$from' once in the $(basename "$file") block of the doc, found it $n times"
  FROM="$from" TO="$to" perl -0pi -e 's/\Q$ENV{FROM}\E/$ENV{TO}/' "$file"
}
SHARDS=4
cd "$SUBMIT"
block deptsim-array.sbatch >deptsim-array.sbatch
block deptsim-merge.sbatch >deptsim-merge.sbatch
block submit >submit.sh
block resubmit >resubmit.sh
scale deptsim-array.sbatch '#SBATCH --array=0-15' "#SBATCH --array=0-$((SHARDS - 1))"
scale deptsim-array.sbatch '#SBATCH --cpus-per-task=4' '#SBATCH --cpus-per-task=1'
scale deptsim-array.sbatch 'SHARDS=16' "SHARDS=$SHARDS"
scale deptsim-merge.sbatch 'SHARDS=16' "SHARDS=$SHARDS"
grep -q '^exec node ' deptsim-array.sbatch || fail "the array script must start deptsim with exec node (SIGTERM must reach it)"
export DEPTSIM="$ROOT"   # the built checkout: .ci/run builds dist/ before this script

cat >scenarios/my-sweep.yaml <<'EOF'
# CI's sweep for the Slurm recipe: small, but each run takes long enough that a task can be
# cancelled while it runs.
name: my-sweep
seed: 5
calendar: { start: 2017-01-02, days: 730 }
departments:
  - { id: alpha, headcount: 400 }
  - { id: beta, headcount: 300, regular: { itemsPerDay: 0.5 } }
campaigns:
  - id: push
    start: 2017-03-06
    days: 60
    secondment: { total: 60, rule: proportional }
sweep:
  parameters:
    inspection.penalty: [10, 40]
EOF
# The reference: the same command as the array's, unsharded, in one process.
node "$ROOT/dist/sim/cli/main.js" sweep scenarios/my-sweep.yaml --replicates 40 --out results/whole --workers "$CPUS" --no-progress >/dev/null
say "unsharded run done"

jobs_left() { squeue -h -o %i 2>/dev/null | wc -l; }
wait_all() {
  local limit=$(($(date +%s) + ${1:-240}))
  while [ "$(jobs_left)" -gt 0 ]; do
    [ "$(date +%s)" -lt "$limit" ] || fail "jobs still queued after ${1:-240}s: $(squeue -h -o '%i %T %r' | tr '\n' ';')"
    sleep 0.5
  done
}
same_as_whole() {
  [ -d results/my-sweep ] || fail "$1: no merged results/my-sweep (logs/deptsim-merge.out: $(cat logs/deptsim-merge.out 2>/dev/null))"
  diff -r results/whole results/my-sweep >/dev/null || fail "$1: the merge differs from the unsharded run: $(diff -rq results/whole results/my-sweep | head -5)"
  say "$1: merge byte-identical to the unsharded run ($(find results/my-sweep -type f | wc -l) files)"
}

# --- 1 and 2: submit as the doc says, cancel shard 3 (index 2) while it runs ------------------------
# Watch shard 3's work folder and cancel its task once it has saved a run.
bash -euo pipefail submit.sh >/dev/null
ARRAY=$(squeue -h -n deptsim-sweep -o %F | head -1)
[ -n "$ARRAY" ] || fail "the array is not in the queue after submit"
WIP="results/my-sweep.shard-3-of-$SHARDS.work-in-progress"
cancelled=no
limit=$(($(date +%s) + 180))
while [ "$(date +%s)" -lt "$limit" ]; do
  if [ -s "$WIP/results.jsonl" ]; then
    scancel "${ARRAY}_2"
    cancelled=yes
    break
  fi
  [ -d "results/my-sweep.shard-3-of-$SHARDS" ] && break
  sleep 0.1
done
[ "$cancelled" = yes ] || fail "index 2 finished or never started before it could be cancelled"
wait_all 240
say "array done, index 2 cancelled"
[ -f "$WIP/manifest.json" ] || fail "the cancelled task left no manifest in $WIP: SIGTERM did not reach deptsim"
saved=$(wc -l <"$WIP/results.jsonl")
[ ! -d results/my-sweep ] || fail "a merge was written although shard 3 was missing"
grep -q "shard 3 of $SHARDS has not finished" logs/deptsim-merge.out || fail "the merge after the cancel did not name the missing shard: $(cat logs/deptsim-merge.out)"
say "cancelled task kept $saved runs; the merge named the missing shard"

bash -euo pipefail resubmit.sh >/dev/null
wait_all 240
grep -q "resumed from an earlier run" logs/deptsim-sweep-2.out || fail "the resubmitted index did not resume: $(cat logs/deptsim-sweep-2.out)"
same_as_whole "after resubmitting index 2"

# --- 3: the whole array again: every shard is already there -----------------------------------------
sbatch --parsable deptsim-array.sbatch >/dev/null
wait_all 120
for i in $(seq 0 $((SHARDS - 1))); do
  grep -q "Nothing to do" "logs/deptsim-sweep-$i.out" || fail "index $i ran again: $(tail -3 "logs/deptsim-sweep-$i.out")"
done
say "whole array resubmitted: all $SHARDS shards skipped"
say "passed"
