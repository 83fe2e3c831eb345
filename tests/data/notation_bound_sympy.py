"""Checks and stores the --notation sympy output of bound (run once by hand;
the tests never need Python). Every exact value is read by sympify and
checked against a closed form: a and k as typed (0.044715 = 8943/200000,
analytic = 2/(3π) − 1/6, matched = 2√(2/π)), the residual's c and c₅
against SymPy's own series of tanh(√(2/π)(x + a x³)) − erf(x/√2) at the
analytic a (c = c₅/2 at the Φ and GELU levels), r, the tolerance and an
expression's parameter; and each decimal printed beside a and k against
mpmath at 40 digits.
Usage: python3 notation_bound_sympy.py CASE=FILE.json ... > notation_bound_sympy.tsv"""
import json, sys
from sympy import sympify, symbols, series, tanh, sqrt, pi, erf, Rational, simplify, N

x = symbols('x')
A = Rational(2, 3) / pi - Rational(1, 6)
E = series(erf(x / sqrt(2)), x, 0, 8).removeO()
T = series(tanh(sqrt(2 / pi) * (x + A * x**3)), x, 0, 8).removeO()
C5 = (T - E).expand().coeff(x, 5)
expected = {
    "a": {"tanh-paper": Rational(8943, 200000), "tanh-analytic": A},
    "k": {"sigmoid-matched": 2 * sqrt(2 / pi)},
    "c": {"residual-erf": C5, "residual-gelu": C5 / 2},
    "c5": {"residual-erf": C5, "residual-gelu": C5},
    "r": {"residual-erf": Rational(1, 2), "residual-gelu": Rational(1, 4)},
    "tolerance": {"tanh-paper": Rational(1, 10**12), "tanh-analytic": Rational(1, 10**9),
                  "sigmoid-matched": Rational(1, 10**12), "expr-k": Rational(1, 10**12)},
}
out = ["# case\tkey\tsympy text (sympify(text) checked against a closed form or SymPy's series)"]
for arg in sys.argv[1:]:
    case, path = arg.split("=")
    v = json.load(open(path))
    for key, by_case in expected.items():
        if case in by_case:
            t = v[key]
            assert simplify(sympify(t) - by_case[case]) == 0, (case, key, t)
            out.append(f"{case}\t{key}\t{t}")
    for p in ("a", "k"):
        if p + "_decimal" in v:
            d = v[p + "_decimal"]
            digits = len(d.replace('.', '').lstrip('0'))
            assert abs(N(sympify(v[p]), 40) - sympify(d)) <= 10**(-digits + 1) * abs(sympify(d)), (case, p, d)
    for row in v.get("params", []):
        t = row["exact"]
        assert simplify(sympify(t) - sympify(row["decimal"], rational=True)) == 0, (case, row)
        out.append(f"{case}\tparams.{row['name']}\t{t}")
print("\n".join(out))
