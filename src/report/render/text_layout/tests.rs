//! The width search against a brute-force search; splits; no hyphen breaks.

use super::super::text_table::prepare;
use super::*;
use crate::report::doc::{Table, Value};

fn col(header: &str, cells: &[&str]) -> Col {
    let t = {
        let mut t = Table::new("t", &[("c", header)]);
        for c in cells {
            t.push(vec![Value::Str((*c).into())]);
        }
        t
    };
    prepare(&t, &|v| match v {
        Value::Str(s) => s.clone(),
        _ => String::new(),
    })
    .remove(0)
}

/// The height of the best assignment of widths, by trying them all.
fn brute_force(cols: &[&Col], avail: usize) -> usize {
    fn go(cols: &[&Col], i: usize, left: usize, w: &mut Vec<usize>, best: &mut usize) {
        if i == cols.len() {
            let lines: Vec<Vec<usize>> = cols
                .iter()
                .zip(w.iter())
                .map(|(c, &w)| line_counts(c, w))
                .collect();
            *best = (*best).min(height(&lines));
            return;
        }
        for x in cols[i].min..=cols[i].natural.min(left) {
            w.push(x);
            go(cols, i + 1, left - x, w, best);
            w.pop();
        }
    }
    let mut best = usize::MAX;
    go(cols, 0, avail, &mut Vec::new(), &mut best);
    best
}

#[test]
fn the_width_search_finds_the_fewest_lines_on_small_tables() {
    let long = "equals the value rounded to 10 decimals";
    let tables = [
        vec![
            col("literal", &["0.7978845608", "0.044715", "1.702"]),
            col(
                "expression",
                &[
                    "√(2/π)",
                    "a (paper, 0.044715)",
                    "minimax k at the Φ (erf) level over ℝ (fit)",
                ],
            ),
            col(
                "match",
                &[long, "exact", "equals the value rounded to 3 decimals"],
            ),
        ],
        vec![
            col("a", &["one two three four five six seven eight nine ten"]),
            col("b", &["x"]),
            col("c", &["alpha beta gamma delta epsilon zeta eta theta"]),
        ],
    ];
    for cols in &tables {
        let sel: Vec<&Col> = cols.iter().collect();
        for width in [40, 50, 60, 70] {
            let avail = width - frame(sel.len());
            if sel.iter().map(|c| c.min).sum::<usize>() > avail {
                continue;
            }
            let w = widths(&sel, width);
            assert!(w.iter().sum::<usize>() <= avail, "{w:?} at {width}");
            let lines: Vec<Vec<usize>> = sel
                .iter()
                .zip(&w)
                .map(|(c, &w)| line_counts(c, w))
                .collect();
            assert_eq!(
                height(&lines),
                brute_force(&sel, avail),
                "widths {w:?} at {width}"
            );
        }
    }
}

#[test]
fn splits_enumerate_every_cut_into_runs() {
    assert_eq!(splits(4, 1), vec![vec![0, 4]]);
    assert_eq!(
        splits(4, 2),
        vec![vec![0, 1, 4], vec![0, 2, 4], vec![0, 3, 4]]
    );
    let three = splits(5, 3);
    assert_eq!(three.len(), 6); // C(4, 2)
    assert!(three
        .iter()
        .all(|c| c.windows(2).all(|p| p[0] < p[1]) && c[3] == 5));
}

#[test]
fn hyphenated_names_are_not_broken() {
    assert_eq!(
        wrap_to("see mlx-gelu-tanh now", 14, false),
        "see\nmlx-gelu-tanh\nnow"
    );
    assert_eq!(wrap_to("grid: 2.4329e-8)", 12, false), "grid:\n2.4329e-8)");
}
