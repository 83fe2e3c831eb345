# python-flint doing what `taylormatch coeffs EXPR --order N --exact-only` does:
# the exact series to O(x^N) and every coefficient printed.
#   python3 benches/peer_expr_flint.py sigmoid 2000 > /dev/null
#   python3 benches/peer_expr_flint.py logexp 2000 > /dev/null
import sys
from flint import fmpq_series, fmpq, ctx
which, n = sys.argv[1], int(sys.argv[2])
ctx.cap = n
x = fmpq_series([0, 1])
if which == "sigmoid":      # x*sigmoid(1.702*x)
    s = x * (1 / (1 + (-(fmpq(851, 500) * x)).exp()))
else:                       # log(1+x)*exp(x)
    s = (1 + x).log() * x.exp()
c = s.coeffs()
out = sys.stdout
for k in range(n):
    out.write(f"{k} {c[k] if k < len(c) else 0}\n")
