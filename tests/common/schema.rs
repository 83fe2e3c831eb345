//! A small JSON Schema validator for the keywords docs/schema/*.json use:
//! `type` (a name or a list), `properties`, `required`,
//! `additionalProperties` (bool or schema), `items`, `minItems`,
//! `maxItems`, `enum`, `const`, `anyOf`, `oneOf`, `minimum`, `maximum` and
//! `$ref` into `#/$defs/…`. Any other keyword is refused, so a schema
//! cannot silently say more than is checked.

use serde_json::Value as J;

const KNOWN: &[&str] = &[
    "$schema",
    "$id",
    "$defs",
    "$ref",
    "title",
    "description",
    "type",
    "properties",
    "required",
    "additionalProperties",
    "items",
    "minItems",
    "maxItems",
    "enum",
    "const",
    "anyOf",
    "oneOf",
    "minimum",
    "maximum",
];

/// Every violation of `schema` by `value`, as "path: message".
pub fn validate(schema: &J, value: &J) -> Vec<String> {
    let mut errs = Vec::new();
    check(schema, schema, value, "$", &mut errs);
    errs
}

fn type_ok(t: &str, v: &J) -> bool {
    match t {
        "string" => v.is_string(),
        "integer" => v.is_i64() || v.is_u64(),
        "number" => v.is_number(),
        "boolean" => v.is_boolean(),
        "null" => v.is_null(),
        "array" => v.is_array(),
        "object" => v.is_object(),
        _ => false,
    }
}

fn check(root: &J, s: &J, v: &J, path: &str, errs: &mut Vec<String>) {
    let Some(obj) = s.as_object() else {
        if s == &J::Bool(false) {
            errs.push(format!("{path}: no value allowed here"));
        }
        return;
    };
    for k in obj.keys() {
        if !KNOWN.contains(&k.as_str()) {
            errs.push(format!(
                "{path}: schema keyword {k:?} is not supported by this validator"
            ));
        }
    }
    if let Some(r) = obj.get("$ref").and_then(J::as_str) {
        let name = r.strip_prefix("#/$defs/").unwrap_or(r);
        match root.get("$defs").and_then(|d| d.get(name)) {
            Some(t) => check(root, t, v, path, errs),
            None => errs.push(format!("{path}: unknown $ref {r}")),
        }
    }
    if let Some(t) = obj.get("type") {
        let ok = match t {
            J::String(t) => type_ok(t, v),
            J::Array(ts) => ts.iter().filter_map(J::as_str).any(|t| type_ok(t, v)),
            _ => false,
        };
        if !ok {
            errs.push(format!("{path}: {v} is not of type {t}"));
            return;
        }
    }
    if let Some(c) = obj.get("const") {
        if c != v {
            errs.push(format!("{path}: {v} is not {c}"));
        }
    }
    if let Some(J::Array(e)) = obj.get("enum") {
        if !e.contains(v) {
            errs.push(format!("{path}: {v} is not one of {e:?}"));
        }
    }
    if let (Some(m), Some(x)) = (obj.get("minimum").and_then(J::as_f64), v.as_f64()) {
        if x < m {
            errs.push(format!("{path}: {x} < minimum {m}"));
        }
    }
    if let (Some(m), Some(x)) = (obj.get("maximum").and_then(J::as_f64), v.as_f64()) {
        if x > m {
            errs.push(format!("{path}: {x} > maximum {m}"));
        }
    }
    for (kw, exactly_one) in [("anyOf", false), ("oneOf", true)] {
        if let Some(J::Array(alts)) = obj.get(kw) {
            let n = alts
                .iter()
                .filter(|a| {
                    let mut e = Vec::new();
                    check(root, a, v, path, &mut e);
                    e.is_empty()
                })
                .count();
            if n == 0 || (exactly_one && n > 1) {
                errs.push(format!("{path}: {v} matches {n} of the {kw} alternatives"));
            }
        }
    }
    if let J::Array(items) = v {
        if let Some(m) = obj.get("minItems").and_then(J::as_u64) {
            if (items.len() as u64) < m {
                errs.push(format!("{path}: {} items, fewer than {m}", items.len()));
            }
        }
        if let Some(m) = obj.get("maxItems").and_then(J::as_u64) {
            if (items.len() as u64) > m {
                errs.push(format!("{path}: {} items, more than {m}", items.len()));
            }
        }
        if let Some(it) = obj.get("items") {
            for (i, x) in items.iter().enumerate() {
                check(root, it, x, &format!("{path}[{i}]"), errs);
            }
        }
    }
    if let J::Object(m) = v {
        if let Some(J::Array(req)) = obj.get("required") {
            for r in req.iter().filter_map(J::as_str) {
                if !m.contains_key(r) {
                    errs.push(format!("{path}: required key {r:?} is missing"));
                }
            }
        }
        let props = obj.get("properties").and_then(J::as_object);
        for (k, x) in m {
            let p = format!("{path}.{k}");
            match props.and_then(|p| p.get(k)) {
                Some(ps) => check(root, ps, x, &p, errs),
                None => match obj.get("additionalProperties") {
                    Some(J::Bool(false)) => errs.push(format!("{p}: key not in the schema")),
                    Some(a @ J::Object(_)) => check(root, a, x, &p, errs),
                    _ => {}
                },
            }
        }
    }
}
