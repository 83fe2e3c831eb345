//! Did-you-mean for unknown function names (Levenshtein distance).

use super::ast::Func;

/// Edit distance (insertions, deletions, substitutions) between two strings.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != cb);
            cur[j + 1] = sub.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// Every accepted function name, `sqrt` included.
fn all_names() -> impl Iterator<Item = &'static str> {
    Func::ALL
        .iter()
        .flat_map(|(_, ns)| ns.iter().copied())
        .chain(std::iter::once("sqrt"))
}

/// The closest function name to `name`: the same letters in another case, or at
/// most 2 edits away (1 for names of up to 3 letters); `None` when nothing is close.
pub fn did_you_mean(name: &str) -> Option<&'static str> {
    let lower = name.to_lowercase();
    if let Some(n) = all_names().find(|n| n.to_lowercase() == lower) {
        return Some(n);
    }
    let max = if name.chars().count() <= 3 { 1 } else { 2 };
    all_names()
        .map(|n| (edit_distance(&lower, &n.to_lowercase()), n))
        .filter(|(d, _)| *d <= max)
        .min_by_key(|(d, _)| *d)
        .map(|(_, n)| n)
}

/// The canonical function names, comma-separated (for messages).
pub fn names() -> String {
    let mut v: Vec<&str> = Func::ALL.iter().map(|(_, ns)| ns[0]).collect();
    v.push("sqrt");
    v.join(", ")
}
