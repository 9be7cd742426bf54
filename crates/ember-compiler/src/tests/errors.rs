//! Compile errors: message, kind, line and column as CPython reports them.

use super::error_cases::ERROR_CASES;
use crate::{compile, CompileErrorKind, Mode, NOT_YET};

#[test]
fn errors_match_cpython() {
    let mut failures = Vec::new();
    for (src, kind, msg, line, col) in ERROR_CASES {
        match compile(src, "<t>", Mode::Exec) {
            Ok(_) => failures.push(format!("{src:?}: compiled, expected {msg}")),
            Err(e) => {
                if e.kind != *kind || e.msg != *msg || e.line != *line || e.col != *col {
                    failures.push(format!(
                        "{src:?}: got {:?} {:?} ({}, {}), expected {kind:?} {msg:?} ({line}, {col})",
                        e.kind, e.msg, e.line, e.col
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn error_carries_source_line_and_file() {
    let e = compile("x = 1\nreturn x\n", "prog.py", Mode::Exec).unwrap_err();
    assert_eq!(e.filename, "prog.py");
    assert_eq!(e.text.as_deref(), Some("return x"));
    assert_eq!(e.kind, CompileErrorKind::SyntaxError);
}

#[test]
fn unsupported_constructs_say_so() {
    let src = "try:\n    pass\nexcept* E:\n    pass\n";
    let e = compile(src, "<t>", Mode::Exec).unwrap_err();
    assert!(e.msg.starts_with(NOT_YET), "{src:?}: {}", e.msg);
}

#[test]
fn later_parse_error_loses_to_earlier_tab_error() {
    let e = compile(
        "if x:\n\ta = 1\n        b = 2\nx = = 1\n",
        "<t>",
        Mode::Exec,
    )
    .unwrap_err();
    assert_eq!(e.kind, CompileErrorKind::TabError);
    assert_eq!(e.line, 3);
}

#[test]
fn valid_programs_with_tabs_compile() {
    compile("if x:\n\ta = 1\n\tif y:\n\t\tb = 2\n", "<t>", Mode::Exec).unwrap();
    compile("x = (1,\n\t2)\ns = '''\n\t  \n'''\n", "<t>", Mode::Exec).unwrap();
}

#[test]
fn no_panic_on_odd_inputs_does_not_crash() {
    for src in [
        "",
        "\n",
        "(",
        ")",
        "'",
        "\"\"\"",
        "\\",
        "@",
        "lambda",
        "def",
        "class",
        "f(**)",
        "x[::]",
        "\u{feff}x=1",
        "\t\tx",
        "if 1:\n  pass\n else:\n  pass",
    ] {
        let _ = compile(src, "<t>", Mode::Exec);
        let _ = compile(src, "<t>", Mode::Eval);
        let _ = compile(src, "<t>", Mode::Single);
    }
}

#[test]
fn single_mode_takes_one_statement() {
    let e = compile("x=1\ny=2\n", "<s>", Mode::Single).unwrap_err();
    assert_eq!(
        (e.msg.as_str(), e.line, e.col),
        (
            "multiple statements found while compiling a single statement",
            1,
            4
        )
    );
    compile("x=1; y=2\n", "<s>", Mode::Single).unwrap();
    compile("if x:\n  pass\n", "<s>", Mode::Single).unwrap();
}
