//! Generator objects (heap frames resumed by the dispatch loop; see DESIGN.md section 6).

use crate::object::{Kind, Payload};
use crate::value::Value;
use std::cell::RefCell;

pub struct GeneratorData {
    /// The suspended frame, or None once finished.
    pub frame: RefCell<Option<Box<crate::interp::frame::Frame>>>,
    pub name: Value,
    pub qualname: Value,
    pub running: std::cell::Cell<bool>,
}

impl Payload for GeneratorData {
    const KIND: Kind = Kind::Generator;
}
