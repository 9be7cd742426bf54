//! Cells: the shared boxes behind closures' free variables.

use crate::object::{alloc, Kind, Payload};
use crate::slot::Slot;
use crate::value::Value;
use crate::vm::types;

pub struct CellData(pub Slot);

impl Payload for CellData {
    const KIND: Kind = Kind::Cell;
}

pub fn new_cell(v: Value) -> Value {
    alloc(&types().cell, CellData(Slot::new(v)))
}
