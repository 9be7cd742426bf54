//! The `ember` command: CPython's command line (`ember FILE`, `-c`, `-`, `-V`, `-h`,
//! `-X`, `-O` ...) over Ember's VM. The program runs on a thread with a large stack so
//! that native recursion hits `RecursionError` long before the stack could overflow; a
//! Rust panic is reported as an internal error with exit status 70.

use mimalloc::MiMalloc;
use std::io::Read;
use std::process::exit;

#[global_allocator]
static GLOBAL: MiMalloc = MiMalloc;

/// Stack of the interpreter thread: native re-entries of the dispatch loop are capped
/// (`ember_vm::interp::MAX_NATIVE_DEPTH`) well within it.
const STACK_SIZE: usize = 4 << 30;

const USAGE: &str = "usage: ember [option] ... [-c cmd | -m mod | file | -] [arg] ...";

const HELP: &str = "\
usage: ember [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options (and corresponding environment variables):
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-m mod : run library module as a script (terminates option list)
-O     : remove assert and __debug__-dependent statements
-S     : don't imply 'import site' on initialization
-u     : force the stdout and stderr streams to be unbuffered
-V     : print the Python version number and exit (also --version)
-X opt : set implementation-specific option
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
";

enum Program {
    File(String),
    Command(String),
    Module(String),
    Stdin,
}

struct Cli {
    program: Program,
    argv: Vec<String>,
    options: ember_vm::run::Options,
    /// `-X dis`: print the bytecode instead of running.
    dis: bool,
}

fn bad_option(msg: &str) -> ! {
    eprintln!("{}", msg);
    eprintln!("{}", USAGE);
    eprintln!("Try `python -h' for more information.");
    exit(2);
}

fn parse_args(args: Vec<String>) -> Cli {
    let mut options = ember_vm::run::Options::default();
    let mut dis = false;
    let mut i = 1;
    while i < args.len() {
        let a = &args[i];
        if a == "-" {
            return Cli {
                program: Program::Stdin,
                argv: args[i..].to_vec(),
                options,
                dis,
            };
        }
        if a == "--version" {
            println!("Python 3.11.7");
            exit(0);
        }
        if a == "--help" {
            print!("{}", HELP);
            exit(0);
        }
        if a == "--" {
            i += 1;
            break;
        }
        if !a.starts_with('-') || a.len() == 1 {
            break;
        }
        if a.starts_with("--") {
            bad_option(&format!("unknown option {}", a));
        }
        // A cluster of one-letter options, the last of which may take an argument.
        let chars: Vec<char> = a[1..].chars().collect();
        let mut j = 0;
        while j < chars.len() {
            let c = chars[j];
            let rest: String = chars[j + 1..].iter().collect();
            let take_arg = |i: &mut usize| -> String {
                if !rest.is_empty() {
                    rest.clone()
                } else {
                    *i += 1;
                    match args.get(*i) {
                        Some(v) => v.clone(),
                        None => bad_option(&format!("Argument expected for the -{} option", c)),
                    }
                }
            };
            match c {
                'c' => {
                    let cmd = take_arg(&mut i);
                    let mut argv = vec!["-c".to_string()];
                    argv.extend(args[i + 1..].iter().cloned());
                    return Cli {
                        program: Program::Command(cmd),
                        argv,
                        options,
                        dis,
                    };
                }
                'm' => {
                    let m = take_arg(&mut i);
                    let mut argv = vec![m.clone()];
                    argv.extend(args[i + 1..].iter().cloned());
                    return Cli {
                        program: Program::Module(m),
                        argv,
                        options,
                        dis,
                    };
                }
                'X' | 'W' => {
                    let opt = take_arg(&mut i);
                    if c == 'X' && opt == "dis" {
                        dis = true;
                    }
                    if c == 'X' && opt == "stats" {
                        options.stats = true;
                    }
                    break;
                }
                'V' => {
                    println!("Python 3.11.7");
                    exit(0);
                }
                'h' | '?' => {
                    print!("{}", HELP);
                    exit(0);
                }
                'O' => options.optimize = (options.optimize + 1).min(2),
                'B' => options.dont_write_bytecode = true,
                'S' => options.no_site = true,
                'b' | 'd' | 'E' | 'i' | 'I' | 'q' | 's' | 'u' | 'v' | 'x' | 'R' | 'P' => {}
                _ => bad_option(&format!("Unknown option: -{}", c)),
            }
            j += 1;
        }
        i += 1;
    }
    if i < args.len() {
        Cli {
            program: Program::File(args[i].clone()),
            argv: args[i..].to_vec(),
            options,
            dis,
        }
    } else {
        Cli {
            program: Program::Stdin,
            argv: vec![String::new()],
            options,
            dis,
        }
    }
}

fn run(mut cli: Cli) -> i32 {
    match &cli.program {
        Program::File(path) => cli.options.script = Some(path.clone()),
        Program::Module(_) => cli.options.module_mode = true,
        Program::Command(_) | Program::Stdin => {}
    }
    ember_vm::run::init(&cli.argv, cli.options.clone());
    match cli.program {
        Program::File(path) => {
            let source = match std::fs::read(&path) {
                Ok(b) => String::from_utf8_lossy(&b).into_owned(),
                Err(e) => {
                    let abs = std::path::absolute(&path)
                        .map(|p| p.display().to_string())
                        .unwrap_or(path.clone());
                    let exe = std::env::current_exe()
                        .map(|p| p.display().to_string())
                        .unwrap_or_else(|_| "ember".into());
                    let errno = e.raw_os_error().unwrap_or(2);
                    let msg = match errno {
                        2 => "No such file or directory".to_string(),
                        13 => "Permission denied".to_string(),
                        21 => "Is a directory".to_string(),
                        _ => e.to_string(),
                    };
                    eprintln!(
                        "{}: can't open file '{}': [Errno {}] {}",
                        exe, abs, errno, msg
                    );
                    return 2;
                }
            };
            if cli.dis {
                return match ember_vm::run::disassemble(&source, &path) {
                    Ok(d) => {
                        print!("{}", d);
                        0
                    }
                    Err(e) => {
                        eprintln!("{}", e);
                        1
                    }
                };
            }
            // CPython names the main script by its absolute path (tracebacks, __file__).
            let abs = std::path::absolute(&path)
                .map(|p| p.display().to_string())
                .unwrap_or_else(|_| path.clone());
            ember_vm::run::run_main(&source, &abs, Some(&abs))
        }
        Program::Command(cmd) => ember_vm::run::run_main(&cmd, "<string>", None),
        Program::Stdin => {
            let mut source = String::new();
            if std::io::stdin().read_to_string(&mut source).is_err() {
                return 1;
            }
            ember_vm::run::run_main(&source, "<stdin>", None)
        }
        Program::Module(m) => ember_vm::run::run_module(&m),
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let cli = parse_args(args);
    std::panic::set_hook(Box::new(|info| {
        ember_vm::modules::stdio::flush_stdout();
        eprintln!(
            "ember: internal error (a bug in ember, please report it): {}",
            info
        );
    }));
    let handle = std::thread::Builder::new()
        .name("ember-main".into())
        .stack_size(STACK_SIZE)
        .spawn(move || {
            ember_vm::interp::set_stack_size(STACK_SIZE);
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                let status = run(cli);
                ember_vm::run::finish();
                status
            }))
        });
    ember_vm::interp::signals::leave_signals_to_interpreter_thread();
    let status = match handle {
        Ok(h) => match h.join() {
            Ok(Ok(code)) => code,
            _ => 70,
        },
        Err(_) => {
            eprintln!("ember: cannot start the interpreter thread");
            70
        }
    };
    exit(status);
}
