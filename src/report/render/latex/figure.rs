//! A figure drawn inside the LaTeX document, from the same SVG the report
//! writes (so `--format latex` without `--out` is complete): lines, polylines
//! and rectangles become PDF path operators in one `\pdfliteral` (pdfTeX's
//! own primitive, no package), text becomes LaTeX text in the document's
//! sans-serif font placed with the SVG's anchor, all in a `picture` of the
//! SVG's viewBox scaled to the line width by graphicx's `\resizebox`.
//!
//! The SVG is the subset plotters writes (`svg`, `rect`, `line`,
//! `polyline`, `text`, a `rotate(270, x, y)` transform); anything else
//! makes [`picture`] return `None` and the caller falls back to the PDF file.

use super::convert::latex_text;
use std::fmt::Write;

/// Size in bp of one SVG drawing unit in the picture, before `\resizebox`
/// scales it to the line: a 1800-unit-wide figure is 450 bp wide.
const UNIT_BP: f64 = 0.25;

/// The attributes of one element: `name="value"` pairs in order.
fn attributes(tag: &str) -> Vec<(&str, &str)> {
    let mut out = Vec::new();
    let mut rest = tag;
    while let Some(eq) = rest.find("=\"") {
        let name = rest[..eq].trim().rsplit(' ').next().unwrap_or_default();
        let after = &rest[eq + 2..];
        let Some(end) = after.find('"') else { break };
        out.push((name, &after[..end]));
        rest = &after[end + 1..];
    }
    out
}

fn get<'a>(a: &[(&str, &'a str)], name: &str) -> Option<&'a str> {
    a.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
}

fn num(a: &[(&str, &str)], name: &str) -> Option<f64> {
    get(a, name)?.trim().parse().ok()
}

/// `#RRGGBB` as PDF colour components in [0, 1], e.g. `0.122 0.467 0.706`.
fn rgb(c: &str) -> Option<String> {
    let h = c.strip_prefix('#')?;
    if h.len() != 6 {
        return None;
    }
    let part = |i: usize| u8::from_str_radix(&h[i..i + 2], 16).ok();
    let (r, g, b) = (part(0)?, part(2)?, part(4)?);
    let f = |v: u8| f64::from(v) / 255.0;
    Some(format!("{:.3} {:.3} {:.3}", f(r), f(g), f(b)))
}

/// SVG's entities back to text.
fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// A stroked path (`points` of a polyline, or a line's two ends) in PDF
/// operators, y flipped (`h` is the viewBox height).
fn stroke(a: &[(&str, &str)], points: &[(f64, f64)], h: f64) -> Option<String> {
    let colour = rgb(get(a, "stroke")?)?;
    let width = num(a, "stroke-width").unwrap_or(1.0);
    let mut p = format!("{colour} RG {width} w ");
    for (i, (x, y)) in points.iter().enumerate() {
        let op = if i == 0 { "m" } else { "l" };
        let _ = write!(p, "{x} {} {op} ", h - y);
    }
    p.push_str("S\n");
    Some(p)
}

/// A text element as a `\put` of the picture: anchor from `text-anchor`
/// and `dy` (0.76em: top, 0.5ex: centre, −0.5ex: bottom), size from
/// `font-size` (in drawing units), turned by 90° for `rotate(270, …)`.
fn text(a: &[(&str, &str)], content: &str, h: f64) -> Option<String> {
    let (x, y) = (num(a, "x")?, num(a, "y")?);
    let horizontal = match get(a, "text-anchor").unwrap_or("start") {
        "middle" => "",
        "end" => "r",
        _ => "l",
    };
    let vertical = match get(a, "dy").unwrap_or("") {
        "0.76em" => "t",
        "-0.5ex" => "b",
        _ => "",
    };
    let size = num(a, "font-size").unwrap_or(30.0) * UNIT_BP;
    let body = format!(
        "{{\\fontsize{{{size:.2}bp}}{{{:.2}bp}}\\selectfont\\sffamily {}}}",
        size * 1.2,
        latex_text(content.trim())
    );
    let rotated = match get(a, "transform") {
        None => false,
        Some(t) if t.starts_with("rotate(270") => true,
        Some(_) => return None,
    };
    let anchor = format!("{vertical}{horizontal}");
    let anchor = if anchor.is_empty() {
        String::new()
    } else {
        format!("[{anchor}]")
    };
    let boxed = format!("\\makebox(0,0){anchor}{{{body}}}");
    let placed = if rotated {
        format!("\\rotatebox{{90}}{{{boxed}}}")
    } else {
        boxed
    };
    Some(format!("\\put({x},{}){{{placed}}}\n", h - y))
}

/// The figure as a `picture` (scaled to `width`, e.g. `0.8\linewidth`),
/// or `None` when the SVG holds an element this subset does not draw.
pub fn picture(svg: &str, width: &str) -> Option<String> {
    let head = svg.find("<svg")?;
    let head_end = head + svg[head..].find('>')?;
    let view: Vec<f64> = get(&attributes(&svg[head..head_end]), "viewBox")?
        .split_whitespace()
        .filter_map(|v| v.parse().ok())
        .collect();
    let [_, _, w, h] = view[..] else { return None };
    let (mut paths, mut texts) = (String::new(), String::new());
    let mut rest = &svg[head_end + 1..];
    while let Some(open) = rest.find('<') {
        rest = &rest[open..];
        let end = rest.find('>')?;
        let tag = &rest[1..end];
        let name = tag.split_whitespace().next().unwrap_or_default();
        let a = attributes(tag);
        rest = &rest[end + 1..];
        match name {
            "/svg" => break,
            "rect" => {
                let (x, y) = (num(&a, "x")?, num(&a, "y")?);
                let (rw, rh) = (num(&a, "width")?, num(&a, "height")?);
                let re = format!("{x} {} {rw} {rh} re", h - y - rh);
                match (get(&a, "fill"), get(&a, "stroke")) {
                    (Some(f), _) if f != "none" => {
                        let _ = writeln!(paths, "{} rg {re} f", rgb(f)?);
                    }
                    (_, Some(s)) if s != "none" => {
                        let _ = writeln!(paths, "{} RG 2 w {re} S", rgb(s)?);
                    }
                    _ => {}
                }
            }
            "line" => {
                let ends = [
                    (num(&a, "x1")?, num(&a, "y1")?),
                    (num(&a, "x2")?, num(&a, "y2")?),
                ];
                paths.push_str(&stroke(&a, &ends, h)?);
            }
            "polyline" => {
                let points: Vec<(f64, f64)> = get(&a, "points")?
                    .split_whitespace()
                    .filter_map(|p| {
                        let (x, y) = p.split_once(',')?;
                        Some((x.parse().ok()?, y.parse().ok()?))
                    })
                    .collect();
                if points.len() >= 2 {
                    paths.push_str(&stroke(&a, &points, h)?);
                }
            }
            "text" => {
                let close = rest.find("</text>")?;
                texts.push_str(&text(&a, &unescape(&rest[..close]), h)?);
                rest = &rest[close + "</text>".len()..];
            }
            _ => return None,
        }
    }
    let mut out = String::new();
    let _ = write!(
        out,
        "\\resizebox{{{width}}}{{!}}{{%\n\\setlength{{\\unitlength}}{{{UNIT_BP}bp}}%\n\\begin{{picture}}({w},{h})\n\\put(0,0){{\\pdfliteral{{q {UNIT_BP} 0 0 {UNIT_BP} 0 0 cm 1 J 1 j\n{paths}Q}}}}\n{texts}\\end{{picture}}}}"
    );
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SVG: &str = r##"<svg width="90" height="52" viewBox="0 0 180 104" xmlns="http://www.w3.org/2000/svg">
<rect x="0" y="0" width="180" height="104" opacity="1" fill="#FFFFFF" stroke="none"/>
<line opacity="1" stroke="#DDDDDD" stroke-width="2" x1="0" y1="4" x2="180" y2="4"/>
<polyline fill="none" opacity="1" stroke="#1F77B4" stroke-width="4" points="0,100 90,50 180,100 "/>
<text x="90" y="52" dy="0.76em" text-anchor="middle" font-family="sans-serif" font-size="40" opacity="1" fill="#000000">
x² &lt; 1
</text>
<text x="10" y="50" dy="0.76em" text-anchor="middle" font-size="40" fill="#000000" transform="rotate(270, 10, 50)">
error
</text>
</svg>"##;

    #[test]
    fn lines_become_pdf_paths_and_text_latex_text() {
        let t = picture(SVG, "0.8\\linewidth").unwrap();
        // white background, grey grid line, blue curve with y flipped (104 − y)
        assert!(t.contains("1.000 1.000 1.000 rg 0 0 180 104 re f"), "{t}");
        assert!(
            t.contains("0.867 0.867 0.867 RG 2 w 0 100 m 180 100 l S"),
            "{t}"
        );
        assert!(
            t.contains("0.122 0.467 0.706 RG 4 w 0 4 m 90 54 l 180 4 l S"),
            "{t}"
        );
        // text at its anchor (top centre), in bp (40 units = 10 bp), math from Unicode
        assert!(
            t.contains("\\put(90,52){\\makebox(0,0)[t]{{\\fontsize{10.00bp}"),
            "{t}"
        );
        assert!(t.contains("x$^{2}$") && !t.contains('²'), "{t}");
        assert!(t.contains("\\rotatebox{90}{\\makebox(0,0)[t]"), "{t}");
        assert!(t.starts_with("\\resizebox{0.8\\linewidth}{!}") && t.is_ascii());
    }

    #[test]
    fn an_element_outside_the_subset_is_refused() {
        let s = SVG.replace("<line ", "<circle ");
        assert!(picture(&s, "1cm").is_none());
        let s = SVG.replace("rotate(270", "rotate(45");
        assert!(picture(&s, "1cm").is_none());
    }
}
