//! The catalogue's certified bounds against dense sampling with Newton
//! refinement (an independent route through the point and hyper-dual
//! evaluations) and against mpmath maxima computed for this test
//! (mpmath 1.3, 40 digits: dense scan, then findroot on e′); the verdicts.

use rug::{Float, Rational};
use taylormatch::numeric::catalogue::{check, find, Verdict, ENTRIES};

/// max |e| by 2001 samples on the finite part of the range, then Newton on e′ = 0.
fn sampled_max(name: &str, l: f64, r: f64) -> Float {
    let e = find(name).unwrap();
    let f = e.model().unwrap().at(192, &[], false).unwrap();
    let mut best = (Float::new(192), Float::new(192));
    for i in 0..=2000 {
        let x = Float::with_val(192, l + (r - l) * i as f64 / 2000.0);
        let v = f.point(&x).unwrap().abs();
        if v > best.0 {
            best = (v, x);
        }
    }
    let mut x = best.1.clone();
    for _ in 0..30 {
        let d = f.dual(&x, &[], true).unwrap();
        if d.hess(0, 0).is_zero() {
            break;
        }
        let step = Float::with_val(192, &d.g[0] / d.hess(0, 0));
        let next = Float::with_val(192, &x - &step);
        if next < l || next > r {
            break;
        }
        x = next;
    }
    let v = f.point(&x).unwrap().abs();
    if v > best.0 {
        v
    } else {
        best.0
    }
}

#[test]
fn bounds_contain_the_sampled_maximum_and_mpmath() {
    let tol = Rational::from((1, 1_000_000));
    let cases = [
        ("gelu-tanh", -10.0, 10.0, "0.0004732355206872848771139823"),
        ("mlx-gelu-tanh", -6.0, 6.0, "0.0004732355206872848771139823"),
        ("quick-gelu", -20.0, 20.0, "0.0203348722092392302241299"),
        ("bowling-2009", -8.0, 8.0, "0.0001414484712252755894670597"),
        ("page-1977", -8.0, 8.0, "0.000178932583772303323605514"),
        ("as-7.1.26", 0.0, 8.0, ""),
        ("kernel-tanh", -10.0, 10.0, ""),
        ("kernel-sigmoid", -10.0, 10.0, ""),
    ];
    for (name, l, r, mp) in cases {
        let c = check(find(name).unwrap(), 128, &tol).unwrap();
        let s = sampled_max(name, l, r);
        assert!(c.bound.lo <= c.bound.hi, "{name}");
        assert!(
            s <= c.bound.hi,
            "{name}: sampled {s} above hi {}",
            c.bound.hi
        );
        // the certified lower end is attained: the sampled maximum reaches it
        let slack = Float::with_val(128, &c.bound.lo * 1e-9);
        assert!(
            Float::with_val(128, &s + &slack) >= c.bound.lo,
            "{name}: sampled {s} below lo {}",
            c.bound.lo
        );
        if !mp.is_empty() {
            let m = Float::with_val(128, Float::parse(mp).unwrap());
            assert!(
                c.bound.lo <= m && m <= c.bound.hi,
                "{name}: mpmath {m} not in [{}, {}]",
                c.bound.lo,
                c.bound.hi
            );
        }
        assert!(c.bound.converged, "{name}");
    }
}

#[test]
fn verdicts() {
    let tol = Rational::from((1, 1_000_000));
    let want = [
        // PaddlePaddle's 0.00047326088 is not the max (0.000473235520…)
        ("gelu-tanh", Verdict::DoesNotHold),
        ("mlx-gelu-tanh", Verdict::Holds),
        // 0.000141448… ≥ 1.4·10⁻⁴
        ("bowling-2009", Verdict::DoesNotHold),
        ("as-7.1.26", Verdict::Holds),
        ("quick-gelu", Verdict::NoClaim),
    ];
    for (name, v) in want {
        assert_eq!(
            check(find(name).unwrap(), 128, &tol).unwrap().verdict,
            v,
            "{name}"
        );
    }
    assert_eq!(ENTRIES.len(), 8);
    assert!(find("nope")
        .unwrap_err()
        .to_string()
        .contains("NAME must be one of"));
}

#[test]
fn a_claim_that_does_not_hold_says_how_far_off() {
    use taylormatch::numeric::catalogue::{agreeing_digits, how_far};
    let tol = Rational::from((1, 1_000_000_000_000u64));
    // PaddlePaddle's figure against the certified 0.000473235520687…
    let c = check(find("gelu-tanh").unwrap(), 128, &tol).unwrap();
    assert_eq!(
        how_far(&c).unwrap(),
        "0.00047326088 vs certified 0.000473235520687…: right to 4 significant digits"
    );
    // Bowling et al.: 0.000141448… against < 0.00014, (0.00014144847 − 0.00014)/0.00014 = 1.0346…%
    let c = check(find("bowling-2009").unwrap(), 128, &tol).unwrap();
    assert_eq!(
        how_far(&c).unwrap(),
        "the certified maximum (≥ 0.00014144847) exceeds the bound by at least 1.03%"
    );
    // a claim that holds, or none, says nothing more
    assert!(how_far(&check(find("as-7.1.26").unwrap(), 128, &tol).unwrap()).is_none());
    let q = |s: &str| taylormatch::numeric::catalogue::decimal(s);
    assert_eq!(agreeing_digits(&q("0.1234"), &q("0.1235"), &q("0.1236")), 3);
    assert_eq!(agreeing_digits(&q("0.2"), &q("0.1999"), &q("0.2001")), 0);
}

#[test]
fn gelu_entries_are_checked_on_the_whole_line() {
    for name in ["gelu-tanh", "quick-gelu", "kernel-tanh", "kernel-sigmoid"] {
        let e = find(name).unwrap();
        assert_eq!(e.range, (None, None), "{name}");
        let c = check(e, 128, &Rational::from((1, 1_000_000))).unwrap();
        let tail = c.bound.tail.clone().expect("a proven tail").bound;
        assert!(tail < c.bound.lo, "{name}");
    }
}
