use clap::{Parser, Subcommand};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "citegraph",
    version,
    about = "Find references between Vietnamese legal and administrative documents and build their citation graph"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Scan files and folders (default: data/) and write graph.json
    Scan {
        /// Files or folders to read (.txt, .md, .html, .docx, .pdf); folders are walked recursively
        paths: Vec<PathBuf>,
        /// Where to write graph.json
        #[arg(long, default_value = "output")]
        out: PathBuf,
        /// Print nothing but errors
        #[arg(long, short)]
        quiet: bool,
    },
}

fn write_json(out_dir: &Path, graph: &citegraph::model::Graph) -> Result<PathBuf, String> {
    std::fs::create_dir_all(out_dir).map_err(|e| format!("{}: cannot create folder: {e}", out_dir.display()))?;
    let path = out_dir.join("graph.json");
    let tmp = out_dir.join(".graph.json.tmp");
    let file = std::fs::File::create(&tmp).map_err(|e| format!("{}: cannot write: {e}", tmp.display()))?;
    let mut w = std::io::BufWriter::new(file);
    serde_json::to_writer_pretty(&mut w, graph).map_err(|e| format!("{}: cannot write: {e}", tmp.display()))?;
    use std::io::Write;
    w.flush().map_err(|e| format!("{}: cannot write: {e}", tmp.display()))?;
    std::fs::rename(&tmp, &path).map_err(|e| format!("{}: cannot write: {e}", path.display()))?;
    Ok(path)
}

fn run_scan(paths: Vec<PathBuf>, out: &Path, quiet: bool) -> Result<bool, String> {
    let paths = if paths.is_empty() { vec![PathBuf::from("data")] } else { paths };
    let graph = citegraph::scan_paths(&paths);
    let path = write_json(out, &graph)?;
    let s = &graph.summary;
    for f in &graph.files {
        if f.status != citegraph::model::FileStatus::Ok {
            eprintln!("{}: {:?}: {}", f.path, f.status, f.reason.as_deref().unwrap_or(""));
        }
    }
    if !quiet {
        println!(
            "{} files ({} read, {} skipped, {} failed), {:.1} MB",
            s.files,
            s.files_ok,
            s.files_skipped,
            s.files_error,
            s.bytes as f64 / 1e6
        );
        println!(
            "{} references to {} documents ({} with text in the corpus)",
            s.mentions, s.documents, s.documents_in_corpus
        );
        println!("wrote {}", path.display());
    }
    Ok(s.files_error == 0)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        None => run_scan(Vec::new(), Path::new("output"), false),
        Some(Command::Scan { paths, out, quiet }) => run_scan(paths, &out, quiet),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(2),
        Err(e) => {
            eprintln!("citegraph: {e}");
            ExitCode::FAILURE
        }
    }
}
