//! Symbol resolution and register layout.

use super::{code, find, instrs};
use ember_bytecode::flags;

#[test]
fn params_first_in_cpython_order() {
    let c = code("def f(a, /, b, *args, c, d=1, **kw):\n    e = 1\n");
    let f = find(&c, "f").unwrap();
    assert_eq!(f.varnames, ["a", "b", "c", "d", "args", "kw", "e"]);
    assert_eq!((f.argcount, f.posonlyargcount, f.kwonlyargcount), (2, 1, 2));
    assert!(f.has_flag(flags::VARARGS) && f.has_flag(flags::VARKEYWORDS));
    assert!(f.has_flag(flags::OPTIMIZED) && f.has_flag(flags::NEWLOCALS));
}

#[test]
fn closures_cells_and_free_vars() {
    let c = code("def f(x):\n    y = 1\n    def g():\n        return x + y\n    return g\n");
    let f = find(&c, "f").unwrap();
    assert_eq!(f.cellvars, ["x", "y"]);
    assert_eq!(f.cell_args, [Some(ember_bytecode::Reg(0)), None]);
    let g = find(&c, "f.<locals>.g").unwrap();
    assert_eq!(g.freevars, ["x", "y"]);
    assert!(g.has_flag(flags::NESTED));
    assert!(instrs(g).iter().any(|i| i.starts_with("LoadDeref")));
    assert!(instrs(f)
        .iter()
        .any(|i| i.starts_with("MakeFunction") && i.ends_with("flags=$8")));
}

#[test]
fn class_scope_does_not_enclose_methods() {
    let c = code("x = 0\nclass C:\n    x = 1\n    def m(self):\n        return x\n");
    let m = find(&c, "C.m").unwrap();
    assert!(m.freevars.is_empty());
    assert!(instrs(m).iter().any(|i| i.starts_with("LoadGlobal")));
}

#[test]
fn super_creates_class_cell() {
    let c = code("class C:\n    def m(self):\n        return super().m()\n");
    let cls = find(&c, "C").unwrap();
    assert_eq!(cls.cellvars, ["__class__"]);
    assert!(instrs(cls).iter().any(|i| i.starts_with("LoadCell")));
    let m = find(&c, "C.m").unwrap();
    assert_eq!(m.freevars, ["__class__"]);
}

#[test]
fn class_body_reads_free_names_with_class_deref() {
    let c = code("def f():\n    x = 1\n    class C:\n        y = x\n    return C\n");
    let cls = find(&c, "f.<locals>.C").unwrap();
    assert!(instrs(cls).iter().any(|i| i.starts_with("LoadClassDeref")));
}

#[test]
fn class_binding_a_name_also_free_in_a_method_keeps_the_cell() {
    let c = code("def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n    return C\n");
    let cls = find(&c, "f.<locals>.C").unwrap();
    assert_eq!(cls.freevars, ["x"]);
    assert!(instrs(cls).iter().any(|i| i.starts_with("StoreName")));
}

#[test]
fn global_and_nonlocal() {
    let c = code("def f():\n    global g\n    g = 1\n    n = 0\n    def h():\n        nonlocal n\n        n = 2\n    return h\n");
    let f = find(&c, "f").unwrap();
    assert!(instrs(f).iter().any(|i| i.starts_with("StoreGlobal")));
    let h = find(&c, "f.<locals>.h").unwrap();
    assert!(instrs(h).iter().any(|i| i.starts_with("StoreDeref")));
}

#[test]
fn qualnames_follow_cpython() {
    let c = code("def f():\n    def g():\n        return lambda: [x for x in ()]\nclass C:\n    def m(self): pass\n    class D:\n        pass\n");
    for q in [
        "f",
        "f.<locals>.g",
        "f.<locals>.g.<locals>.<lambda>",
        "f.<locals>.g.<locals>.<lambda>.<locals>.<listcomp>",
        "C.m",
        "C.D",
    ] {
        assert!(find(&c, q).is_some(), "missing {q}");
    }
}

#[test]
fn walrus_in_comprehension_binds_in_function() {
    let c = code("def f(xs):\n    [y := x for x in xs]\n    return y\n");
    let f = find(&c, "f").unwrap();
    assert_eq!(f.cellvars, ["y"]);
    let comp = find(&c, "f.<locals>.<listcomp>").unwrap();
    assert_eq!(comp.freevars, ["y"]);
    assert_eq!(comp.varnames, [".0", "x"]);
}

#[test]
fn private_names_are_mangled() {
    let c = code("class C:\n    __x = 1\n    def m(self):\n        return self.__y\n");
    let cls = find(&c, "C").unwrap();
    assert!(cls.names.iter().any(|n| n == "_C__x"));
    let m = find(&c, "C.m").unwrap();
    assert!(m.names.iter().any(|n| n == "_C__y"));
}

#[test]
fn check_local_only_when_not_definitely_assigned() {
    let c = code("def f(a):\n    if a:\n        x = 1\n    return x\ndef g(a):\n    x = 1\n    return x + a\n");
    let f = find(&c, "f").unwrap();
    assert!(instrs(f).iter().any(|i| i.starts_with("CheckLocal")));
    let g = find(&c, "g").unwrap();
    assert!(!instrs(g).iter().any(|i| i.starts_with("CheckLocal")));
}

#[test]
fn delete_inside_loop_forces_check() {
    let c = code("def f(xs):\n    y = 1\n    for x in xs:\n        print(y)\n        del y\n");
    let f = find(&c, "f").unwrap();
    assert!(instrs(f).iter().any(|i| i.starts_with("CheckLocal")));
    assert!(instrs(f).iter().any(|i| i.starts_with("DeleteLocal")));
}

#[test]
fn generator_flag() {
    let c = code("def f():\n    yield 1\ng = (x for x in y)\n");
    assert!(find(&c, "f").unwrap().has_flag(flags::GENERATOR));
    assert!(find(&c, "<genexpr>").unwrap().has_flag(flags::GENERATOR));
}
