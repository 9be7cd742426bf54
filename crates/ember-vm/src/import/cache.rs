//! The bytecode cache: compiled modules kept in `__pycache__/<name>.ember-311.pyc` beside
//! their source (or, where that directory cannot be written, under the user's cache
//! directory), so that a second start does not compile the standard library again.
//!
//! A cache file is a header followed by `ember_bytecode::serial`'s encoding of the code
//! object. The header ties it to its source (modification time and size), to this Ember
//! build (instruction table, version, executable) and to the optimisation level, and
//! carries a checksum of the payload: any mismatch means "compile again".

use ember_bytecode::serial::{self, Fnv};
use ember_bytecode::CodeObject;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

const MAGIC: &[u8; 8] = b"EMBERPYC";
/// magic, build id, mtime (ns), size, optimize (8 bytes), checksum.
const HEADER_LEN: usize = 8 + 8 + 8 + 8 + 8 + 8;

/// What the header records about a source file.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct SourceStamp {
    pub mtime_ns: u64,
    pub size: u64,
}

impl SourceStamp {
    pub fn of(path: &Path) -> Option<SourceStamp> {
        let m = std::fs::metadata(path).ok()?;
        let mtime = m.modified().ok()?;
        let ns = mtime.duration_since(std::time::UNIX_EPOCH).ok()?.as_nanos() as u64;
        Some(SourceStamp {
            mtime_ns: ns,
            size: m.len(),
        })
    }
}

/// This build's identity: the instruction table, the version, and the executable's own
/// size and modification time (a rebuilt compiler must not read an older one's output).
fn build_id() -> u64 {
    static ID: OnceLock<u64> = OnceLock::new();
    *ID.get_or_init(|| {
        let mut h = Fnv::new();
        h.write(&serial::table_fingerprint().to_le_bytes());
        h.write(env!("CARGO_PKG_VERSION").as_bytes());
        if let Some(s) = std::env::current_exe()
            .ok()
            .and_then(|exe| SourceStamp::of(&exe))
        {
            h.write(&s.mtime_ns.to_le_bytes());
            h.write(&s.size.to_le_bytes());
        }
        h.finish()
    })
}

fn checksum(payload: &[u8]) -> u64 {
    let mut h = Fnv::new();
    h.write(payload);
    h.finish()
}

/// Where the cache of `source` lives beside it.
pub fn beside(source: &Path) -> PathBuf {
    let dir = source.parent().unwrap_or(Path::new(""));
    let stem = source
        .file_stem()
        .map(|s| s.to_string_lossy())
        .unwrap_or_default();
    dir.join("__pycache__")
        .join(format!("{}.ember-311.pyc", stem))
}

/// The fallback location under the user's cache directory (`$XDG_CACHE_HOME/ember` or
/// `~/.cache/ember`), mirroring the source's absolute path.
fn in_user_cache(source: &Path) -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))?;
    let abs = std::path::absolute(source).ok()?;
    let rel = abs.strip_prefix("/").ok()?;
    let stem = rel.file_stem()?.to_string_lossy().into_owned();
    Some(
        base.join("ember")
            .join("pycache")
            .join(rel.parent()?)
            .join(format!("{}.ember-311.pyc", stem)),
    )
}

/// The cached code of `source` compiled at `optimize`, if a valid cache exists.
pub fn read(source: &Path, stamp: SourceStamp, optimize: u8) -> Option<CodeObject> {
    [Some(beside(source)), in_user_cache(source)]
        .into_iter()
        .flatten()
        .find_map(|p| read_file(&p, stamp, optimize))
}

fn read_file(path: &Path, stamp: SourceStamp, optimize: u8) -> Option<CodeObject> {
    let data = std::fs::read(path).ok()?;
    if data.len() < HEADER_LEN || &data[..8] != MAGIC {
        return None;
    }
    let word = |i: usize| u64::from_le_bytes(data[8 * i..8 * i + 8].try_into().expect("8 bytes"));
    let payload = &data[HEADER_LEN..];
    let valid = word(1) == build_id()
        && word(2) == stamp.mtime_ns
        && word(3) == stamp.size
        && word(4) == optimize as u64
        && word(5) == checksum(payload);
    if !valid {
        return None;
    }
    serial::decode(payload)
}

/// Writes the cache of `source` (beside it, else in the user's cache directory). Failure
/// only costs a compilation next time, so it is silent, as in CPython.
pub fn write(source: &Path, stamp: SourceStamp, optimize: u8, code: &CodeObject) {
    let payload = serial::encode(code);
    let mut data = Vec::with_capacity(HEADER_LEN + payload.len());
    data.extend_from_slice(MAGIC);
    for w in [
        build_id(),
        stamp.mtime_ns,
        stamp.size,
        optimize as u64,
        checksum(&payload),
    ] {
        data.extend_from_slice(&w.to_le_bytes());
    }
    data.extend_from_slice(&payload);
    for target in [Some(beside(source)), in_user_cache(source)]
        .into_iter()
        .flatten()
    {
        if write_atomically(&target, &data).is_ok() {
            return;
        }
    }
}

/// Writes `data` to a temporary file beside `target` and renames it into place, so that
/// a reader never sees a partial file.
fn write_atomically(target: &Path, data: &[u8]) -> std::io::Result<()> {
    let dir = target.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let tmp = target.with_extension(format!("pyc.{}", std::process::id()));
    let result = std::fs::File::create(&tmp)
        .and_then(|mut f| f.write_all(data))
        .and_then(|_| std::fs::rename(&tmp, target));
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}
