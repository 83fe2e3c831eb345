//! `verify --model EXPR --target EXPR [--set …]`: the five checked steps
//! ([`crate::matching::model_verify`]) for any model; exit 1 when a step fails.
//!
//! ```
//! use taylormatch::commands::verify::VerifyOptions;
//! use taylormatch::commands::verify_expr::run;
//! use taylormatch::commands::OutputOptions;
//! use taylormatch::report::Format;
//! let o = VerifyOptions {
//!     a: None,
//!     model: Some("tanh(c1*x + c3*x^3)".into()),
//!     target: Some("erf(x/sqrt(2))".into()),
//!     set: None,
//!     out: OutputOptions { digits: 12, format: Format::Text, ..Default::default() },
//! };
//! assert_eq!(run(&o).unwrap().code, 0);
//! ```

use super::verify::{render_steps, steps_json_with, VerifyOptions};
use super::Output;
use crate::error::Input;
use crate::error::{Error, Result};
use crate::expr::assign::parse_assignments;
use crate::expr::parse_in;
use crate::matching::model_verify::verify_model;
use crate::report::{Document, Value};

/// Runs `verify --model … --target …`.
pub fn run(args: &VerifyOptions) -> Result<Output> {
    if args.a.is_some() {
        return Err(Error::input(crate::msg!(
            Input::A,
            " belongs to the built-in tanh model; with ",
            Input::Model,
            " give constants with ",
            Input::Set,
            " (e.g. ",
            Input::Set,
            " a=0.044715)"
        )));
    }
    let (model, target) = match (&args.model, &args.target) {
        (Some(m), Some(t)) => (parse_in(Input::Model, m)?, parse_in(Input::Target, t)?),
        (None, _) => {
            return Err(Error::input(crate::msg!(
                Input::Target,
                " and ",
                Input::Set,
                " need ",
                Input::Model,
                " EXPR (the approximation to check)"
            )))
        }
        (Some(_), None) => {
            return Err(Error::input(crate::msg!(
                Input::Model,
                " needs ",
                Input::Target,
                " EXPR (the function it approximates)"
            )))
        }
    };
    let set = match &args.set {
        Some(s) => parse_assignments(Input::Set, s)?,
        None => Vec::new(),
    };
    for a in &set {
        if !model.params().contains(&a.name) && !target.params().contains(&a.name) {
            return Err(Error::input(crate::msg!(
                Input::Set,
                ": the parameter ",
                a.name.to_string(),
                " does not occur in ",
                Input::Model,
                " or ",
                Input::Target
            )));
        }
    }
    let steps = verify_model(&model, &target, &set, args.out.digits)?;
    let all = steps.iter().all(|s| s.holds);
    let mut set_text: Vec<String> = Vec::new();
    for a in &set {
        set_text.push(format!("{} = {}", a.name, a.exact()?));
    }
    let title = format!("The series argument for {model} against {target}, checked step by step");
    let set_value = if set_text.is_empty() {
        "none (all solved for, step 3)".to_string()
    } else {
        set_text.join(", ")
    };
    let arithmetic = "exact series over ℚ[√2, √π^±1, symbols]; step 5 in MPFR intervals";
    let text = if args.out.format == crate::report::Format::Json {
        let header = vec![
            ("model", model.to_string().into()),
            ("target", target.to_string().into()),
            ("set", set_value.into()),
            ("arithmetic", arithmetic.into()),
        ];
        let mut t = serde_json::to_string_pretty(&steps_json_with(
            &title,
            header,
            &steps,
            args.out.style.notation,
        ))
        .unwrap_or_default();
        t.push('\n');
        t
    } else {
        let fields = vec![
            ("model", "model", Value::from(model.to_string())),
            ("target", "target", Value::from(target.to_string())),
            ("set", "constants given", Value::from(set_value)),
            ("arithmetic", "arithmetic", Value::from(arithmetic)),
            ("all_hold", "all steps hold", Value::Bool(all)),
        ];
        args.out
            .render(&render_steps(Document::new(title), fields, &steps))?
    };
    Ok(Output {
        text,
        code: if all { 0 } else { 1 },
    })
}
