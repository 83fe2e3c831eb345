//! Conversions between num-bigint/num-rational (the exact API types) and
//! rug's GMP types (the fast arithmetic types). Both are exact.
//!
//! ```
//! use num_rational::BigRational;
//! use taylormatch::coeff::gmp::{q_from_rug, q_to_rug};
//! let q = BigRational::new((-44715).into(), 1_000_000.into()); // lowest terms: −8943/200000
//! let r = q_to_rug(&q);
//! assert_eq!(r, rug::Rational::from((-8943, 200000)));
//! assert_eq!(q_from_rug(&r), q);
//! ```

use num_bigint::{BigInt, Sign};
use num_rational::BigRational;
use rug::integer::Order;
use rug::{Integer, Rational};

/// `BigInt` → `rug::Integer`, exactly.
pub fn int_to_rug(b: &BigInt) -> Integer {
    let (sign, digits) = b.to_u32_digits();
    let mut i = Integer::from_digits(&digits, Order::Lsf);
    if sign == Sign::Minus {
        i = -i;
    }
    i
}

/// `rug::Integer` → `BigInt`, exactly.
pub fn int_from_rug(i: &Integer) -> BigInt {
    let mut digits = vec![0u32; i.significant_digits::<u32>()];
    i.write_digits(&mut digits, Order::Lsf);
    let sign = match i.cmp0() {
        std::cmp::Ordering::Less => Sign::Minus,
        std::cmp::Ordering::Equal => Sign::NoSign,
        std::cmp::Ordering::Greater => Sign::Plus,
    };
    BigInt::from_slice(sign, &digits)
}

/// `BigRational` → `rug::Rational`, exactly.
/// A `BigRational` is in lowest terms with a positive denominator (every
/// num-rational operation reduces; the two `new_raw` calls in the crate, in
/// [`q_from_rug`] and `expr::series::funcs`, build reduced values), so no
/// gcd is recomputed: GMP's products and sums then only take the cross gcds.
pub fn q_to_rug(q: &BigRational) -> Rational {
    let (n, d) = (int_to_rug(q.numer()), int_to_rug(q.denom()));
    debug_assert!(d > 0 && Integer::from(n.gcd_ref(&d)) == 1, "unreduced {q}");
    // SAFETY: n/d is in lowest terms with d > 0 (see above), GMP's invariant
    unsafe { Rational::from_canonical(n, d) }
}

/// `rug::Rational` → `BigRational`, exactly. A `rug::Rational` is always in
/// lowest terms with a positive denominator, so no gcd is recomputed.
pub fn q_from_rug(q: &Rational) -> BigRational {
    BigRational::new_raw(int_from_rug(q.numer()), int_from_rug(q.denom()))
}
