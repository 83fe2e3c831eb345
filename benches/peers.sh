#!/usr/bin/env bash
# Times the release CLI against python-flint and PARI/GP (when installed) on
# the same exact-series jobs, each computing and printing every exact
# coefficient to /dev/null, and prints the ratios ours/FLINT and ours/PARI.
# Neither peer is needed by the project; install them only to benchmark:
#   pip install python-flint      apt-get install -y pari-gp
# Usage: benches/peers.sh [REPEATS]   (best of REPEATS runs, default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
REPEATS=${1:-3}
cargo build --release --quiet --bin taylormatch --example series_job
OURS=target/release/taylormatch
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
have_flint=0; python3 -c 'import flint' 2>/dev/null && have_flint=1
have_gp=0; command -v gp >/dev/null && have_gp=1

# best wall time (s) of REPEATS runs of "$@", output to /dev/null
best() {
  local b=""
  for _ in $(seq "$REPEATS"); do
    /usr/bin/time -f %e -o "$TMP/t" "$@" >/dev/null 2>"$TMP/err" || { cat "$TMP/err" >&2; echo NaN; return; }
    local t; t=$(cat "$TMP/t")
    if [ -z "$b" ] || awk "BEGIN{exit !($t < $b)}"; then b=$t; fi
  done
  echo "$b"
}

flint_job() { # kind N
  cat >"$TMP/f.py" <<PY
import sys, flint
kind, n = sys.argv[1], int(sys.argv[2])
flint.ctx.cap = n
x = flint.fmpq_series([0, 1])
if kind == "tanh-bern":  # FLINT's fastest route: its vector of Bernoulli numbers
    flint.fmpq.bernoulli(n, cache=True)
    fact, out = flint.fmpz(1), sys.stdout
    for k in range(n):
        fact *= k + 1
        if k % 2 == 0:
            out.write("0\n")
            continue
        p = flint.fmpz(1) << (k + 1)  # [x^k] = 2^{k+1}(2^{k+1}-1)B_{k+1}/(k+1)!
        out.write(str(flint.fmpq(p * (p - 1)) * flint.fmpq.bernoulli(k + 1) / fact)); out.write("\n")
    sys.exit(0)
if kind == "tanh":
    s = x.tanh()
elif kind == "erf":   # S(x) = ∫ e^{-x²/2}: erf(x/√2) = √(2/π)·S
    s = (-(x * x) / 2).exp().integral()
elif kind == "derive":  # matched inner series over Q[t]: Σ_k t^k S^(2k+1)/(2k+1)
    S = (-(x * x) / 2).exp().integral()
    S2, P, k, polys = S * S, S, 0, [[] for _ in range(n)]
    while any(P[j] != 0 for j in range(n)):
        for j in range(n):
            polys[j].append(P[j] / (2 * k + 1))
        P, k = P * S2, k + 1
    for j in range(n):
        sys.stdout.write(str(polys[j])); sys.stdout.write("\n")
    sys.exit(0)
else:                 # tanh(c(x + a x³)), c = 0.7978845608, a = 0.044715 exactly
    c, a = flint.fmpq(7978845608, 10**10), flint.fmpq(44715, 10**6)
    s = (c * (x + a * x**3)).tanh()
out = sys.stdout
for k in range(n):
    out.write(str(s[k])); out.write("\n")
PY
  python3 "$TMP/f.py" "$1" "$2"
}

gp_job() { # kind N
  local body
  case $1 in
    tanh|tanh-bern) body="s = tanh(x + O(x^$2));" ;;
    erf) body="s = intformal(exp(-x^2/2 + O(x^$2)));" ;;
    derive) body="S = intformal(exp(-x^2/2 + O(x^$2))); s = sum(k = 0, $2\\2, t^k*S^(2*k+1)/(2*k+1));" ;;
    *) body="s = tanh(7978845608/10^10*(x + 44715/10^6*x^3) + O(x^$2));" ;;
  esac
  printf 'default(parisizemax, 4000000000);\n%s\nfor(k=0, %s-1, print(polcoef(s, k)));\nquit;\n' "$body" "$2" >"$TMP/g.gp"
  gp -q -f "$TMP/g.gp"
}

row() { # label ours-cmd... ; uses KIND N
  local label=$1; shift
  local o f p rf rp
  o=$(best "$@")
  f=NaN; p=NaN
  [ $have_flint = 1 ] && f=$(best bash -c 'flint_job "$0" "$1"' "$KIND" "$N")
  [ $have_gp = 1 ] && p=$(best bash -c 'gp_job "$0" "$1"' "$KIND" "$N")
  rf=$(awk "BEGIN{ if (\"$f\"==\"NaN\") print \"-\"; else printf \"%.2f\", $o/$f }")
  rp=$(awk "BEGIN{ if (\"$p\"==\"NaN\") print \"-\"; else printf \"%.2f\", $o/$p }")
  printf '| %-44s | %8s | %8s | %8s | %10s | %9s |\n' "$label" "$o" "$f" "$p" "$rf" "$rp"
}
export -f flint_job gp_job
export TMP

echo "best of $REPEATS; seconds wall; ours = $OURS (release), output to /dev/null"
printf '| %-44s | %8s | %8s | %8s | %10s | %9s |\n' job ours FLINT PARI ours/FLINT ours/PARI
printf '|%s|\n' "----------------------------------------------|----------|----------|----------|------------|-----------"
KIND=tanh N=1000; row "tanh, order 1000, exact" $OURS coeffs tanh --order 1000 --exact-only --format csv
KIND=tanh N=5000; row "tanh, order 5000, exact" $OURS coeffs tanh --order 5000 --exact-only --format csv
KIND=tanh-bern N=5000; row "tanh, order 5000, FLINT via Bernoulli" $OURS coeffs tanh --order 5000 --exact-only --format csv
KIND=tanh-bern N=10000; row "tanh, order 10000, FLINT via Bernoulli" $OURS coeffs tanh --order 10000 --exact-only --format csv
KIND=erf N=20000; row "erf(x/√2), order 20000, exact" $OURS coeffs erf-sqrt2 --order 20000 --exact-only --format csv
KIND=derive N=202; row "matched inner series over Q[t], through x^201" $OURS derive --order 202 --exact-only --format csv
KIND=inner N=1000; row "tanh(c(x+ax³)), order 1000, generic Series<Q>" target/release/examples/series_job inner 1000
echo
echo "ours only:"
echo "gelu-tanh --a 0.044715 --order 200 --exact-only (exact √(2/π): many terms per coefficient): $(best $OURS coeffs gelu-tanh --a 0.044715 --order 200 --exact-only --format csv) s"
echo "with 30-digit decimals (no peer prints these):"
for n in 1000 5000; do echo "tanh order $n: $(best $OURS coeffs tanh --order $n) s"; done
/usr/bin/time -f "peak memory, coeffs tanh --order 5000 (exact + decimals, text): %M KB" $OURS coeffs tanh --order 5000 >/dev/null
