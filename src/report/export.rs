//! PNG and PDF versions of the SVG figures, in pure Rust: usvg parses the
//! SVG, resvg/tiny-skia rasterise it, svg2pdf writes a vector PDF. Text uses
//! DejaVu Sans compiled into the binary (`assets/fonts/DejaVuSans.ttf`,
//! Bitstream Vera licence), so figures render the same on a machine
//! without system fonts.
//!
//! ```
//! use taylormatch::report::export::{pdf, png};
//! let svg = r#"<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"><rect width="20" height="10" fill="red"/></svg>"#;
//! assert!(png(svg).unwrap().starts_with(b"\x89PNG"));
//! assert!(pdf(svg).unwrap().starts_with(b"%PDF"));
//! ```

use crate::error::{Error, Result};
use resvg::{tiny_skia, usvg};
use std::sync::{Arc, OnceLock};

/// The bundled font.
const DEJAVU_SANS: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");

/// Pixels per SVG px in the PNG (2: a 900×520 figure becomes 1800×1040).
pub const PNG_SCALE: f32 = 2.0;

/// A font database holding only the bundled font, every generic family mapped to it.
fn fontdb() -> Arc<usvg::fontdb::Database> {
    static DB: OnceLock<Arc<usvg::fontdb::Database>> = OnceLock::new();
    DB.get_or_init(|| {
        let mut db = usvg::fontdb::Database::new();
        db.load_font_data(DEJAVU_SANS.to_vec());
        for set in [
            usvg::fontdb::Database::set_sans_serif_family,
            usvg::fontdb::Database::set_serif_family,
            usvg::fontdb::Database::set_monospace_family,
        ] {
            set(&mut db, "DejaVu Sans");
        }
        Arc::new(db)
    })
    .clone()
}

/// The parsed SVG, its text set in the bundled font.
fn tree(svg: &str) -> Result<usvg::Tree> {
    let opt = usvg::Options {
        font_family: "DejaVu Sans".into(),
        fontdb: fontdb(),
        ..usvg::Options::default()
    };
    usvg::Tree::from_str(svg, &opt)
        .map_err(|e| Error::input(format!("reading a figure's SVG: {e}")))
}

/// The figure as PNG bytes at [`PNG_SCALE`] pixels per SVG px, on white.
pub fn png(svg: &str) -> Result<Vec<u8>> {
    let t = tree(svg)?;
    let size = t
        .size()
        .to_int_size()
        .scale_by(PNG_SCALE)
        .ok_or_else(|| Error::input("a figure's SVG has an empty size"))?;
    let mut pix = tiny_skia::Pixmap::new(size.width(), size.height())
        .ok_or_else(|| Error::input("a figure is too large to rasterise"))?;
    pix.fill(tiny_skia::Color::WHITE);
    resvg::render(
        &t,
        tiny_skia::Transform::from_scale(PNG_SCALE, PNG_SCALE),
        &mut pix.as_mut(),
    );
    pix.encode_png()
        .map_err(|e| Error::input(format!("encoding a figure as PNG: {e}")))
}

/// The figure as a one-page vector PDF (1 SVG px = 1 pt), text embedded
/// in the bundled font (subset).
pub fn pdf(svg: &str) -> Result<Vec<u8>> {
    let t = tree(svg)?;
    svg2pdf::to_pdf(
        &t,
        svg2pdf::ConversionOptions::default(),
        svg2pdf::PageOptions::default(),
    )
    .map_err(|e| Error::input(format!("converting a figure to PDF: {e}")))
}

/// The files of one figure: `NAME.svg` as given, plus `NAME.png` and `NAME.pdf`.
pub fn figure_files(svg_name: &str, svg: &str) -> Result<Vec<(String, Vec<u8>)>> {
    let stem = svg_name.strip_suffix(".svg").unwrap_or(svg_name);
    Ok(vec![
        (format!("{stem}.svg"), svg.as_bytes().to_vec()),
        (format!("{stem}.png"), png(svg)?),
        (format!("{stem}.pdf"), pdf(svg)?),
    ])
}
