"""Checks and stores the --notation sympy output of report, explain and verify
(run once by hand; the tests never need Python). Every exact value is read
by sympify and checked: the report's series and residual against SymPy's
own series, every other value against the decimal the command printed next
to it (mpmath at 40 digits, to the digits printed) or a closed form.
Usage: python3 notation_report_sympy.py REPORT.json EXPLAIN.json VERIFY.json > notation_report_sympy.tsv"""
import json, sys
from sympy import sympify, symbols, series, tanh, sqrt, pi, erf, Rational, simplify, N

x, a = symbols('x a')
rep, exp, ver = (json.load(open(p)) for p in sys.argv[1:4])
E = series(erf(x / sqrt(2)), x, 0, 10).removeO()
T = series(tanh(sqrt(2 / pi) * (x + a * x**3)), x, 0, 10).removeO()
A = Rational(2, 3) / pi - Rational(1, 6)
D = (T - E).subs(a, A).expand()
out = ["# command\tkey\tsympy text (sympify(text) checked against SymPy's series, a closed form, or the printed decimal)"]
def same(t, ref):
    assert simplify(sympify(t) - ref) == 0, (t, ref)
def near(t, dec):
    v = N(sympify(t), 50)
    d = sympify(dec)
    digits = len(dec.lstrip('-').split('e')[0].replace('.', '').lstrip('0'))
    assert abs(v - d) <= abs(d) * 10**(1 - digits) + 10**-60, (t, dec, v)
rows = rep["series"]
assert len(rows) == 6
for r in rows:
    n = r["power"]
    same(r["erf"], E.coeff(x, n)); same(r["tanh"], T.coeff(x, n)); same(r["difference"], (T - E).expand().coeff(x, n))
    for k in ("erf", "tanh", "difference"):
        out.append(f"report\tseries.{n}.{k}\t{r[k]}")
for r in rep["residual"]:
    same(r["exact"], D.coeff(x, r["power"]))
    out.append(f"report\tresidual.{r['power']}.exact\t{r['exact']}")
same(rep["a_exact"], A); out.append(f"report\ta_exact\t{rep['a_exact']}")
same(rep["c5"], D.coeff(x, 5)); out.append(f"report\tc5\t{rep['c5']}")
same(rep["x3_tanh"], T.coeff(x, 3)); out.append(f"report\tx3_tanh\t{rep['x3_tanh']}")
same(rep["x1_erf"], E.coeff(x, 1)); out.append(f"report\tx1_erf\t{rep['x1_erf']}")
same(rep["k_matched"], 2 * sqrt(2 / pi)); out.append(f"report\tk_matched\t{rep['k_matched']}")
for i, r in enumerate(exp["literals"]):
    t = r["exact"]
    if r["decimal"] is None or "optimum" in t:
        continue
    near(t, r["decimal"])
    out.append(f"explain\tliterals.{i}.exact\t{t}")
for s in ver["steps"]:
    for v in s["values"]:
        if v["decimal"] is None:
            continue
        try:
            sympify(v["exact"])
        except Exception:
            continue  # prose ("certified at 128 bits")
        if "certified" in v["exact"] or "tolerance" in v["exact"]:
            continue
        near(v["exact"], v["decimal"])
        out.append(f"verify\tstep{s['number']}.{v['key']}\t{v['exact']}")
print("\n".join(out))
