//! The flags of `taylormatch catalogue` (clap) and the typed options they build.
//!
//! ```
//! use clap::Parser;
//! use taylormatch::cli::{Cli, Command};
//! let cli = Cli::try_parse_from(["taylormatch", "catalogue", "--bits", "128"]).unwrap();
//! let Command::Catalogue(args) = cli.command else { panic!("not catalogue") };
//! assert_eq!(args.options().bits, 128);
//! ```

use super::bound::parse_bits;
use super::{parse_digits, parse_format};
use crate::commands::catalogue::CatalogueOptions;
use crate::report::Format;
use clap::Args;

/// Flags of `catalogue`.
#[derive(Debug, Clone, Args)]
pub struct CatalogueArgs {
    /// One entry (gelu-tanh, mlx-gelu-tanh, quick-gelu, page-1977, bowling-2009, as-7.1.26, kernel-tanh, kernel-sigmoid); default all.
    #[arg(value_name = "NAME")]
    pub name: Option<String>,
    /// Relative width of each certified bound: hi − lo ≤ T·lo (0 < T < 1).
    #[arg(
        long,
        value_name = "T",
        default_value = "1e-6",
        allow_hyphen_values = true
    )]
    pub tolerance: String,
    /// MPFR working precision in bits (64..=8192).
    #[arg(long, default_value_t = 128, value_parser = parse_bits, value_name = "BITS", allow_negative_numbers = true)]
    pub bits: u32,
    /// Significant digits of the certified bounds (1..=10000), rounded outward.
    #[arg(long, short = 'd', default_value_t = 8, value_parser = parse_digits, value_name = "D", allow_negative_numbers = true)]
    pub digits: u32,
    /// Output format: text, markdown, csv, json, latex, html.
    #[arg(long, short = 'f', default_value = "text", value_parser = parse_format, value_name = "FORMAT")]
    pub format: Format,
}

impl CatalogueArgs {
    /// The typed options the command runs with.
    pub fn options(&self) -> CatalogueOptions {
        CatalogueOptions {
            name: self.name.clone(),
            tolerance: self.tolerance.clone(),
            bits: self.bits,
            out: crate::commands::OutputOptions {
                digits: self.digits,
                format: self.format,
                style: Default::default(),
            },
        }
    }
}
