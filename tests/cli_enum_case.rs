//! Enumerated flag values follow one rule: case-insensitive everywhere
//! (docs/cli.md). Each pair runs the real binary both ways and compares outputs.

mod common;

#[test]
fn enumerated_values_are_case_insensitive_in_every_flag() {
    let pairs: &[(&[&str], &[&str])] = &[
        (
            &["coeffs", "TANH", "--order", "6"],
            &["coeffs", "tanh", "--order", "6"],
        ),
        (
            &[
                "coeffs",
                "Gelu-Tanh",
                "--a",
                "ANALYTIC",
                "--order",
                "6",
                "--format",
                "JSON",
            ],
            &[
                "coeffs",
                "gelu-tanh",
                "--a",
                "analytic",
                "--order",
                "6",
                "--format",
                "json",
            ],
        ),
        (
            &[
                "bound", "--model", "SIGMOID", "--k", "Matched", "--target", "PHI", "--range",
                "-1:1", "--digits", "5",
            ],
            &[
                "bound", "--model", "sigmoid", "--k", "matched", "--target", "phi", "--range",
                "-1:1", "--digits", "5",
            ],
        ),
        (
            &[
                "fit",
                "--model",
                "TANH",
                "--target",
                "GELU",
                "--criterion",
                "Grid",
                "--range",
                "0:1",
                "--points",
                "5",
                "--digits",
                "6",
            ],
            &[
                "fit",
                "--model",
                "tanh",
                "--target",
                "gelu",
                "--criterion",
                "grid",
                "--range",
                "0:1",
                "--points",
                "5",
                "--digits",
                "6",
            ],
        ),
    ];
    for (upper, lower) in pairs {
        let (cu, ou, eu) = common::run(upper);
        let (cl, ol, el) = common::run(lower);
        assert_eq!(cl, 0, "{lower:?}: {el}");
        assert_eq!((cu, &ou), (cl, &ol), "{upper:?}: {eu}");
        assert!(!ol.is_empty());
    }
    // --help lists the values of fixed sets
    let (_, help, _) = common::run(&["fit", "--help"]);
    assert!(
        help.contains("[possible values: grid, l2, minimax]"),
        "{help}"
    );
}
