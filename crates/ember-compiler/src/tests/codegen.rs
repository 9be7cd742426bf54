//! Code generation: golden disassembly files in `tests/golden/` (regenerate with
//! `EMBER_BLESS=1 cargo test -p ember-compiler`) and targeted instruction checks.

use super::{code, find, instrs};
use crate::{compile, compile_with_flags, Mode};
use ember_bytecode::{Constant, Instr};
use std::path::PathBuf;

fn golden(name: &str, src: &str) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let path = dir.join(format!("{name}.txt"));
    let got = format!(
        "# regenerate with: EMBER_BLESS=1 cargo test -p ember-compiler\n{}\n---\n{}",
        src,
        compile(src, "<golden>", Mode::Exec)
            .expect("compiles")
            .disassemble()
    );
    if std::env::var_os("EMBER_BLESS").is_some() {
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(&path, &got).unwrap();
        return;
    }
    let want = std::fs::read_to_string(&path).unwrap_or_default();
    assert_eq!(
        got, want,
        "golden file {name} differs; rerun with EMBER_BLESS=1 if intended"
    );
}

#[test]
fn golden_function() {
    golden("function", "def f(a, b=2, *args, c, d=4, **kw):\n    x = a + b\n    if x > 3 and b:\n        y = x\n    else:\n        y = 0\n    for i in range(10):\n        y += i\n    return y\nprint(f(1, c=3))\n");
}

#[test]
fn golden_try() {
    golden("try", "def f(path):\n    try:\n        with open(path) as fh:\n            return fh.read()\n    except (OSError, ValueError) as e:\n        print(e)\n    finally:\n        print('done')\n");
}

#[test]
fn golden_class() {
    golden("class", "@dec\nclass C(Base, metaclass=M):\n    'doc'\n    x: int = 3\n    def m(self):\n        return super().m()\n");
}

#[test]
fn golden_comprehension_and_generator() {
    golden("comprehension", "sq = [x * x for x in range(3) if x]\nd = {k: v for k, v in items}\ndef g():\n    x = yield 1\n    r = yield from h()\n");
}

#[test]
fn module_ends_with_return_none() {
    let c = code("x = 1\n");
    let n = c.instrs.len();
    assert!(matches!(c.instrs[n - 1], Instr::Return { .. }));
    assert!(matches!(c.instrs[n - 2], Instr::LoadConst { .. }));
    assert_eq!(c.qualname, "<module>");
}

#[test]
fn eval_mode_returns_the_value() {
    let c = compile("1 + x", "<e>", Mode::Eval).unwrap();
    assert!(matches!(c.instrs.last(), Some(Instr::Return { .. })));
    assert!(instrs(&c).iter().any(|i| i.starts_with("BinaryOp")));
}

#[test]
fn single_mode_displays_expressions() {
    let c = compile("1 + 2\n", "<stdin>", Mode::Single).unwrap();
    assert!(instrs(&c).iter().any(|i| i.starts_with("PrintExpr")));
    let c = compile("x = 1 + 2\n", "<stdin>", Mode::Single).unwrap();
    assert!(!instrs(&c).iter().any(|i| i.starts_with("PrintExpr")));
}

#[test]
fn constants_and_folding() {
    let c = code("a = -9223372036854775808\nb = 99999999999999999999\nc = 2j\nd = (1, 'x', None)\ne = b'\\x00' b'1'\nf = 'a' 'b'\n");
    assert!(c.consts.contains(&Constant::Int(i64::MIN)));
    assert!(c.consts.iter().any(|k| matches!(k, Constant::BigInt(_))));
    assert!(c.consts.contains(&Constant::Complex(0.0, 2.0)));
    assert!(c.consts.contains(&Constant::Tuple(vec![
        Constant::Int(1),
        Constant::Str("x".into()),
        Constant::None
    ])));
    assert!(c.consts.contains(&Constant::Bytes(vec![0, b'1'])));
    assert!(c.consts.contains(&Constant::Str("ab".into())));
    let h = code("x = 0xffffffffffffffffff\n");
    assert!(h
        .consts
        .iter()
        .any(|k| matches!(k, Constant::BigInt(b) if b.to_string() == "4722366482869645213695")));
}

#[test]
fn fstrings() {
    let c = code("s = f'a{x!r:>{w}}b{y=}'\n");
    let i = instrs(&c);
    assert!(i.iter().any(|s| s.starts_with("FormatWithSpec")));
    assert!(i.iter().any(|s| s.starts_with("BuildString")));
    assert!(c.consts.contains(&Constant::Str("by=".into())));
}

#[test]
fn calls_pick_the_right_instruction() {
    let c = code("f(1)\nf(a=1)\no.m(1)\no.m(k=1)\nf(*a, **k)\no.m(1, *a)\n");
    let i = instrs(&c);
    for want in [
        "Call ",
        "CallKw",
        "CallMethod ",
        "CallMethodKw",
        "CallEx",
        "ListToTuple",
        "DictMerge",
        "LoadMethod",
    ] {
        assert!(i.iter().any(|s| s.starts_with(want)), "missing {want}");
    }
}

#[test]
fn a_lone_starred_argument_is_passed_as_it_is() {
    // CPython passes `f(*a)`'s iterable straight to the call, which names the callee in
    // "argument after * must be an iterable".
    let c = code("f(*a)\n");
    let i = instrs(&c);
    assert!(i.iter().any(|s| s.starts_with("CallEx")));
    assert!(!i.iter().any(|s| s.starts_with("ListToTuple")));
}

#[test]
fn unpacking_and_augmented_assignment() {
    let c = code("a, (b, *c), d = x\no.attr += 1\nk[i] -= 2\n");
    let i = instrs(&c);
    assert!(i
        .iter()
        .any(|s| s.starts_with("UnpackSequence") && s.ends_with("count=#3")));
    assert!(i.iter().any(|s| s.starts_with("UnpackEx")));
    // A constant right operand stays in the constant table.
    assert!(i.iter().any(|s| s.starts_with("BinaryOpK op=$16")));
    assert!(i.iter().any(|s| s.starts_with("BinaryOpK op=$17")));
    let c = code("o.attr += y\nif a < 2 < b: pass\nif a < b < 3: pass\n");
    let i = instrs(&c);
    assert!(i.iter().any(|s| s.starts_with("BinaryOp op=$16")));
    // In a chain, only the last right operand may stay a constant.
    assert!(i.iter().any(|s| s.starts_with("LoadConst")));
    assert!(i.iter().any(|s| s.starts_with("CompareK")));
}

#[test]
fn assert_is_dropped_with_optimize() {
    let src = "assert x, 'm'\ny = __debug__\n";
    let c = compile(src, "<t>", Mode::Exec).unwrap();
    assert!(instrs(&c)
        .iter()
        .any(|s| s.starts_with("LoadAssertionError")));
    assert!(c.consts.contains(&Constant::True));
    let o = compile_with_flags(src, "<t>", Mode::Exec, 1).unwrap();
    assert!(!instrs(&o)
        .iter()
        .any(|s| s.starts_with("LoadAssertionError")));
    assert!(o.consts.contains(&Constant::False));
}

#[test]
fn docstrings() {
    let c = code("'mod doc'\ndef f():\n    'fdoc'\n    return 1\n");
    assert_eq!(c.docstring.as_deref(), Some("mod doc"));
    assert_eq!(find(&c, "f").unwrap().docstring.as_deref(), Some("fdoc"));
}

#[test]
fn imports() {
    let c = code("import a.b.c\nimport a.b as d\nfrom . import x as y\nfrom m import *\n");
    let i = instrs(&c);
    assert_eq!(i.iter().filter(|s| s.starts_with("ImportName")).count(), 4);
    assert!(i.iter().any(|s| s.starts_with("ImportStar")));
    assert!(c.names.iter().any(|n| n == "a.b.c"));
}

#[test]
fn exception_table_rows_are_innermost_first() {
    let c = code("try:\n    try:\n        f()\n    except E:\n        g()\nexcept F:\n    h()\n");
    let t = &c.exception_table;
    assert!(t.len() >= 3);
    // The first row covering the call to f must be the inner try's.
    let call_f = c
        .instrs
        .iter()
        .position(|i| matches!(i, Instr::Call { .. }))
        .unwrap() as u32;
    let first = t
        .iter()
        .find(|e| e.start.0 <= call_f && call_f < e.end.0)
        .unwrap();
    let outer_handler = t.iter().map(|e| e.handler.0).max().unwrap();
    assert_ne!(first.handler.0, outer_handler);
}

#[test]
fn return_inside_finally_runs_the_finally_body_first() {
    let c = code("def f():\n    try:\n        return g()\n    finally:\n        h()\n");
    let f = find(&c, "f").unwrap();
    let i = instrs(f);
    let ret = i.iter().position(|s| s.starts_with("Return")).unwrap();
    let h_call = i
        .iter()
        .position(|s| s.starts_with("LoadGlobal") && s.ends_with("n1"))
        .unwrap();
    assert!(h_call < ret, "{i:#?}");
    // The inlined finally body is not covered by the try's own handler row.
    let row = &f.exception_table;
    assert!(row
        .iter()
        .all(|e| !(e.start.0 as usize <= h_call && h_call < e.end.0 as usize)));
}

#[test]
fn registers_fit_and_windows_are_consecutive() {
    let c = code("def f(a):\n    return g(a, h(a, 1), *a)\n");
    let f = find(&c, "f").unwrap();
    assert!(f.nregs as usize >= f.nnamed());
    for ins in &f.instrs {
        if let Instr::Call { func, argc, .. } = ins {
            assert!((func.0 as u32) + (argc.0 as u32) < f.nregs);
        }
    }
}

#[test]
fn golden_match() {
    golden("match", "def f(s):\n    match s:\n        case [1, x, *rest] if x:\n            return rest\n        case {'k': v, **kw}:\n            return kw\n        case Point(0, y=y) | [y]:\n            return y\n        case str() as t:\n            return t\n        case _:\n            return None\n");
}

#[test]
fn captures_are_stored_after_the_whole_pattern() {
    let c =
        code("def f(s):\n    match s:\n        case [a, 0]:\n            return a\n    return 0\n");
    let f = find(&c, "f").expect("f");
    let ins = instrs(f);
    // The only write to `a` (register 1) comes after the last test of the pattern.
    let store = ins
        .iter()
        .position(|i| i.starts_with("Move dst=r1 "))
        .expect("a store of a");
    let last_test = ins
        .iter()
        .rposition(|i| i.starts_with("JumpIfFalse"))
        .expect("a test");
    assert!(store > last_test, "{ins:#?}");
}

#[test]
fn match_snippets_verify() {
    for src in [
        "match x:\n    case 1 | 2 | 3:\n        pass\n",
        "match x:\n    case [*_]:\n        pass\n    case [a, *_, b]:\n        pass\n",
        "match x:\n    case {**r}:\n        pass\n    case {}:\n        pass\n",
        "match x:\n    case C():\n        pass\n    case C(a, b=c):\n        pass\n",
        "match x:\n    case {K.a: [y, *z]} if y:\n        pass\n",
        "class C:\n    match x:\n        case [__a] | (__a, _):\n            pass\n",
        "def g():\n    match (yield):\n        case [a, b] if (yield a):\n            yield b\n",
    ] {
        code(src);
    }
}
