//! `itertools.groupby` and its `_grouper` iterators. The groupby and its groupers
//! share one state; each new group makes the previous grouper stale (it then stops), as
//! CPython's `currgrouper` check does. No borrow of the shared state is held across a
//! call to Python code (the key function, `__eq__`, the source iterator).

use super::{cls_arg, iter_type};
use crate::error::PyResult;
use crate::objects::iter::{new_native_iter_for, NativeIterator};
use crate::objects::tuple::new_tuple;
use crate::ops;
use crate::types::args::Params;
use crate::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

/// The module's types of this file, by name.
pub(super) fn types() -> Vec<(&'static str, Value)> {
    vec![
        (
            "groupby",
            iter_type("itertools", "groupby", Some(groupby_new), true),
        ),
        ("_grouper", iter_type("itertools", "_grouper", None, false)),
    ]
}

struct Shared {
    it: Value,
    keyfunc: Value,
    tgtkey: Option<Value>,
    currkey: Option<Value>,
    currvalue: Option<Value>,
    /// The id of the grouper that may still yield (0: none).
    current: u64,
    last_id: u64,
}

/// CPython's `groupby_step`: reads the next value and its key.
fn step(shared: &Rc<RefCell<Shared>>) -> PyResult<bool> {
    let (it, keyfunc) = {
        let s = shared.borrow();
        (s.it.clone(), s.keyfunc.clone())
    };
    let Some(value) = ops::next(&it)? else {
        return Ok(false);
    };
    let key = if keyfunc.is_none() {
        value.clone()
    } else {
        ops::call(&keyfunc, std::slice::from_ref(&value), &[])?
    };
    let (old_value, old_key) = {
        let mut s = shared.borrow_mut();
        (s.currvalue.replace(value), s.currkey.replace(key))
    };
    drop((old_value, old_key));
    Ok(true)
}

struct GroupBy {
    shared: Rc<RefCell<Shared>>,
}
impl NativeIterator for GroupBy {
    fn next(&mut self) -> PyResult<Option<Value>> {
        self.shared.borrow_mut().current = 0;
        loop {
            let (tgt, curr) = {
                let s = self.shared.borrow();
                (s.tgtkey.clone(), s.currkey.clone())
            };
            match (tgt, curr) {
                (_, None) => {}
                (None, Some(_)) => break,
                (Some(t), Some(c)) => {
                    if !ops::eq_bool(&t, &c)? {
                        break;
                    }
                }
            }
            if !step(&self.shared)? {
                return Ok(None);
            }
        }
        let (key, id) = {
            let mut s = self.shared.borrow_mut();
            let key = s.currkey.clone().expect("the loop stops on a current key");
            s.tgtkey = Some(key.clone());
            s.last_id += 1;
            s.current = s.last_id;
            (key, s.last_id)
        };
        let grouper = new_native_iter_for(
            &grouper_type(),
            Box::new(Grouper {
                shared: self.shared.clone(),
                id,
                tgtkey: key.clone(),
            }),
        );
        Ok(Some(new_tuple(vec![key, grouper])))
    }
}

fn grouper_type() -> Value {
    super::module_type("_grouper")
}

struct Grouper {
    shared: Rc<RefCell<Shared>>,
    id: u64,
    tgtkey: Value,
}
impl NativeIterator for Grouper {
    fn next(&mut self) -> PyResult<Option<Value>> {
        if self.shared.borrow().current != self.id {
            return Ok(None);
        }
        if self.shared.borrow().currvalue.is_none() && !step(&self.shared)? {
            return Ok(None);
        }
        let curr = self.shared.borrow().currkey.clone().expect("set by step");
        if !ops::eq_bool(&self.tgtkey, &curr)? {
            return Ok(None);
        }
        let (value, key) = {
            let mut s = self.shared.borrow_mut();
            (s.currvalue.take(), s.currkey.take())
        };
        drop(key);
        Ok(value)
    }
}

fn groupby_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = cls_arg(args, "groupby")?;
    let p = Params {
        fname: "groupby",
        names: &["iterable", "key"],
        posonly: 0,
        maxpos: 2,
        required: 1,
    }
    .parse(&args[1..], kw)?;
    let it = ops::get_iter(p[0].as_ref().expect("required"))?;
    let shared = Shared {
        it,
        keyfunc: p[1].clone().unwrap_or(Value::NONE),
        tgtkey: None,
        currkey: None,
        currvalue: None,
        current: 0,
        last_id: 0,
    };
    Ok(new_native_iter_for(
        cls,
        Box::new(GroupBy {
            shared: Rc::new(RefCell::new(shared)),
        }),
    ))
}
