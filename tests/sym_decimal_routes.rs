//! The enclosure of a `Sym` (powers of √π formed once per call) against
//! independent routes: Horner's rule in t = 2/π (`t_poly_decimal`) for the
//! matched inner series' coefficients, and, for arbitrary mixed powers of
//! √π and √2, against the value summed term by term at twice the precision
//! in MPFR (each term's power of √π by one `pow`).

use proptest::prelude::*;
use rug::float::Constant;
use rug::{Float, Rational};
use taylormatch::coeff::{Coeff, Mono, Sym, Q};
use taylormatch::matching::{inner_t_polys, t_poly_decimal, t_poly_to_sym};
use taylormatch::numeric::Enclose;

#[test]
fn inner_series_decimals_match_horner_in_t() {
    let polys = inner_t_polys(61);
    let scales = [Sym::one(), Sym::sqrt_2_over_pi()];
    for poly in polys.iter().skip(1).step_by(2) {
        for scale in &scales {
            let s = t_poly_to_sym(poly).mul(scale);
            for digits in [12, 30] {
                let direct = s.decimal(digits).expect("a decimal");
                let horner = t_poly_decimal(poly, scale, digits).expect("a decimal");
                assert_eq!(direct, horner, "{s}");
            }
        }
    }
}

fn sym_of(terms: &[(i64, u64, i32, bool)]) -> Sym {
    let mut s = Sym::zero();
    for &(p, q, h, r2) in terms {
        let m = Mono {
            vars: vec![],
            pi_half: h,
            sqrt2: r2,
        };
        s = s.add(&Sym::term(Q::new(p.into(), q.into()), m));
    }
    s
}

/// Σ c·√2^s·√π^h at `bits`, each term by one MPFR power (nearest rounding).
fn reference(terms: &[(i64, u64, i32, bool)], bits: u32) -> Float {
    let sqrt_pi = Float::with_val(bits, Constant::Pi).sqrt();
    let sqrt2 = Float::with_val(bits, 2).sqrt();
    let mut acc = Float::with_val(bits, 0);
    for &(p, q, h, r2) in terms {
        let mut v = Float::with_val(bits, Rational::from((p, q)));
        v *= Float::with_val(bits, rug::ops::Pow::pow(&sqrt_pi, h));
        if r2 {
            v *= &sqrt2;
        }
        acc += v;
    }
    acc
}

proptest! {
    #[test]
    fn mixed_radicals_are_enclosed(
        terms in prop::collection::vec((-50i64..50, 1u64..40, -40i32..40, any::<bool>()), 1..25)
    ) {
        let s = sym_of(&terms);
        prop_assume!(!s.is_zero());
        let iv = s.enclose(200).expect("no symbols");
        let r = reference(&terms, 400);
        // the reference is within 2^-300 relative of the value; the enclosure is 200 bits wide
        let slack = Float::with_val(400, r.clone().abs() * Float::with_val(64, Float::i_exp(1, -300)))
            + Float::with_val(64, Float::i_exp(1, -1000));
        prop_assert!(Float::with_val(400, &iv.lo - &slack) <= r, "{} > {}", iv.lo, r);
        prop_assert!(Float::with_val(400, &iv.hi + &slack) >= r, "{} < {}", iv.hi, r);
        let w = iv.width();
        let mag = Float::with_val(64, r.abs());
        // tight: narrower than 2^-150 of the largest term scale (terms ≤ 50·π^20·√2)
        prop_assert!(w <= Float::with_val(64, Float::i_exp(1, -120)) * (mag + 1u32), "width {w}");
    }
}
