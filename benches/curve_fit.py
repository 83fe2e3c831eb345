"""Time SciPy's curve_fit on the published grid (the float64 baseline for benches/fit.rs).

Run: python3 benches/curve_fit.py   (needs numpy and scipy; not needed by the project)
"""
import time

import numpy as np
from scipy.optimize import curve_fit
from scipy.special import erf

x = np.arange(-10, 10, 0.001)
y = erf(x / np.sqrt(2))


def tanh_model(x, a):
    return np.tanh(np.sqrt(2 / np.pi) * (x + a * x**3))


def sigmoid_model(x, k):
    return 2 / (1 + np.exp(-k * x)) - 1


for name, f in (("tanh", tanh_model), ("sigmoid", sigmoid_model)):
    runs = 20
    t = time.perf_counter()
    for _ in range(runs):
        p, _ = curve_fit(f, x, y)
    dt = (time.perf_counter() - t) / runs
    print(f"{name}: p = {p[0]!r}  time per fit = {dt * 1e3:.2f} ms")
