//! Minimax on half-lines, off-centre and tiny intervals, checked against an
//! independent equioscillation solve, and a sweep of `--digits`.
//!
//! The reference values were computed with mpmath 1.3 (60 and 120 digits) by
//! solving the three equations of a two-point alternation with an endpoint,
//! e(L; p) = σE, e(x₁; p) = −σE, ∂ₓe(x₁; p) = 0, for (p, E, x₁) with
//! `findroot`, then confirming max |e| = E by sampling 4000 points of the
//! range. That route shares no code with the crate's bracketed balance.

use rug::Float;
use taylormatch::numeric::fit::{fit, Criterion, FitSpec, Range};
use taylormatch::numeric::model::{Family, Level};

/// |x − ref| ≤ tol·|ref| with x and ref decimal strings.
fn close(x: &str, reference: &str, tol_exp: i32) -> bool {
    let p = 256;
    let a = Float::with_val(p, Float::parse(x).unwrap());
    let b = Float::with_val(p, Float::parse(reference).unwrap());
    let d = Float::with_val(p, &a - &b).abs();
    d <= Float::with_val(p, b.abs_ref()) * Float::with_val(p, Float::i_exp(1, tol_exp))
}

fn minimax(
    model: Family,
    target: Level,
    range: &str,
    digits: u32,
) -> taylormatch::numeric::fit::FitResult {
    let spec = FitSpec {
        range: Range::parse(range).unwrap(),
        ..FitSpec::new(model, target, Criterion::Minimax, digits)
    };
    fit(&spec).unwrap_or_else(|e| panic!("{model:?} {target:?} {range}: {e}"))
}

/// Every printed extremum lies in the range.
fn extrema_in_range(r: &taylormatch::numeric::fit::FitResult) {
    let range = &r.spec.range;
    for e in &r.extrema {
        let x = Float::with_val(256, Float::parse(e.x.decimal()).unwrap());
        // printed decimals round: allow the last printed digit
        let slack = Float::with_val(256, x.abs_ref()).max(&Float::with_val(256, 1))
            * Float::with_val(256, Float::i_exp(1, -30));
        if let Some(l) = &range.lo {
            assert!(
                Float::with_val(256, &x + &slack) >= *l,
                "x = {} below {}",
                e.x,
                range.describe()
            );
        }
        if let Some(h) = &range.hi {
            assert!(
                Float::with_val(256, &x - &slack) <= *h,
                "x = {} above {}",
                e.x,
                range.describe()
            );
        }
    }
}

#[test]
fn half_lines_and_off_centre_ranges_match_an_equioscillation_solve() {
    // (model, target, range, p, E, interior x₁ (in the range), the end where |e| = E)
    let cases = [
        (
            Family::Tanh,
            Level::Erf,
            "2:inf",
            "0.044131004590272977023643097150215516",
            "0.00023402889797833539973642440403995697",
            "2.7899747442435088279408945162089157",
            "2",
        ),
        (
            Family::Tanh,
            Level::Erf,
            "5:6",
            "0.035345310852112797652917948675940692",
            "2.0885978283100581216783400603346741e-8",
            "5.2428495012730584035381616311284228",
            "5",
        ),
        (
            Family::Sigmoid,
            Level::Erf,
            "5:6",
            "3.0437943843063348658646436621188451",
            "8.1813509068244114045560592788563188e-8",
            "5.324276301391656625455753558918648",
            "5",
        ),
        (
            Family::Sigmoid,
            Level::Erf,
            "-inf:-2",
            "1.9271536373828652116965016267732032",
            "0.0040029682823910530007789965278090322",
            "-2.6927873484465457818438717858943954",
            "-2",
        ),
        (
            Family::Tanh,
            Level::Gelu,
            "-6:-5",
            "0.035338472615170026817705084371541229",
            "5.4242558490721654069750245355610149e-8",
            "-5.2514872952941700199051669247178405",
            "-5",
        ),
        (
            Family::Sigmoid,
            Level::Gelu,
            "2:inf",
            "1.9400976730270100713866513328498059",
            "0.0050420139120006034993273178325563887",
            "2.8239945428496888786255837145498203",
            "2",
        ),
    ];
    for (model, target, range, p, e, x1, end) in cases {
        let r = minimax(model, target, range, 30);
        assert!(
            close(&r.param_decimal(0), p, -96),
            "{range}: {} vs {p}",
            r.param_decimal(0)
        );
        assert!(
            close(&r.objective.decimal(), e, -96),
            "{range}: max {} vs {e}",
            r.objective
        );
        // the two balanced points: the interior one and the end
        let xs: Vec<String> = r.extrema.iter().take(2).map(|x| x.x.decimal()).collect();
        assert!(
            xs.iter().any(|x| close(x, x1, -90)),
            "{range}: {xs:?} lacks {x1}"
        );
        assert!(
            xs.iter().any(|x| close(x, end, -90)),
            "{range}: {xs:?} lacks the end {end}"
        );
        assert_eq!(
            r.extrema[0].sign, -r.extrema[1].sign,
            "{range}: no alternation"
        );
        extrema_in_range(&r);
    }
}

#[test]
fn a_range_holding_the_whole_line_alternation_keeps_the_whole_line_optimum() {
    // the ℝ optimum's two extreme points (1.242, 2.592) lie in |x| ≤ 3, so on
    // [−1, 3] and [−3, 1] the optimum is the ℝ one (docs/fit.md: 0.04471491122763)
    for range in ["-1:3", "-3:1"] {
        let r = minimax(Family::Tanh, Level::Erf, range, 13);
        assert_eq!(r.param_decimal(0), "0.04471491122763", "{range}");
        extrema_in_range(&r);
    }
}

#[test]
fn a_tiny_range_matches_the_equioscillation_solve() {
    // [−10⁻⁶, 10⁻⁶]: e ≈ δx³ + c x⁵, extreme points 7.2212e−7 and the end (mpmath, 120 digits)
    let r = minimax(Family::Tanh, Level::Erf, "1e-6", 25);
    assert!(close(
        &r.param_decimal(0),
        "0.045539924122527074077266246341336205",
        -80
    ));
    assert!(
        close(
            &r.objective.decimal(),
            "4.8409533635159149395498281549526529e-36",
            -80
        ),
        "{}",
        r.objective
    );
    let xs: Vec<String> = r.extrema.iter().take(2).map(|x| x.x.decimal()).collect();
    assert!(
        xs.iter()
            .any(|x| close(x, "7.2211990892488872423223816861702974e-7", -76)),
        "{xs:?}"
    );
    extrema_in_range(&r);
}

#[test]
fn every_digit_count_solves_and_agrees_with_the_longest() {
    // a spread over 1..=500 including counts that failed before (189, 200, 400);
    // the GELU level costs ~10× more per digit (erf at full precision in e′),
    // so it is swept more sparsely, against 233 digits
    let erf_sweep: &[u32] = &[1, 64, 189, 200, 316, 400, 499];
    let cases: [(Family, Level, u32, &[u32]); 4] = [
        (Family::Tanh, Level::Erf, 500, erf_sweep),
        (Family::Sigmoid, Level::Erf, 500, erf_sweep),
        (Family::Tanh, Level::Gelu, 233, &[1, 189]),
        (Family::Sigmoid, Level::Gelu, 233, &[1, 189]),
    ];
    for (model, target, top, sweep) in cases {
        let long = minimax(model, target, "inf", top).param_decimal(0);
        for &d in sweep {
            let r = minimax(model, target, "inf", d);
            // d correctly rounded digits agree with the longer run to within one unit of the d-th
            assert!(
                close(&r.param_decimal(0), &long, -(3.32 * d as f64) as i32 + 4),
                "{model:?} {target:?} d = {d}: {} vs {long}",
                r.param_decimal(0)
            );
        }
    }
}
