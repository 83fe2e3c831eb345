//! `report --digits D`: exact values to D digits, fits to min(D, 30), the
//! verdicts from fits to at least 8 digits, bounds to min(D, 14), and a note.

use taylormatch::commands::report::{build, ReportOptions};
use taylormatch::report::{render, Format};

/// The report at `digits`, as JSON.
fn report_json(digits: u32) -> serde_json::Value {
    let r = build(&ReportOptions {
        digits,
        ..ReportOptions::default()
    })
    .expect("report builds");
    serde_json::from_str(&render(&r.doc, Format::Json).unwrap()).unwrap()
}

fn significant(s: &str) -> usize {
    let m = s.split(['e', 'E']).next().unwrap();
    m.chars()
        .filter(char::is_ascii_digit)
        .skip_while(|&c| c == '0')
        .count()
}

#[test]
fn digits_are_what_the_help_says() {
    // exact values have D digits (the residual table was capped at 20 before);
    // sympy, 45 digits, rounded to 40:
    //   a  = 2/(3π) − 1/6                 = 0.04553992412252711435851168449668581604595
    //   c5 = √2(40π − 96 − 3π²)/(120π^5/2) = 0.00003698073718848184157423758893072332392270
    //   c7 = √2(2304 − 280π² + 15π³)/(5040π^7/2) = 0.00002861733334884675799663893967201875185444
    let v = report_json(40);
    assert_eq!(
        v["a_decimal"],
        "0.04553992412252711435851168449668581604595"
    );
    assert_eq!(
        v["c5_decimal"],
        "0.00003698073718848184157423758893072332392270"
    );
    let residual = v["residual"].as_array().expect("residual table");
    let c7 = residual.iter().find(|r| r["power"] == 7).expect("x⁷ row");
    let c7 = c7
        .as_object()
        .unwrap()
        .values()
        .filter_map(|x| x.as_str())
        .find(|s| s.starts_with("0.0000286"));
    assert_eq!(c7, Some("0.00002861733334884675799663893967201875185444"));
    // fitted values at most 30 digits, certified bounds at most 14, and the report says so
    for row in v["fits"].as_array().unwrap() {
        assert!(significant(row["parameter"].as_str().unwrap()) <= 30);
    }
    for row in v["certified_max_error"].as_array().unwrap() {
        assert!(significant(row["lo"].as_str().unwrap()) <= 14, "{row}");
    }
    let notes = v["notes"].as_array().unwrap();
    assert!(notes.iter().any(|n| n
        .as_str()
        .unwrap()
        .starts_with("Digits: exact values are shown to 40 digits")));
    // below 8 digits the verdicts still come from fits to 8 digits and still hold
    let v = report_json(3);
    assert_eq!(v["a_decimal"], "0.0455");
    let claims = v["claims"].as_array().unwrap();
    for n in [1, 11, 12] {
        let c = claims.iter().find(|c| c["n"] == n).unwrap();
        assert_eq!(c["holds"], "holds", "claim {n} at --digits 3");
    }
}

#[test]
fn claims_evidence_shows_the_text_digits_and_json_keeps_them_all() {
    // the minimax a over ℝ (mpmath, 40 digits: 0.04471491122763249495629818685054…):
    // the document built for text (12 digits shown) has it rounded to 12 digits in
    // claim 11's evidence; built for JSON (nothing shown rounded), at the full 30
    let evidence = |shown: Option<u32>, n: i64| -> String {
        let r = build(&ReportOptions {
            shown,
            ..ReportOptions::default()
        })
        .expect("report builds");
        let v: serde_json::Value =
            serde_json::from_str(&render(&r.doc, Format::Json).unwrap()).unwrap();
        let c = v["claims"].as_array().unwrap();
        let e = &c.iter().find(|c| c["n"] == n).unwrap()["evidence"];
        e.as_str().unwrap().to_string()
    };
    let text = evidence(Some(12), 11);
    assert!(
        text.starts_with("the minimax a over ℝ is 0.0447149112276, which rounds to 0.044715"),
        "{text}"
    );
    assert!(!text.contains("0.04471491122763249"), "{text}");
    let full = evidence(None, 11);
    assert!(full.contains("0.0447149112276324949562981868505"), "{full}");
    assert!(evidence(Some(12), 10).contains("about 200 times 1e-4"));
}
