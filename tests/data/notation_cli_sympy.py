"""Checks and stores the --notation sympy output of two commands (run once by
hand; the tests never need Python): every coefficient printed by
`coeffs gelu-tanh --order 10 --notation sympy` and `derive --order 10
--notation sympy` is read by sympify and compared with SymPy's own series.
Usage: python3 notation_cli_sympy.py GELU_TANH.json DERIVE.json > notation_cli_sympy.tsv"""
import json, sys
from sympy import sympify, symbols, series, tanh, sqrt, pi, erf, atanh, Rational, simplify

x, a = symbols('x a')
gt = json.load(open(sys.argv[1]))
dv = json.load(open(sys.argv[2]))
ref_gt = series(Rational(1, 2) * x * (1 + tanh(sqrt(2 / pi) * (x + a * x**3))), x, 0, 10).removeO()
ref_p = series(sqrt(pi / 2) * atanh(erf(x / sqrt(2))), x, 0, 10).removeO()
print("# command\tpower\tsympy text (sympify(text) equals SymPy's own series coefficient)")
for c in gt["coefficients"]:
    n, t = c["power"], c["exact"]
    assert simplify(sympify(t) - ref_gt.coeff(x, n)) == 0, (n, t)
    print(f"coeffs\t{n}\t{t}")
for c in dv["coefficients"]:
    n, t = c["power"], c["exact"]
    assert simplify(sympify(t) - ref_p.coeff(x, n)) == 0, (n, t)
    print(f"derive\t{n}\t{t}")
