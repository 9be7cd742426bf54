//! Interpreter-wide state: the built-in types (immortal, created once by `init`), and the
//! per-thread state (`ThreadState`: recursion depth, the exception being handled, the
//! register stack). One thread runs Python code at a time (DESIGN.md section 4).

use crate::object::{Header, Kind, PyObject};
use crate::objects::typeobj::{set_bases_and_mro, type_data, TypeData};
use crate::slot::Slot;
use crate::value::Value;
use std::cell::{Cell, RefCell};
use std::ptr::NonNull;
use std::sync::OnceLock;

macro_rules! builtin_types {
    ($( $field:ident : $name:literal, $kind:ident, [$($base:ident),*] ; )*) => {
        /// Every built-in type, by field. Created by `init`, immortal.
        pub struct BuiltinTypes {
            $( pub $field: Value, )*
        }

        impl BuiltinTypes {
            fn create() -> BuiltinTypes {
                BuiltinTypes {
                    $( $field: raw_type($name, Kind::$kind), )*
                }
            }
            /// (type, bases) for the second phase of start-up.
            fn bases(&self) -> Vec<(&Value, Vec<Value>)> {
                vec![ $( (&self.$field, vec![$(self.$base.clone()),*]), )* ]
            }
            /// Every type with the name Python knows it by.
            pub fn all(&self) -> Vec<(&'static str, &Value)> {
                vec![ $( ($name, &self.$field), )* ]
            }
        }
    };
}

builtin_types! {
    object: "object", Instance, [];
    type_: "type", Type, [object];
    int: "int", BigInt, [object];
    bool: "bool", BigInt, [int];
    float: "float", Float, [object];
    complex: "complex", Complex, [object];
    str: "str", Str, [object];
    bytes: "bytes", Bytes, [object];
    bytearray: "bytearray", ByteArray, [object];
    tuple: "tuple", Tuple, [object];
    list: "list", List, [object];
    dict: "dict", Dict, [object];
    set: "set", Set, [object];
    frozenset: "frozenset", Set, [object];
    none_type: "NoneType", Instance, [object];
    not_implemented_type: "NotImplementedType", Instance, [object];
    ellipsis_type: "ellipsis", Instance, [object];
    function: "function", Function, [object];
    builtin_function: "builtin_function_or_method", NativeFunction, [object];
    method_descriptor: "method_descriptor", NativeFunction, [object];
    method: "method", BoundMethod, [object];
    code: "code", Code, [object];
    cell: "cell", Cell, [object];
    module: "module", Module, [object];
    range: "range", Range, [object];
    slice: "slice", Slice, [object];
    property: "property", Property, [object];
    member_descriptor: "member_descriptor", MemberDescr, [object];
    getset_descriptor: "getset_descriptor", MemberDescr, [object];
    classmethod: "classmethod", ClassMethod, [object];
    staticmethod: "staticmethod", StaticMethod, [object];
    super_: "super", Super, [object];
    generator: "generator", Generator, [object];
    coroutine: "coroutine", Generator, [object];
    async_generator: "async_generator", Generator, [object];
    async_generator_asend: "async_generator_asend", AsyncGenAwaitable, [object];
    async_generator_athrow: "async_generator_athrow", AsyncGenAwaitable, [object];
    anext_awaitable: "anext_awaitable", AsyncGenAwaitable, [object];
    coroutine_wrapper: "coroutine_wrapper", Instance, [object];
    traceback: "traceback", Traceback, [object];
    frame: "frame", Frame, [object];
    mappingproxy: "mappingproxy", Instance, [object];
    dict_keys: "dict_keys", DictView, [object];
    dict_values: "dict_values", DictView, [object];
    dict_items: "dict_items", DictView, [object];
    list_iterator: "list_iterator", NativeIter, [object];
    list_reverseiterator: "list_reverseiterator", NativeIter, [object];
    tuple_iterator: "tuple_iterator", NativeIter, [object];
    str_iterator: "str_ascii_iterator", NativeIter, [object];
    bytes_iterator: "bytes_iterator", NativeIter, [object];
    range_iterator: "range_iterator", NativeIter, [object];
    dict_keyiterator: "dict_keyiterator", NativeIter, [object];
    dict_valueiterator: "dict_valueiterator", NativeIter, [object];
    dict_itemiterator: "dict_itemiterator", NativeIter, [object];
    set_iterator: "set_iterator", NativeIter, [object];
    seq_iterator: "iterator", NativeIter, [object];
    callable_iterator: "callable_iterator", NativeIter, [object];
    enumerate: "enumerate", NativeIter, [object];
    zip: "zip", NativeIter, [object];
    map: "map", NativeIter, [object];
    filter: "filter", NativeIter, [object];
    reversed: "reversed", NativeIter, [object];

    base_exception: "BaseException", Instance, [object];
    system_exit: "SystemExit", Instance, [base_exception];
    keyboard_interrupt: "KeyboardInterrupt", Instance, [base_exception];
    generator_exit: "GeneratorExit", Instance, [base_exception];
    exception: "Exception", Instance, [base_exception];
    arithmetic_error: "ArithmeticError", Instance, [exception];
    floating_point_error: "FloatingPointError", Instance, [arithmetic_error];
    overflow_error: "OverflowError", Instance, [arithmetic_error];
    zero_division_error: "ZeroDivisionError", Instance, [arithmetic_error];
    assertion_error: "AssertionError", Instance, [exception];
    attribute_error: "AttributeError", Instance, [exception];
    buffer_error: "BufferError", Instance, [exception];
    eof_error: "EOFError", Instance, [exception];
    import_error: "ImportError", Instance, [exception];
    module_not_found_error: "ModuleNotFoundError", Instance, [import_error];
    lookup_error: "LookupError", Instance, [exception];
    index_error: "IndexError", Instance, [lookup_error];
    key_error: "KeyError", Instance, [lookup_error];
    memory_error: "MemoryError", Instance, [exception];
    name_error: "NameError", Instance, [exception];
    unbound_local_error: "UnboundLocalError", Instance, [name_error];
    os_error: "OSError", Instance, [exception];
    file_not_found_error: "FileNotFoundError", Instance, [os_error];
    file_exists_error: "FileExistsError", Instance, [os_error];
    permission_error: "PermissionError", Instance, [os_error];
    is_a_directory_error: "IsADirectoryError", Instance, [os_error];
    not_a_directory_error: "NotADirectoryError", Instance, [os_error];
    timeout_error: "TimeoutError", Instance, [os_error];
    interrupted_error: "InterruptedError", Instance, [os_error];
    blocking_io_error: "BlockingIOError", Instance, [os_error];
    child_process_error: "ChildProcessError", Instance, [os_error];
    process_lookup_error: "ProcessLookupError", Instance, [os_error];
    connection_error: "ConnectionError", Instance, [os_error];
    broken_pipe_error: "BrokenPipeError", Instance, [connection_error];
    connection_aborted_error: "ConnectionAbortedError", Instance, [connection_error];
    connection_refused_error: "ConnectionRefusedError", Instance, [connection_error];
    connection_reset_error: "ConnectionResetError", Instance, [connection_error];
    reference_error: "ReferenceError", Instance, [exception];
    runtime_error: "RuntimeError", Instance, [exception];
    not_implemented_error: "NotImplementedError", Instance, [runtime_error];
    recursion_error: "RecursionError", Instance, [runtime_error];
    stop_async_iteration: "StopAsyncIteration", Instance, [exception];
    stop_iteration: "StopIteration", Instance, [exception];
    syntax_error: "SyntaxError", Instance, [exception];
    indentation_error: "IndentationError", Instance, [syntax_error];
    tab_error: "TabError", Instance, [indentation_error];
    system_error: "SystemError", Instance, [exception];
    type_error: "TypeError", Instance, [exception];
    value_error: "ValueError", Instance, [exception];
    unicode_error: "UnicodeError", Instance, [value_error];
    unicode_decode_error: "UnicodeDecodeError", Instance, [unicode_error];
    unicode_encode_error: "UnicodeEncodeError", Instance, [unicode_error];
    unicode_translate_error: "UnicodeTranslateError", Instance, [unicode_error];
    warning: "Warning", Instance, [exception];
    bytes_warning: "BytesWarning", Instance, [warning];
    deprecation_warning: "DeprecationWarning", Instance, [warning];
    encoding_warning: "EncodingWarning", Instance, [warning];
    future_warning: "FutureWarning", Instance, [warning];
    import_warning: "ImportWarning", Instance, [warning];
    pending_deprecation_warning: "PendingDeprecationWarning", Instance, [warning];
    resource_warning: "ResourceWarning", Instance, [warning];
    runtime_warning: "RuntimeWarning", Instance, [warning];
    syntax_warning: "SyntaxWarning", Instance, [warning];
    unicode_warning: "UnicodeWarning", Instance, [warning];
    user_warning: "UserWarning", Instance, [warning];
}

/// Allocates a type object before `type` exists: its header's type is patched by `init`
/// and its namespace is filled in the second phase.
fn raw_type(name: &str, kind: Kind) -> Value {
    let td = TypeData::new(name, kind, true);
    let obj = Box::new(PyObject {
        header: Header::new_immortal(Kind::Type),
        data: td,
    });
    let ptr = NonNull::from(Box::leak(obj)).cast::<Header>();
    // SAFETY: a fresh immortal object; the Value's reference is never counted.
    unsafe { Value::from_owned_ptr(ptr) }
}

struct SyncTypes(BuiltinTypes);
// SAFETY: built-in types are immortal and never freed; their counts never change and
// their contents are only mutated while holding the interpreter lock (one thread runs
// Python code at a time).
unsafe impl Sync for SyncTypes {}
// SAFETY: as above.
unsafe impl Send for SyncTypes {}

static TYPES: OnceLock<SyncTypes> = OnceLock::new();

/// The built-in types. Panics only if called before `init` (a start-up ordering bug).
#[inline(always)]
pub fn types() -> &'static BuiltinTypes {
    &TYPES
        .get()
        .expect("vm::init() runs before any object is made")
        .0
}

/// Creates the built-in types and their namespaces. Idempotent.
pub fn init() {
    if TYPES.get().is_some() {
        return;
    }
    let t = BuiltinTypes::create();
    for (_, ty) in t.all() {
        // SAFETY: patching the type of freshly made immortal type objects before any
        // other code sees them.
        unsafe { Header::set_type_raw(ty, &t.type_) };
    }
    if TYPES.set(SyncTypes(t)).is_err() {
        return;
    }
    let t = types();
    for (_, ty) in t.all() {
        type_data(ty)
            .dict
            .set(crate::objects::dict::DictData::new_value());
    }
    for (ty, bases) in t.bases() {
        set_bases_and_mro(ty, bases).expect("built-in type hierarchy is consistent");
    }
    // Types that cannot be subclassed, as in CPython.
    for ty in [
        &t.bool,
        &t.none_type,
        &t.not_implemented_type,
        &t.ellipsis_type,
        &t.function,
        &t.builtin_function,
        &t.method,
        &t.code,
        &t.cell,
        &t.range,
        &t.slice,
        &t.generator,
        &t.traceback,
        &t.frame,
        &t.member_descriptor,
        &t.getset_descriptor,
        &t.coroutine,
        &t.coroutine_wrapper,
        &t.async_generator,
        &t.async_generator_asend,
        &t.async_generator_athrow,
        &t.anext_awaitable,
    ] {
        type_data(ty).base_type.set(false);
    }
    crate::types::install_all();
}

/// Per-thread interpreter state.
pub struct ThreadState {
    /// Python frames active on this thread (for the recursion limit).
    pub depth: Cell<usize>,
    pub recursion_limit: Cell<usize>,
    /// Native (Rust-stack) re-entries of the interpreter, capped by the stack size.
    pub native_depth: Cell<usize>,
    /// The exception being handled (`sys.exc_info()`), or None.
    pub handled: Slot,
    /// The frame running on this thread (for `globals()`, `locals()`, `super()`), or null.
    pub frame: Cell<*const crate::interp::frame::Frame>,
    /// The register stack (see `interp::stack`).
    pub stack: RefCell<crate::interp::stack::RegisterStack>,
    /// The frame lists of the dispatch loops running on this thread, outermost first
    /// (for `sys._getframe` and frame objects' `f_back`).
    pub frame_lists: RefCell<Vec<*const Vec<crate::interp::frame::Frame>>>,
}

thread_local! {
    static THREAD: ThreadState = ThreadState {
        depth: Cell::new(0),
        recursion_limit: Cell::new(1000),
        native_depth: Cell::new(0),
        handled: Slot::new(Value::NONE),
        frame: Cell::new(std::ptr::null()),
        stack: RefCell::new(crate::interp::stack::RegisterStack::new()),
        frame_lists: RefCell::new(Vec::new()),
    };
}

/// Runs `f` with this thread's state.
#[inline(always)]
pub fn with_thread<R>(f: impl FnOnce(&ThreadState) -> R) -> R {
    THREAD.with(f)
}
