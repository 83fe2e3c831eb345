//! `--format html`: one self-contained page (CSS inline, contents, tables in
//! scroll boxes, figures inlined as SVG, text and attributes escaped).

use taylormatch::numeric::model::Family;
use taylormatch::report::figures::{erf_level, Drawn};
use taylormatch::report::render::html_with_figures;
use taylormatch::report::{Block, Document, Table, Value};

fn page() -> (String, String) {
    let mut d = Document::new("A <test> & \"page\"");
    d.heading(1, "1. First");
    d.para("x < y & 'z'");
    let mut t = Table::new("t", &[("n", "n"), ("v", "value")]);
    t.push(vec![
        Value::Int(3),
        Value::Num("-0.0447149112276324949562981868505".into()),
    ]);
    d.table(t);
    d.heading(1, "2. Second \"quoted\"");
    let a = taylormatch::coeff::parse_exact("44715/1000000").unwrap();
    let f = erf_level(
        "f.svg",
        &[Drawn::family("a = 0.044715", Family::Tanh, a)],
        6.0,
    )
    .unwrap();
    d.blocks.push(Block::Figure {
        path: f.file.clone(),
        caption: "cap \"q\" <b>".into(),
    });
    (
        html_with_figures(&d, &[(f.file.clone(), f.svg.clone())]),
        f.svg,
    )
}

#[test]
fn page_is_self_contained_with_contents_and_scrolling_tables() {
    let (h, svg) = page();
    assert!(h.starts_with("<!DOCTYPE html>") && h.trim_end().ends_with("</html>"));
    assert!(h.contains("<style>") && h.contains("max-width:960px"));
    // contents linking to each section
    assert!(h.contains("<nav class=\"toc\">"));
    assert!(h.contains("<a href=\"#sec-1\">1. First</a>") && h.contains("id=\"sec-2\""));
    // tables scroll in their own box; numbers right-aligned
    assert!(h.contains("<div class=\"scroll\"><table>"));
    assert!(h.contains("<td class=\"num\">-0.0447149112276324949562981868505</td>"));
    // the figure is inline SVG, nothing fetched
    assert!(h.contains(&svg[svg.find("<svg").unwrap()..]));
    assert!(!h.contains("<img"));
    assert!(!h.contains("src=\"http") && !h.contains("<script"));
}

#[test]
fn text_and_attributes_are_escaped() {
    let (h, _) = page();
    assert!(h.contains("<title>A &lt;test&gt; &amp; &quot;page&quot;</title>"));
    assert!(h.contains("<p>x &lt; y &amp; &#39;z&#39;</p>"));
    assert!(h.contains("aria-label=\"cap &quot;q&quot; &lt;b&gt;\""));
    assert!(h.contains("2. Second &quot;quoted&quot;"));
}
