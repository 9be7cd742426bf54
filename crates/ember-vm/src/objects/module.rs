//! Module objects: a name and a namespace dict.

use crate::object::{alloc, Kind, Payload};
use crate::objects::dict::DictData;
use crate::objects::str::new_str;
use crate::objects::str::StrData;
use crate::value::Value;
use crate::vm::types;

pub struct ModuleData {
    pub dict: Value,
}

impl Payload for ModuleData {
    const KIND: Kind = Kind::Module;
}

impl ModuleData {
    pub fn dict(&self) -> &DictData {
        self.dict
            .downcast::<DictData>()
            .expect("module dict is a dict")
    }
}

/// A new module named `name` with `__name__` and `__doc__` set.
pub fn new_module(name: &str) -> Value {
    let dict = DictData::new_value();
    let d = dict.downcast::<DictData>().expect("new dict");
    d.set_str(&StrData::intern_static("__name__"), new_str(name));
    d.set_str(&StrData::intern_static("__doc__"), Value::NONE);
    d.set_str(&StrData::intern_static("__package__"), Value::NONE);
    d.set_str(&StrData::intern_static("__loader__"), Value::NONE);
    d.set_str(&StrData::intern_static("__spec__"), Value::NONE);
    alloc(&types().module, ModuleData { dict })
}
