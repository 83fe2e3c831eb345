//! Axis ticks for the figures: "nice" steps m·10ˢ (m ∈ {1, 2, 5}), every
//! tick an integer multiple n·m·10ˢ so that the zero tick is exactly 0, and
//! labels written from those integers (exact decimal text, no float
//! formatting). Presentation only: the tick positions are f64 for drawing.
//!
//! ```
//! use taylormatch::report::ticks::nice_ticks;
//! // steps m·10ˢ with m ∈ {1, 2, 5}; the zero tick is exactly 0
//! let t = nice_ticks(-0.3, 0.9, 6);
//! assert!(t.values.contains(&0.0));
//! // labels use the minus sign U+2212
//! assert_eq!(t.labels.first().map(String::as_str), Some("−0.4"));
//! ```

/// Ticks of one axis: positions, their labels, and the common power of ten
/// factored out of the labels (shown in the axis title as `×10ᴱ`).
#[derive(Debug, Clone, PartialEq)]
pub struct Ticks {
    /// Tick positions, ascending.
    pub values: Vec<f64>,
    /// Label of each tick (the value divided by 10^`exponent`).
    pub labels: Vec<String>,
    /// Power of ten factored out of the labels (0 when none).
    pub exponent: i32,
    /// Axis range covered: from the first to the last tick.
    pub lo: f64,
    pub hi: f64,
}

impl Ticks {
    /// The label of the tick nearest to `v` (the plotting library asks by value).
    pub fn label_at(&self, v: f64) -> String {
        self.values
            .iter()
            .zip(&self.labels)
            .min_by(|a, b| (a.0 - v).abs().total_cmp(&(b.0 - v).abs()))
            .map(|(_, l)| l.clone())
            .unwrap_or_default()
    }

    /// ` (×10ᴱ)` for an axis title when a power of ten was factored out, else "".
    pub fn scale_suffix(&self) -> String {
        if self.exponent == 0 {
            String::new()
        } else {
            format!(" (×10{})", crate::coeff::superscript(self.exponent as i64))
        }
    }
}

/// floor(log10(v)) for v > 0, corrected against the float power so that
/// exact powers of ten land on their own exponent.
fn floor_log10(v: f64) -> i32 {
    let mut e = v.log10().floor() as i32;
    if 10f64.powi(e) > v {
        e -= 1;
    } else if 10f64.powi(e + 1) <= v {
        e += 1;
    }
    e
}

/// The decimal text of n·10^p (p may be negative), with `−` for minus.
fn decimal_text(n: i64, p: i32) -> String {
    let neg = n < 0;
    let mut digits = n.unsigned_abs().to_string();
    if n == 0 {
        return "0".into();
    }
    if p >= 0 {
        digits.push_str(&"0".repeat(p as usize));
    } else {
        let d = (-p) as usize;
        if digits.len() <= d {
            digits = format!("{}{}", "0".repeat(d + 1 - digits.len()), digits);
        }
        digits.insert(digits.len() - d, '.');
        let trimmed = digits.trim_end_matches('0').trim_end_matches('.');
        digits = trimmed.to_string();
    }
    if neg {
        format!("−{digits}")
    } else {
        digits
    }
}

/// Nice ticks covering [lo, hi] with about `target` intervals: step
/// m·10ˢ ≥ (hi − lo)/target with m the least of 1, 2, 5; ticks
/// n·step for n from ⌊lo/step⌋ to ⌈hi/step⌉. Labels factor out 10ᴱ,
/// E = ⌊log10 max|tick|⌋, when E < −2 or E > 3.
pub fn nice_ticks(lo: f64, hi: f64, target: usize) -> Ticks {
    let (mut lo, mut hi) = if lo.is_finite() && hi.is_finite() {
        (lo.min(hi), lo.max(hi))
    } else {
        (-1.0, 1.0)
    };
    if hi - lo <= 0.0 || !(hi - lo).is_normal() {
        let w = if lo == 0.0 { 1.0 } else { lo.abs() * 0.1 };
        lo -= w;
        hi += w;
    }
    let raw = (hi - lo) / target.max(1) as f64;
    let mut s = floor_log10(raw);
    let mant = raw / 10f64.powi(s);
    let m: i64 = if mant <= 1.0 {
        1
    } else if mant <= 2.0 {
        2
    } else if mant <= 5.0 {
        5
    } else {
        s += 1;
        1
    };
    let step = m as f64 * 10f64.powi(s);
    let n0 = (lo / step).floor() as i64;
    let n1 = (hi / step).ceil() as i64;
    let ns: Vec<i64> = (n0..=n1).collect();
    let values: Vec<f64> = ns.iter().map(|&n| (n * m) as f64 * 10f64.powi(s)).collect();
    let max_abs = ns.iter().map(|n| (n * m).unsigned_abs()).max().unwrap_or(0);
    let exponent = if max_abs == 0 {
        0
    } else {
        // E = ⌊log10(max|n·m|)⌋ + s, from the integer's digit count
        let e = max_abs.to_string().len() as i32 - 1 + s;
        if (-2..=3).contains(&e) {
            0
        } else {
            e
        }
    };
    let labels = ns
        .iter()
        .map(|&n| decimal_text(n * m, s - exponent))
        .collect();
    Ticks {
        lo: values.first().copied().unwrap_or(lo),
        hi: values.last().copied().unwrap_or(hi),
        values,
        labels,
        exponent,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_is_a_clean_tick_and_labels_are_exact() {
        // a range like an error curve's: about ±2.7e−4
        let t = nice_ticks(-2.71e-4, 2.6e-4, 6);
        assert_eq!(t.exponent, -4);
        assert_eq!(t.labels, ["−3", "−2", "−1", "0", "1", "2", "3"]);
        assert_eq!(t.values[3], 0.0);
        assert_eq!(t.scale_suffix(), " (×10⁻⁴)");
    }

    #[test]
    fn plain_ranges_keep_plain_labels() {
        let t = nice_ticks(-6.0, 6.0, 6);
        assert_eq!(t.exponent, 0);
        assert_eq!(t.labels, ["−6", "−4", "−2", "0", "2", "4", "6"]);
        let t = nice_ticks(-0.013, 0.021, 7);
        assert_eq!(
            t.labels,
            ["−0.015", "−0.01", "−0.005", "0", "0.005", "0.01", "0.015", "0.02", "0.025"]
        );
        assert_eq!(t.label_at(0.0049999), "0.005");
    }

    #[test]
    fn degenerate_ranges_still_give_ticks() {
        let t = nice_ticks(0.0, 0.0, 5);
        assert!(t.values.len() >= 2 && t.labels.contains(&"0".to_string()));
        let t = nice_ticks(f64::NAN, 1.0, 5);
        assert!(t.values.len() >= 2);
    }
}
