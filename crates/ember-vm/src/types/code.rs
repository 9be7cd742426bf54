//! Methods of code objects: `co_positions()` and `co_lines()`, over Ember's instructions
//! (one instruction stands for one CPython code unit, so `f_lasti // 2` indexes them).

use crate::error::PyResult;
use crate::objects::code::CodeData;
use crate::objects::int::new_int;
use crate::objects::list::new_list;
use crate::objects::tuple::new_tuple;
use crate::ops;
use crate::types::args::Args;
use crate::value::Value;

pub fn install(ty: &Value) {
    super::add_method(ty, "co_positions", code_positions);
    super::add_method(ty, "co_lines", code_lines);
}

fn code_of<'a>(args: &'a [Value], kw: &[Value], name: &str) -> PyResult<&'a CodeData> {
    Args::new(args, kw).arity(name, 1, 1)?;
    Ok(args[0]
        .downcast::<CodeData>()
        .expect("a code method's self"))
}

/// A position number, or None where it is unknown (0).
fn known(n: u32, base: u32) -> Value {
    if n == 0 && base == 0 {
        Value::NONE
    } else {
        new_int(n as i64)
    }
}

/// `code.co_positions()`: (line, end_line, column, end_column) of each instruction.
fn code_positions(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let c = code_of(args, kw, "co_positions")?;
    let items = c
        .code
        .positions
        .iter()
        .map(|p| {
            new_tuple(vec![
                known(p.line, p.line),
                known(p.end_line, p.line),
                known(p.col, p.line),
                known(p.end_col, p.line),
            ])
        })
        .collect();
    ops::get_iter(&new_list(items))
}

/// `code.co_lines()`: (start, end, line) offset ranges of instructions on one line.
fn code_lines(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let c = code_of(args, kw, "co_lines")?;
    let mut items = Vec::new();
    let mut start = 0usize;
    let positions = &c.code.positions;
    for i in 1..=positions.len() {
        if i == positions.len() || positions[i].line != positions[start].line {
            let line = positions[start].line;
            items.push(new_tuple(vec![
                new_int(2 * start as i64),
                new_int(2 * i as i64),
                if line == 0 {
                    Value::NONE
                } else {
                    new_int(line as i64)
                },
            ]));
            start = i;
        }
    }
    ops::get_iter(&new_list(items))
}
