//! Conversions between num-bigint/num-rational (the exact API types) and
//! rug's GMP types (the fast arithmetic types). Both are exact.

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
pub fn q_to_rug(q: &BigRational) -> Rational {
    Rational::from((int_to_rug(q.numer()), int_to_rug(q.denom())))
}

/// `rug::Rational` → `BigRational`, exactly. A `rug::Rational` is always in
/// lowest terms with a positive denominator, so no gcd is recomputed.
pub fn q_from_rug(q: &Rational) -> BigRational {
    BigRational::new_raw(int_from_rug(q.numer()), int_from_rug(q.denom()))
}
