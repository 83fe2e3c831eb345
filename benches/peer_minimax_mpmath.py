#!/usr/bin/env python3
"""Peer for `taylormatch fit --criterion minimax -d 40` (not needed by the project).

The same problem, solved as mpmath users would: the equioscillation system of
the one-parameter minimax fit of tanh(sqrt(2/pi)(x + a x^3)) to erf(x/sqrt(2))
over the real line,

    e(x1) = -h,  e(x2) = +h,  e'(x1) = 0,  e'(x2) = 0,

by mpmath.findroot (multidimensional Newton) at 40 digits (+ 10 guard digits)
from a good start (a = 0.0447, h = 3.6e-4, x1 = 1.24, x2 = 2.59, i.e. what a
float64 scan gives). No global check (the scan and the certified bound of
taylormatch are extra work the peer does not do).

Usage: benches/peer_minimax_mpmath.py [REPEATS]
Prints the optimum, max|e| and the best wall and CPU time of the solve (s) over REPEATS.
"""
import sys
import time

import mpmath as mp


def solve():
    mp.mp.dps = 50
    s = mp.sqrt(2 / mp.pi)

    def e(x, a):
        return mp.tanh(s * (x + a * x**3)) - mp.erf(x / mp.sqrt(2))

    def de(x, a):
        m = mp.tanh(s * (x + a * x**3))
        return (1 - m * m) * s * (1 + 3 * a * x * x) - s * mp.exp(-x * x / 2)

    def f(a, h, x1, x2):
        return [e(x1, a) + h, e(x2, a) - h, de(x1, a), de(x2, a)]

    return mp.findroot(f, (mp.mpf("0.0447"), mp.mpf("3.6e-4"), mp.mpf("1.24"), mp.mpf("2.59")))


def main():
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    best, cpu = None, None
    for _ in range(repeats):
        t, c = time.perf_counter(), time.process_time()
        r = solve()
        dt, dc = time.perf_counter() - t, time.process_time() - c
        best = dt if best is None else min(best, dt)
        cpu = dc if cpu is None else min(cpu, dc)
    print("a      =", mp.nstr(r[0], 40))
    print("max|e| =", mp.nstr(r[1], 40))
    print("x1, x2 =", mp.nstr(r[2], 20), mp.nstr(r[3], 20))
    print(f"solve  {best:.4f} s wall, {cpu:.4f} s CPU (best of {repeats})")


if __name__ == "__main__":
    main()
