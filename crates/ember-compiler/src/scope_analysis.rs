//! The second pass of the symbol tables: CPython's `analyze_block`, which resolves every
//! name of a scope bottom-up from the names its enclosing function scopes bind, turns
//! locals needed by nested scopes into cells, and passes free variables through.

use crate::errors::CompileError;
use crate::source::Source;
use crate::symtable::{def, NameScope, Scope, ScopeId, ScopeKind, Symbol, SymbolTable};
use std::collections::{HashMap, HashSet};

type Res<T> = Result<T, CompileError>;

/// CPython's `analyze_block`: resolves the names of scope `sid` given the names bound in
/// enclosing function scopes (`bound`, `None` at module level) and the explicit globals;
/// adds to `free` the names this scope needs from its parents.
pub(crate) fn analyze(
    src: &Source,
    table: &mut SymbolTable,
    sid: ScopeId,
    bound: Option<&HashSet<String>>,
    free: &mut HashSet<String>,
    global: &mut HashSet<String>,
) -> Res<()> {
    let kind = table.scopes[sid].kind;
    let mut local = HashSet::new();
    let mut scopes: HashMap<String, NameScope> = HashMap::new();
    let mut bound_here: Option<HashSet<String>> = bound.cloned();
    let symbols: Vec<(String, u32)> = table.scopes[sid]
        .symbols
        .iter()
        .map(|s| (s.name.clone(), s.flags))
        .collect();
    for (name, flags) in &symbols {
        let sc = if flags & def::GLOBAL != 0 {
            if flags & def::NONLOCAL != 0 {
                return Err(directive_error(
                    src,
                    &table.scopes[sid],
                    name,
                    format!("name '{name}' is nonlocal and global"),
                ));
            }
            global.insert(name.clone());
            if let Some(b) = bound_here.as_mut() {
                b.remove(name);
            }
            NameScope::GlobalExplicit
        } else if flags & def::NONLOCAL != 0 {
            match bound {
                Some(b) if b.contains(name) => {}
                _ => {
                    return Err(directive_error(
                        src,
                        &table.scopes[sid],
                        name,
                        format!("no binding for nonlocal '{name}' found"),
                    ));
                }
            }
            table.scopes[sid].has_free = true;
            free.insert(name.clone());
            NameScope::Free
        } else if flags & def::BOUND != 0 {
            local.insert(name.clone());
            global.remove(name);
            NameScope::Local
        } else if bound.is_some_and(|b| b.contains(name)) {
            table.scopes[sid].has_free = true;
            free.insert(name.clone());
            NameScope::Free
        } else {
            NameScope::GlobalImplicit
        };
        scopes.insert(name.clone(), sc);
    }
    // The bound names and globals children see.
    let mut newbound: HashSet<String> = HashSet::new();
    let mut newglobal: HashSet<String> = global.clone();
    if kind == ScopeKind::Class {
        if let Some(b) = &bound_here {
            newbound.extend(b.iter().cloned());
        }
        newbound.insert("__class__".to_string());
    } else {
        if kind.is_function() {
            newbound.extend(local.iter().cloned());
        }
        if let Some(b) = &bound_here {
            newbound.extend(b.iter().cloned());
        }
    }
    let mut newfree: HashSet<String> = HashSet::new();
    let children = table.scopes[sid].children.clone();
    for child in children {
        let mut child_free = HashSet::new();
        let mut child_global = newglobal.clone();
        analyze(
            src,
            table,
            child,
            Some(&newbound),
            &mut child_free,
            &mut child_global,
        )?;
        if table.scopes[child].has_free || table.scopes[child].child_free {
            table.scopes[sid].child_free = true;
        }
        newfree.extend(child_free);
    }
    newglobal.clear();
    if kind.is_function() {
        // analyze_cells: locals that children need become cells.
        for (name, sc) in scopes.iter_mut() {
            if *sc == NameScope::Local && newfree.remove(name) {
                *sc = NameScope::Cell;
            }
        }
    } else if kind == ScopeKind::Class && newfree.remove("__class__") {
        table.scopes[sid].needs_class_closure = true;
    }
    // update_symbols
    let scope = &mut table.scopes[sid];
    for s in scope.symbols.iter_mut() {
        if let Some(sc) = scopes.get(&s.name) {
            s.scope = *sc;
        }
    }
    let mut extra: Vec<&String> = newfree.iter().collect();
    extra.sort();
    for name in extra {
        if let Some(&i) = scope.index.get(name.as_str()) {
            let sym = &mut scope.symbols[i];
            if kind == ScopeKind::Class && sym.flags & (def::BOUND | def::GLOBAL) != 0 {
                sym.flags |= def::FREE_CLASS;
            }
            continue;
        }
        if bound.is_some_and(|b| !b.contains(name)) || bound.is_none() {
            continue;
        }
        scope.index.insert(name.clone(), scope.symbols.len());
        scope.symbols.push(Symbol {
            name: name.clone(),
            flags: 0,
            scope: NameScope::Free,
        });
    }
    free.extend(newfree);
    Ok(())
}

/// An error located at the `global` / `nonlocal` statement that declared `name`.
fn directive_error(src: &Source, scope: &Scope, name: &str, msg: String) -> CompileError {
    let range = scope.directives.get(name).copied().unwrap_or_default();
    src.syntax_error(msg, range)
}
