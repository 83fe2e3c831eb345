//! Figures: readable SVG (text sizes, nice ticks with an exact zero, titles
//! naming the level, a y-axis title naming the quantity), and the PNG and PDF
//! made from it with the bundled font (signatures, sizes, a PNG that is not
//! blank and has dark text pixels, a PDF with an embedded font).
//! Set TAYLORMATCH_FIGURE_DIR to keep the files for a look.

use taylormatch::coeff::{parse_exact, Sym};
use taylormatch::numeric::model::Family;
use taylormatch::report::export::{pdf, png, PNG_SCALE};
use taylormatch::report::figures::{erf_level, gelu_level, residual, Drawn, Figure};
use taylormatch::report::plot::{SIZE, UNITS_PER_PX};

fn sym(s: &str) -> Sym {
    parse_exact(s).expect("exact value")
}

fn figures() -> Vec<Figure> {
    let a = sym("2/(3π) - 1/6");
    let tanhs = vec![
        Drawn::family("a = 0.044715 (paper)", Family::Tanh, sym("44715/1000000")),
        Drawn::family("a = 2/(3π) − 1/6 (Taylor)", Family::Tanh, a.clone()),
    ];
    let sig = vec![Drawn::family(
        "k = 1.702",
        Family::Sigmoid,
        sym("1702/1000"),
    )];
    // the comparison curve c₅x⁵: any nonzero c₅ draws it (the report passes the exact one)
    let c5 = sym("√(2/π)/100");
    vec![
        erf_level("error_erf_tanh.svg", &tanhs, 6.0).unwrap(),
        gelu_level("error_gelu_tanh.svg", &tanhs, 6.0).unwrap(),
        erf_level("error_erf_sigmoid.svg", &sig, 6.0).unwrap(),
        gelu_level("error_gelu_sigmoid.svg", &sig, 6.0).unwrap(),
        residual(&a, &c5, 1.5).unwrap(),
    ]
}

/// Every `font-size="…"` in an SVG.
fn font_sizes(svg: &str) -> Vec<f64> {
    svg.split("font-size=\"")
        .skip(1)
        .map(|r| r[..r.find('"').unwrap()].parse::<f64>().unwrap())
        .collect()
}

/// The text contents of the SVG's `<text>` elements.
fn texts(svg: &str) -> Vec<String> {
    svg.split("<text")
        .skip(1)
        .map(|r| {
            let body = &r[r.find('>').unwrap() + 1..];
            body[..body.find("</text>").unwrap()].trim().to_string()
        })
        .collect()
}

#[test]
fn svg_text_is_readable_and_titles_name_the_level() {
    let figs = figures();
    let mut titles = Vec::new();
    for f in &figs {
        let sizes = font_sizes(&f.svg);
        assert!(!sizes.is_empty(), "{}: no text", f.file);
        // px of the figure shown at SIZE (the viewBox is UNITS_PER_PX times larger)
        assert!(f
            .svg
            .starts_with(&format!("<svg width=\"{}\" height=\"{}\"", SIZE.0, SIZE.1)));
        let min = sizes.iter().copied().fold(f64::INFINITY, f64::min) / f64::from(UNITS_PER_PX);
        assert!(min >= 12.0, "{}: text of {min} px", f.file);
        let t = texts(&f.svg);
        // the title is the caption, and it names the level
        assert!(t.contains(&f.caption), "{}: title missing", f.file);
        assert!(
            f.caption.starts_with("erf level") || f.caption.starts_with("GELU level"),
            "{}",
            f.caption
        );
        titles.push(f.caption.clone());
        // a clean zero tick and no float noise like −2.71e−20 in any label
        assert!(t.iter().any(|s| s == "0"), "{}: no 0 tick in {t:?}", f.file);
        assert!(
            !t.iter().any(|s| s.contains("e-") || s.contains("e−")),
            "{}: {t:?}",
            f.file
        );
        // the y-axis title names the quantity and carries the power of ten
        assert!(
            t.iter()
                .any(|s| s.starts_with("approximation − ") || s.starts_with("residual")),
            "{}: {t:?}",
            f.file
        );
    }
    let mut uniq = titles.clone();
    uniq.sort();
    uniq.dedup();
    assert_eq!(uniq.len(), titles.len(), "titles repeat: {titles:?}");
    assert!(titles[1].contains("GELU(x)") && titles[0].contains("erf(x/√2)"));
}

/// Width, height and the decoded RGBA pixels of a PNG (via tiny-skia, which resvg re-exports).
fn decode(bytes: &[u8]) -> (u32, u32, Vec<u8>) {
    let p = resvg::tiny_skia::Pixmap::decode_png(bytes).expect("PNG decodes");
    (p.width(), p.height(), p.data().to_vec())
}

#[test]
fn png_and_pdf_render_with_the_bundled_font() {
    let keep = std::env::var_os("TAYLORMATCH_FIGURE_DIR");
    for f in figures() {
        let bytes = png(&f.svg).unwrap();
        assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
        let (w, h, data) = decode(&bytes);
        assert_eq!(
            (w, h),
            (
                (SIZE.0 as f32 * PNG_SCALE) as u32,
                (SIZE.1 as f32 * PNG_SCALE) as u32
            )
        );
        // not blank: many near-black pixels (text, axes) and coloured ones (curves)
        let px: Vec<&[u8]> = data.chunks(4).collect();
        let dark = px
            .iter()
            .filter(|p| p[0] < 60 && p[1] < 60 && p[2] < 60)
            .count();
        let blue = px
            .iter()
            .filter(|p| p[2] > 150 && p[0] < 80 && p[1] > 90 && p[1] < 150)
            .count();
        assert!(dark > 5_000, "{}: {dark} dark pixels", f.file);
        assert!(blue > 1_000, "{}: {blue} curve pixels", f.file);
        // text drawn: the title band (top 40 SVG px) has dark pixels
        let band = (40.0 * PNG_SCALE) as usize * w as usize;
        let title_dark = px[..band].iter().filter(|p| p[0] < 60).count();
        assert!(
            title_dark > 500,
            "{}: title not drawn ({title_dark})",
            f.file
        );

        let doc = pdf(&f.svg).unwrap();
        assert!(doc.starts_with(b"%PDF-"), "{}", f.file);
        assert!(doc.len() > 2_000, "{}: {} bytes", f.file, doc.len());
        let tail = String::from_utf8_lossy(&doc[doc.len() - 64..]).to_string();
        assert!(tail.contains("%%EOF"), "{}", f.file);
        let text = String::from_utf8_lossy(&doc);
        assert!(
            text.contains("FontFile2") && text.contains("DejaVuSans"),
            "{}: font not embedded",
            f.file
        );
        if let Some(dir) = &keep {
            let stem = f.file.trim_end_matches(".svg");
            let d = std::path::Path::new(dir);
            std::fs::write(d.join(&f.file), &f.svg).unwrap();
            std::fs::write(d.join(format!("{stem}.png")), &bytes).unwrap();
            std::fs::write(d.join(format!("{stem}.pdf")), &doc).unwrap();
        }
    }
}

#[test]
fn a_broken_svg_is_an_error_not_a_panic() {
    assert!(png("<svg").is_err());
    assert!(pdf("not svg").is_err());
}
