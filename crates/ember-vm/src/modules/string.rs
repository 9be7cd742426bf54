//! `_string`: the format-string parser behind `string.Formatter` (`formatter_parser`,
//! `formatter_field_name_split`), sharing `str.format`'s parser.

use crate::error::{PyErr, PyResult};
use crate::objects::list::new_list;
use crate::objects::module::{new_module, ModuleData};
use crate::objects::native::{new_native, Binding};
use crate::objects::str::{as_str, new_str, StrData};
use crate::objects::tuple::new_tuple;
use crate::objects::typeobj::type_name;
use crate::ops;
use crate::types::args::Args;
use crate::types::str_format::{get_integer, parse_field, FieldParts};
use crate::value::Value;

pub fn create() -> Value {
    let m = new_module("_string");
    let d = m.downcast::<ModuleData>().expect("module").dict();
    d.set_str(
        &StrData::intern_static("formatter_parser"),
        new_native(
            "formatter_parser",
            formatter_parser,
            Binding::Function,
            Value::NONE,
        ),
    );
    d.set_str(
        &StrData::intern_static("formatter_field_name_split"),
        new_native(
            "formatter_field_name_split",
            formatter_field_name_split,
            Binding::Function,
            Value::NONE,
        ),
    );
    m
}

fn str_arg<'a>(args: &'a [Value], kw: &[Value], fname: &str) -> PyResult<&'a str> {
    Args::new(args, kw).arity(fname, 1, 1)?;
    as_str(&args[0])
        .ok_or_else(|| PyErr::type_error(format!("expected str, got {}", type_name(&args[0]))))
}

/// `formatter_parser(s)`: an iterator of `(literal, field_name, format_spec, conversion)`.
fn formatter_parser(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = str_arg(args, kw, "formatter_parser")?;
    let mut items = Vec::new();
    let mut rest = s;
    let mut literal = String::new();
    while !rest.is_empty() {
        let Some(p) = rest.find(['{', '}']) else {
            literal.push_str(rest);
            break;
        };
        literal.push_str(&rest[..p]);
        let c = rest.as_bytes()[p];
        let after = &rest[p + 1..];
        if after.as_bytes().first() == Some(&c) {
            // A doubled brace ends the literal (it keeps one brace).
            literal.push(c as char);
            items.push(new_tuple(vec![
                new_str(&literal),
                Value::NONE,
                Value::NONE,
                Value::NONE,
            ]));
            literal.clear();
            rest = &after[1..];
            continue;
        }
        if c == b'}' {
            return Err(PyErr::value_error(
                "Single '}' encountered in format string",
            ));
        }
        if after.is_empty() {
            return Err(PyErr::value_error(
                "Single '{' encountered in format string",
            ));
        }
        let (field, next) = parse_field(after)?;
        items.push(new_tuple(vec![
            new_str(&literal),
            new_str(field.name),
            new_str(field.spec),
            field
                .conversion
                .map(|c| new_str(&c.to_string()))
                .unwrap_or(Value::NONE),
        ]));
        literal.clear();
        rest = next;
    }
    if !literal.is_empty() {
        items.push(new_tuple(vec![
            new_str(&literal),
            Value::NONE,
            Value::NONE,
            Value::NONE,
        ]));
    }
    ops::get_iter(&new_list(items))
}

/// A field name part: an int when it is all digits, else the str.
fn key_of(part: &str) -> PyResult<Value> {
    Ok(match get_integer(part)? {
        Some(i) => Value::small_int(i as i64),
        None => new_str(part),
    })
}

/// `formatter_field_name_split(name)`: `(first, iterator of (is_attribute, key))`.
fn formatter_field_name_split(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let name = str_arg(args, kw, "formatter_field_name_split")?;
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let (first, rest) = name.split_at(first_end);
    let mut parts = Vec::new();
    for part in (FieldParts { rest }) {
        let (is_attr, part) = part?;
        let key = if is_attr {
            new_str(part)
        } else {
            key_of(part)?
        };
        parts.push(new_tuple(vec![Value::bool(is_attr), key]));
    }
    Ok(new_tuple(vec![
        key_of(first)?,
        ops::get_iter(&new_list(parts))?,
    ]))
}
