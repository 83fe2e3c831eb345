"""Regenerates tests/data/notation_sympy.tsv (run by hand; the tests never need Python).

Input: notation_printed.tsv, lines "unicode input<TAB>text printed by --notation sympy"
(from `cargo test --test notation -- --ignored print_sympy_cases --nocapture`).
Each printed text is read with sympify and compared with an independent SymPy
expression of the same value written below; a mismatch stops the script.
"""
import sys
from sympy import sympify, sqrt, pi, Rational as R, Symbol, simplify, srepr

a, k, c1, c3 = Symbol("a"), Symbol("k"), Symbol("c1"), Symbol("c3")
EXPECTED = {
    "2/(3π) - 1/6": R(2, 3) / pi - R(1, 6),
    "√(2/π)": sqrt(2) / sqrt(pi),
    "-√(2/π)/6": -sqrt(2) / sqrt(pi) / 6,
    "1/√π": 1 / sqrt(pi),
    "2/√π": 2 / sqrt(pi),
    "√(2π)": sqrt(2) * sqrt(pi),
    "π²/3 - 1/(5π³)": pi**2 / 3 - R(1, 5) / pi**3,
    "a - 2/(3π)": a - R(2, 3) / pi,
    "3a² - 7/2": 3 * a**2 - R(7, 2),
    "√2·π/4": sqrt(2) * pi / 4,
    "1/(3π) - 2/(15π²) - 1/40": R(1, 3) / pi - R(2, 15) / pi**2 - R(1, 40),
    "0": sympify(0),
    "123456789012345678901234567891/7": R(123456789012345678901234567891, 7),
    "√(2/π)·(a - 2/(3π))": sqrt(2) / sqrt(pi) * (a - R(2, 3) / pi),
    "k/2": k / 2,
    "π√π": pi * sqrt(pi),
    "1/(π√π)": 1 / (pi * sqrt(pi)),
    "√2/(π√π)": sqrt(2) / (pi * sqrt(pi)),
    "c1·a³/5 - c3": c1 * a**3 / 5 - c3,
}

out = ["# unicode input\tsympy text\tsrepr(sympify(text)); checked against an independent expression"]
for line in open(sys.argv[1], encoding="utf-8"):
    src, text = line.rstrip("\n").split("\t")
    got = sympify(text)
    want = EXPECTED[src]
    assert simplify(got - want) == 0, (src, text, got, want)
    assert got.free_symbols == want.free_symbols, (src, text)
    out.append(f"{src}\t{text}\t{srepr(got)}")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
print(len(out) - 1, "cases checked")
