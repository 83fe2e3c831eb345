# python-flint doing what `taylormatch coeffs FUNC --order N --exact-only` does
# for the named series, by FLINT's fastest route: every exact coefficient
# printed, one per line (the peak-memory and time peer of docs/engine.md).
#   python3 benches/peer_series_flint.py tanh 10000 > /dev/null
#   kinds: tanh, sigmoid (FLINT's Bernoulli vector, fmpq.bernoulli(N, cache=True)),
#          erf-sqrt2, erf (closed form, the rational part; the radical is a constant)
import sys
from flint import fmpq, fmpz
kind, n = sys.argv[1], int(sys.argv[2])
out = sys.stdout
if kind in ("tanh", "sigmoid"):
    # [x^k] tanh = 2^{k+1}(2^{k+1}-1) B_{k+1}/(k+1)!, k odd; sigmoid = 1/2 + tanh(x/2)/2
    fmpq.bernoulli(n, cache=True)
    fact = fmpz(1)
    for k in range(n):
        fact *= k + 1
        if k % 2 == 0:
            out.write("1/2\n" if kind == "sigmoid" and k == 0 else "0\n")
            continue
        p = fmpz(1) << (k + 1)
        c = fmpq(p * (p - 1)) * fmpq.bernoulli(k + 1) / fact
        if kind == "sigmoid":
            c = c / (p // 2) / 2
        out.write(str(c)); out.write("\n")
else:
    # erf(x/√2) = √(2/π) Σ (-1)^j x^{2j+1}/(j! 2^j (2j+1)); erf = (2/√π) Σ (-1)^j x^{2j+1}/(j!(2j+1))
    step = 2 if kind == "erf-sqrt2" else 1
    d = fmpz(1)  # j! step^j
    for k in range(n):
        if k % 2 == 0:
            out.write("0\n")
            continue
        j = k // 2
        if j > 0:
            d *= j * step
        out.write(str(fmpq((-1) ** j, d * (2 * j + 1)))); out.write("\n")
