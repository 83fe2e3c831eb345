# python-flint doing what `taylormatch coeffs gelu-tanh --a 0.044715 --order N
# --exact-only --format csv` does, over the same closed form in Q[t], t = 2/pi:
#   (1/2) x (1 + tanh(s (x + a x^3))), s = sqrt(2/pi), s^(2k+1) = s t^k,
#   [x^e] tanh(s x (1 + a x^2)) = s * sum_k tau_(2k+1) C(2k+1, j) a^j t^k,
#   2k + 1 + 2j = e; every coefficient printed as (1/2) s * (poly in t).
#   python3 benches/peer_gelu_tanh_flint.py 1000 > /dev/null
import sys
from flint import fmpq_series, fmpq_poly, fmpq, fmpz, ctx
n = int(sys.argv[1])
a = fmpq(44715, 1000000)
ctx.cap = n
tau = fmpq_series([0, 1]).tanh().coeffs()
tau += [fmpq(0)] * (n - len(tau))
apow = [fmpq(1)]
for j in range(1, n // 2 + 1):
    apow.append(apow[-1] * a)
half = fmpq(1, 2)
out = sys.stdout
out.write("0 0\n" if n > 0 else "")
for e in range(n - 1):          # x^(e+1) of gelu-tanh = (1/2) [x^e] tanh(...)
    if e % 2 == 0:
        out.write(f"{e + 1} {half if e == 0 else 0}\n")
        continue
    cs = []
    for k in range((e - 1) // 2 + 1):
        p, j = 2 * k + 1, (e - 2 * k - 1) // 2
        cs.append(tau[p] * fmpz.bin_uiui(p, j) * apow[j] * half if j <= p else fmpq(0))
    out.write(f"{e + 1} sqrt(2/pi)*({fmpq_poly(cs).str(var='t')})\n")
