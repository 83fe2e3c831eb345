//! Where the paper's constants come from: every standard fit rounded to the
//! digits the paper gives (5 for a, 4 for k).

use crate::error::Result;
use crate::numeric::fit::fit_set::{FitSet, CRITERIA, TARGETS};
use crate::numeric::fit::{Criterion, Stable};
use crate::numeric::model::{Family, Level};
use crate::report::{Table, Value};

/// One fit rounded to the paper's digits.
#[derive(Debug, Clone)]
pub struct OriginRow {
    pub model: Family,
    pub criterion: Criterion,
    pub target: Level,
    pub fitted: Stable,
    /// `fitted` rounded to the digits the paper gives (5 for a, 4 for k).
    pub rounded: String,
    /// Whether that equals the paper's constant (`None`: too few digits to decide).
    pub paper: Option<bool>,
}

/// The rows of [`origin`] as a table.
pub fn origin_table(rows: &[OriginRow]) -> Table {
    let mut t = Table::new(
        "origin",
        &[
            ("model", "model"),
            ("criterion", "criterion"),
            ("target", "target"),
            ("fitted", "fitted"),
            ("rounded", "rounded like the paper"),
            ("paper", "equals the paper's"),
        ],
    )
    .titled("Where 0.044715 and 1.702 come from: every fit, rounded to the paper's digits");
    for r in rows {
        t.push(vec![
            r.model.name().into(),
            r.criterion.name().into(),
            (if r.target == Level::Erf {
                "erf (= Φ)"
            } else {
                "gelu"
            })
            .into(),
            Value::dec(r.fitted.decimal()),
            Value::Num(r.rounded.clone()),
            match r.paper {
                Some(yes) => Value::from(if yes { "yes" } else { "no" }),
                None => Value::Null,
            },
        ]);
    }
    t
}

/// Which criterion rounds to the paper's constants: each fitted a rounded to
/// 5 significant digits (as 0.044715 is given) and each k to 4 (as 1.702).
pub fn origin(fits: &FitSet) -> Result<Vec<OriginRow>> {
    let digits = fits.digits;
    let mut out = Vec::new();
    for (model, paper, sig) in [(Family::Tanh, "0.044715", 5), (Family::Sigmoid, "1.702", 4)] {
        for crit in CRITERIA {
            for target in TARGETS {
                let fitted = fits.get(model, crit, target)?.param(0);
                let rounded = fitted.rounded(sig);
                // `digits` ≥ sig + 2 digits are needed to decide the rounding
                let decided = digits > sig + 1;
                out.push(OriginRow {
                    model,
                    criterion: crit,
                    target,
                    paper: decided.then(|| rounded == paper),
                    fitted,
                    rounded,
                });
            }
        }
    }
    Ok(out)
}
