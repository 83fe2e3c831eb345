//! Column layout of a text table: the widths that take the fewest wrapped
//! lines within a line width, and the split of a table too wide for it
//! into parts. The cells are prepared by [`super::text_table`].

use super::text_table::{frame, wrap_to, Col};

/// Above this many characters of cell text the layout does not search for
/// the fewest lines (each trial width re-wraps a column) and only narrows
/// the widest columns.
const SEARCH_LIMIT: usize = 200_000;

/// Column widths for `cols` within `width`. Every column starts at its
/// narrowest width; the spare characters then go, one column at a time,
/// where they save the most wrapped lines per character given (the table's
/// height is the sum over rows of the tallest cell); what is left when no
/// character saves a line goes to the columns furthest below their natural
/// width. Below the minima every column is cut evenly (cells are then
/// broken inside words).
pub(super) fn widths(cols: &[&Col], width: usize) -> Vec<usize> {
    let avail = width.saturating_sub(frame(cols.len())).max(cols.len());
    let natural: Vec<usize> = cols.iter().map(|c| c.natural).collect();
    if natural.iter().sum::<usize>() <= avail {
        return natural;
    }
    let mut w: Vec<usize> = cols.iter().map(|c| c.min).collect();
    if w.iter().sum::<usize>() > avail {
        return cut_evenly(w, avail);
    }
    let text: usize = cols
        .iter()
        .flat_map(|c| c.cells.iter())
        .map(|s| s.len())
        .sum();
    if text <= SEARCH_LIMIT {
        fewest_lines(cols, &mut w, avail);
    }
    // the rest toward the natural widths, largest shortfall first
    while w.iter().sum::<usize>() < avail {
        let pick = (0..w.len())
            .filter(|&i| w[i] < natural[i])
            .max_by_key(|&i| natural[i] - w[i]);
        match pick {
            Some(i) => w[i] += 1,
            None => break,
        }
    }
    w
}

/// Narrows the widest columns one character at a time to `avail`.
fn cut_evenly(mut w: Vec<usize>, avail: usize) -> Vec<usize> {
    while w.iter().sum::<usize>() > avail {
        let i = (0..w.len()).max_by_key(|&i| w[i]).unwrap_or(0);
        if w[i] <= 1 {
            break;
        }
        w[i] -= 1;
    }
    w
}

/// Lines each row of `c` takes at width `w` (the header as row 0).
fn line_counts(c: &Col, w: usize) -> Vec<usize> {
    std::iter::once(wrap_to(&c.header, w, false))
        .chain(c.cells.iter().map(|s| wrap_to(s, w, c.numeric)))
        .map(|s| s.lines().count().max(1))
        .collect()
}

/// Table height (header included) when column `i` has the line counts
/// `lines[i]`.
fn height(lines: &[Vec<usize>]) -> usize {
    let rows = lines.first().map_or(0, Vec::len);
    (0..rows)
        .map(|r| lines.iter().map(|l| l[r]).max().unwrap_or(1))
        .sum()
}

/// Greedy search: while characters are spare, widen the column whose
/// smallest widening that saves lines saves the most lines per character
/// (ties: the column furthest below its natural width).
fn fewest_lines(cols: &[&Col], w: &mut [usize], avail: usize) {
    let mut lines: Vec<Vec<usize>> = cols
        .iter()
        .zip(w.iter())
        .map(|(c, &w)| line_counts(c, w))
        .collect();
    loop {
        let spare = avail - w.iter().sum::<usize>();
        let now = height(&lines);
        // (lines saved per character as saved/step, column, step, its counts)
        let mut best: Option<(usize, usize, usize, Vec<usize>)> = None;
        for (i, c) in cols.iter().enumerate() {
            for step in 1..=spare.min(c.natural.saturating_sub(w[i])) {
                let trial = line_counts(c, w[i] + step);
                let old = std::mem::replace(&mut lines[i], trial);
                let saved = now - height(&lines);
                let trial = std::mem::replace(&mut lines[i], old);
                if saved == 0 {
                    continue;
                }
                let better = match &best {
                    None => true,
                    Some((s, j, t, _)) => {
                        let (lhs, rhs) = (saved * t, s * step);
                        lhs > rhs
                            || (lhs == rhs && cols[i].natural - w[i] > cols[*j].natural - w[*j])
                    }
                };
                if better {
                    best = Some((saved, i, step, trial));
                }
                break;
            }
        }
        match best {
            Some((_, i, step, trial)) => {
                w[i] += step;
                lines[i] = trial;
            }
            None => return,
        }
    }
}

/// Column groups of a table too wide for `width`: each group repeats the
/// first `key` columns and takes a run of the others. Of the splits into
/// as few groups as fit (and one more), the one whose parts take the
/// fewest lines in all is chosen; a large table takes the greedy packing.
/// `None` when the key columns leave no room for another column.
pub(super) fn groups(cols: &[Col], width: usize, key: usize) -> Option<Vec<Vec<usize>>> {
    let fits =
        |idx: &[usize]| idx.iter().map(|&i| cols[i].min).sum::<usize>() + frame(idx.len()) <= width;
    let all: Vec<usize> = (0..cols.len()).collect();
    if cols.len() <= key + 1 || fits(&all) {
        return Some(vec![all]);
    }
    let greedy = packed_groups(cols, key, &fits)?;
    let text: usize = cols
        .iter()
        .flat_map(|c| c.cells.iter())
        .map(|s| s.len())
        .sum();
    if text > SEARCH_LIMIT {
        return Some(greedy);
    }
    let lines = |g: &[usize]| -> usize {
        let sel: Vec<&Col> = g.iter().map(|&i| &cols[i]).collect();
        let w = widths(&sel, width);
        let counts: Vec<Vec<usize>> = sel
            .iter()
            .zip(&w)
            .map(|(c, &w)| line_counts(c, w))
            .collect();
        // borders and the "(part k of n: …)" line
        height(&counts) + 4
    };
    let rest = cols.len() - key;
    let mut best: Option<(usize, Vec<Vec<usize>>)> = None;
    for k in greedy.len()..=(greedy.len() + 1).min(rest) {
        for cuts in splits(rest, k) {
            let gs: Vec<Vec<usize>> = cuts
                .windows(2)
                .map(|c| (0..key).chain(c[0] + key..c[1] + key).collect())
                .collect();
            if !gs.iter().all(|g| fits(g)) {
                continue;
            }
            let cost: usize = gs.iter().map(|g| lines(g)).sum();
            if best.as_ref().is_none_or(|(b, _)| cost < *b) {
                best = Some((cost, gs));
            }
        }
    }
    Some(best.map_or(greedy, |(_, gs)| gs))
}

/// Every way to cut `0..n` into `k` non-empty runs, as boundary lists
/// `[0, c₁, …, n]`.
fn splits(n: usize, k: usize) -> Vec<Vec<usize>> {
    if k <= 1 {
        return vec![vec![0, n]];
    }
    let mut out = Vec::new();
    for first in 1..=n.saturating_sub(k - 1) {
        for mut tail in splits(n - first, k - 1) {
            tail.iter_mut().for_each(|c| *c += first);
            out.push(std::iter::once(0).chain(tail).collect());
        }
    }
    out
}

/// Column groups by packing: the key columns, then as many further
/// columns as fit at their minimum widths (at least one per group; `None`
/// when even one does not fit beside the key and the key is wider than one
/// column).
fn packed_groups(
    cols: &[Col],
    key: usize,
    fits: &dyn Fn(&[usize]) -> bool,
) -> Option<Vec<Vec<usize>>> {
    let mut out = Vec::new();
    let mut cur: Vec<usize> = (0..key).collect();
    for j in key..cols.len() {
        cur.push(j);
        if !fits(&cur) {
            if key > 1 && cur.len() == key + 1 {
                return None;
            }
            if cur.len() > key + 1 {
                cur.pop();
                out.push(std::mem::replace(&mut cur, (0..key).chain([j]).collect()));
            }
        }
    }
    out.push(cur);
    Some(out)
}

#[cfg(test)]
mod tests;
