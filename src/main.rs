use citegraph::render::svg::Renderer;
use citegraph::render::{Direction, Selection};
use citegraph::tables::Level;
use clap::{Parser, Subcommand, ValueEnum};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

// A scan allocates millions of small strings from several threads; mimalloc's per-thread
// heaps cut the time glibc's allocator spent on them (about a tenth of a run) and its page faults.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
    #[command(after_help = "Exit status: 0 when every file was read or deliberately skipped; 2 when some file \
                            failed (graph.json is still written) or no file could be read (nothing is \
                            written: a graph.json already there is kept); 1 when the run itself failed \
                            (e.g. the output folder cannot be written).")]
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
    /// Draw the citation graph, whole or around one document
    Render {
        /// A document to centre on: `104/KH-UBND`, `Kế hoạch 104/KH-UBND`, `kế hoạch số 104/KH-UBND ngày 28/6/2022`
        #[arg(long)]
        focus: Option<String>,
        /// How many edges away from the focus to follow
        #[arg(long, default_value_t = 2, value_name = "N", allow_negative_numbers = true, value_parser = parse_depth)]
        depth: usize,
        /// up: what the focus derives from; down: what derives from it; both: the two, each followed its own way
        #[arg(long, value_enum, default_value_t = Dir::Both)]
        direction: Dir,
        /// dot, svg or png (default: the output file's extension, else svg)
        #[arg(long, value_enum)]
        format: Option<Fmt>,
        /// Output file (default: output/citations.<format>)
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Draw at most this many documents (0: no limit; a picture holds at most 400, 80 with the
        /// built-in layout, --format dot any number) [default: 80 in a picture, every one in DOT]
        #[arg(long, value_name = "N")]
        max_nodes: Option<usize>,
        /// Renderer for SVG: Graphviz's dot if installed, else the built-in layout
        #[arg(long, value_enum, default_value_t = Engine::Auto)]
        renderer: Engine,
        #[command(flatten)]
        input: Input,
    },
    /// Write one self-contained HTML report: diagram, documents, texts with linked references
    Report {
        /// The HTML file to write
        #[arg(short, long, default_value = "output/report.html")]
        output: PathBuf,
        /// Renderer for SVG: Graphviz's dot if installed, else the built-in layout
        #[arg(long, value_enum, default_value_t = Engine::Auto)]
        renderer: Engine,
        /// Draw the diagram around this document (`Kế hoạch 104/KH-UBND`) instead of the most
        /// cited ones; the rest of the report is the whole corpus
        #[arg(long)]
        focus: Option<String>,
        /// How many edges away from the focus to follow
        #[arg(long, default_value_t = 2, value_name = "N", allow_negative_numbers = true, value_parser = parse_depth)]
        depth: usize,
        /// Leave out the documents' texts: a large corpus's report is mostly its texts; each
        /// document keeps its relations, each place its file and line
        #[arg(long)]
        no_texts: bool,
        #[command(flatten)]
        input: Input,
    },
    /// Every chain of implements/basis/guides edges from a document up to the top: the Party's centre, the National Assembly, the Government, the Prime Minister
    Trace {
        /// `104/KH-UBND`, `Kế hoạch 104/KH-UBND`, `kế hoạch số 104/KH-UBND ngày 28/6/2022`
        reference: String,
        /// Print JSON for programs
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        input: Input,
    },
    /// What a document derives from, what derives from it, and where it is cited
    Show {
        /// `104/KH-UBND`, `Nghị định 237/2026/NĐ-CP`, `Luật Đất đai 2024`, `Hiến pháp năm 2013`
        reference: String,
        /// Print JSON for programs
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        input: Input,
    },
    /// Cited documents whose text is not in the corpus, those cited by the most files first
    ///
    /// The CSV is for a spreadsheet, one row per citing place, and written as `export --bom`
    /// writes CSV: it opens with a byte order mark (without one Excel garbles the Vietnamese),
    /// and a cell Excel would read as a formula is written after a `'`. Programs read the JSON,
    /// where `findings` names, for each finding on a citation, its `mention` (index in
    /// `mentions`) and `kind`. A reference's text is on one line in text and CSV.
    Dangling {
        /// text for people; json or csv (every document) for programs and spreadsheets
        #[arg(long, value_enum, default_value_t = ListFmt::Text)]
        format: ListFmt,
        /// Only the first N documents (0: every one) [default: 40 in text, every one in JSON and CSV]
        #[arg(long, value_name = "N")]
        top: Option<usize>,
        /// Citing places shown for each document in text (0: every one; JSON and CSV have all)
        #[arg(long, default_value_t = 3)]
        places: usize,
        /// Only documents of these levels, comma-separated (`--level province,district`: what a
        /// province's folder lacks of its own and its districts' texts): central_party
        /// (trung-uong-dang), national_assembly (quoc-hoi), government (chinh-phu), province
        /// (tinh), district (huyen, quan, thi-xa, thanh-pho: a city of a province), commune (xa,
        /// phuong, thi-tran), unknown (chua-ro); with or without marks (quận, thị xã)
        #[arg(long, value_delimiter = ',', value_name = "LEVEL", value_parser = parse_level)]
        level: Vec<Level>,
        /// Only documents of these kinds, comma-separated, as Vietnamese writes them (`--kind
        /// "Luật,Nghị định"`); with or without marks, in any case (`nghi dinh`)
        #[arg(long, value_delimiter = ',', value_name = "KIND")]
        kind: Vec<String>,
        /// Leave out the documents whose articles a codification page of the corpus (Bộ pháp
        /// điển) reproduces, which text lists under `articles in the corpus`: their provisions
        /// can be read there meanwhile
        #[arg(long)]
        exclude_codified: bool,
        #[command(flatten)]
        input: Input,
    },
    /// Check a corpus or a single draft: malformed symbols, conflicting or impossible dates…
    /// Exit status 1 when any error-level finding exists (with --strict, any warning too)
    Check {
        /// Files or folders (default: data/)
        paths: Vec<PathBuf>,
        /// A corpus to check the files against: read with them, but only findings that touch
        /// the files are reported (`check du_thao.docx --against van_ban/`); or the graph.json
        /// `scan` wrote of it (a file, or the folder of its graph.json), and only the files are
        /// read (`check du_thao.docx --against output/`)
        #[arg(long, value_name = "PATH")]
        against: Vec<PathBuf>,
        /// Print JSON for programs
        #[arg(long)]
        json: bool,
        /// Exit status 1 on warnings too (a signer's last check: a reversed symbol, a basis
        /// already replaced, a date after the draft's are warnings)
        #[arg(long)]
        strict: bool,
        /// Tell the findings of a graph `scan` wrote (a file, or the folder of its graph.json)
        /// instead of reading files again
        #[arg(long, value_name = "FILE", conflicts_with_all = ["paths", "against"])]
        graph: Option<PathBuf>,
    },
    /// Hand the graph to other tools: CSV (a folder; Neo4j bulk-import headers), GraphML, Cypher
    ///
    /// CSV and Cypher hold the documents, the edges and every reference (mentions.csv; in
    /// Cypher a `MENTIONS` relationship from the citing document to the cited one, with its
    /// place, text and pinpoint). GraphML holds the documents and edges only, one per citing
    /// document, relation and cited document, as Gephi and yEd draw them: for the references
    /// use CSV or Cypher. Only CSV holds the input files (files.csv: status, reason, encoding,
    /// the document each holds) and the findings of `check` (findings.csv).
    ///
    /// The CSV keeps each reference's text as written, line breaks included: `neo4j-admin
    /// database import` needs `--multiline-fields=true` for it. The Cypher statements may be
    /// run again: documents, edges and references are merged, not added twice.
    Export {
        #[arg(long, value_enum)]
        format: ExportFmt,
        /// File (or folder, for CSV); default: standard output (CSV: output/csv)
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// CSV for a spreadsheet: each file opens with a byte order mark, so that Excel reads its
        /// Vietnamese right (neo4j-admin import wants none), and a cell Excel would read as a
        /// formula is written after a `'` to stay text: one opening with `=`, or with `-`, `+`,
        /// `@` before a letter, digit, bracket or quote (`- Luật …`, a list item's sentence)
        #[arg(long)]
        bom: bool,
        #[command(flatten)]
        input: Input,
    },
}

#[derive(clap::Args)]
struct Input {
    /// graph.json to read [default: output/graph.json, made by scanning data/ when there is none]
    #[arg(long, value_name = "FILE")]
    graph: Option<PathBuf>,
}

/// Where `scan` writes by default, and the other commands read.
const DEFAULT_GRAPH: &str = "output/graph.json";

#[derive(Clone, Copy, ValueEnum)]
enum Dir {
    Up,
    Down,
    Both,
}

#[derive(Clone, Copy, PartialEq, ValueEnum)]
enum Fmt {
    Dot,
    Svg,
    Png,
}

impl Fmt {
    fn extension(self) -> &'static str {
        match self {
            Fmt::Dot => "dot",
            Fmt::Svg => "svg",
            Fmt::Png => "png",
        }
    }

    /// The format a file's extension names, so that `-o graph.dot` writes DOT.
    fn of_path(path: &Path) -> Option<Fmt> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "dot" | "gv" => Some(Fmt::Dot),
            "svg" => Some(Fmt::Svg),
            "png" => Some(Fmt::Png),
            _ => None,
        }
    }
}

/// A level asked for on the command line ([`Level::named`]): by its name in graph.json or in
/// Vietnamese with or without marks (`tinh`, `huyen`, `quận`, `thị xã`). Refused with every
/// name it takes (UX audit: `--level quan` was refused, and the message listed the English
/// names alone).
fn parse_level(value: &str) -> Result<Level, String> {
    Level::named(value).ok_or_else(|| {
        let names: Vec<String> = Level::ALL
            .iter()
            .map(|l| match l.names().split_first() {
                Some((key, [])) => key.to_string(),
                Some((key, aliases)) => format!("{key} ({})", aliases.join(", ")),
                None => String::new(),
            })
            .collect();
        format!(
            "not a level; one of: {}; with or without marks (quận, thị xã). thanh-pho is a city of a province; \
             one under the centre (Hà Nội, Cần Thơ…) is tinh",
            names.join(", ")
        )
    })
}

#[derive(Clone, Copy, ValueEnum)]
enum ListFmt {
    Text,
    Json,
    Csv,
}

#[derive(Clone, Copy, ValueEnum)]
enum ExportFmt {
    /// A folder: documents.csv, edges.csv, mentions.csv (one row per reference), files.csv,
    /// findings.csv (one row per place of a finding)
    Csv,
    /// One file: documents and edges only, no references
    Graphml,
    /// One file of statements: documents, edges, and each reference as a `MENTIONS` relationship
    Cypher,
}

#[derive(Clone, Copy, ValueEnum)]
enum Engine {
    Auto,
    Graphviz,
    Builtin,
}

impl Engine {
    fn renderer(self) -> Renderer {
        match self {
            Engine::Auto => Renderer::from_env(),
            Engine::Graphviz => Renderer::Graphviz,
            Engine::Builtin => Renderer::Builtin,
        }
    }
}

/// The graph to read: the one `--graph` names, which must exist (a mistyped name must not
/// make a fresh scan write over the graph beside it); by default output/graph.json, made by a
/// scan of data/ when there is none, as `cargo run` would.
fn load(input: &Input) -> Result<citegraph::model::Graph, String> {
    if let Some(path) = &input.graph {
        // The folder scan wrote into (`--out DIR`) stands for its graph.json.
        let in_folder;
        let path = if path.is_dir() {
            in_folder = path.join("graph.json");
            &in_folder
        } else {
            path
        };
        if !path.exists() {
            return Err(format!(
                "{}: no such graph file (make one with `citegraph scan PATH… --out DIR`, which writes DIR/graph.json)",
                path.display()
            ));
        }
        return citegraph::render::load_graph(path).map_err(|e| e.to_string());
    }
    let path = Path::new(DEFAULT_GRAPH);
    if path.exists() {
        return citegraph::render::load_graph(path).map_err(|e| e.to_string());
    }
    if !Path::new("data").is_dir() {
        return Err(format!(
            "{DEFAULT_GRAPH} not found, nor a data/ folder to scan for it: give --graph FILE, or run `citegraph scan \
             PATH… --out DIR` first"
        ));
    }
    eprintln!("{DEFAULT_GRAPH} not found: scanning data/");
    let graph = citegraph::scan_paths(&[PathBuf::from("data")]);
    write_json(path.parent().expect("output/"), &graph)?;
    Ok(graph)
}

/// Text for a terminal: a control character a text holds (a text layer's form feed, an
/// escape) printed as a space, not sent to the terminal to act on (audit 2155).
fn for_terminal(text: &str) -> std::borrow::Cow<'_, str> {
    if text.chars().any(|c| c.is_control() && c != '\n') {
        text.chars().map(|c| if c.is_control() && c != '\n' { ' ' } else { c }).collect::<String>().into()
    } else {
        text.into()
    }
}

/// [`load`], its places as the working folder reaches them: for commands that print them.
fn load_here(input: &Input) -> Result<citegraph::model::Graph, String> {
    let graph = load(input)?;
    Ok(match std::env::current_dir() {
        Ok(here) => graph.with_paths_from(&here),
        Err(_) => graph,
    })
}

/// Makes the folder `dir` with its parents, saying so plainly where a file stands in its place.
fn create_folder(dir: &Path) -> Result<(), String> {
    if dir.exists() && !dir.is_dir() {
        return Err(format!("{}: is a file, not a folder: name a folder to write into", dir.display()));
    }
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: cannot create folder: {e}", dir.display()))
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<(), String> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        create_folder(dir)?;
    }
    std::fs::write(path, bytes).map_err(|e| format!("{}: cannot write: {e}", path.display()))
}

/// `--depth`: a count of links, so `-1` is told as that, not as an unknown option (render
/// audit 2174: clap read `-1` as a flag).
fn parse_depth(value: &str) -> Result<usize, String> {
    value.parse().map_err(|_| format!("{value}: --depth counts links from --focus, a whole number 0 or more"))
}

#[allow(clippy::too_many_arguments)]
fn run_render(
    graph: &citegraph::model::Graph,
    focus: Option<String>,
    depth: usize,
    direction: Dir,
    format: Option<Fmt>,
    output: Option<PathBuf>,
    max_nodes: Option<usize>,
    renderer: Renderer,
) -> Result<PathBuf, String> {
    let direction = match direction {
        Dir::Up => Direction::Up,
        Dir::Down => Direction::Down,
        Dir::Both => Direction::Both,
    };
    let named = output.as_deref().and_then(Fmt::of_path);
    // `-o plan.pdf` would get SVG under a name that says PDF.
    if let (None, None, Some(out)) = (format, named, &output)
        && let Some(ext) = out.extension()
    {
        return Err(format!(
            "{}: render writes .dot, .svg or .png, not .{}; name the file so, or give --format",
            out.display(),
            ext.to_string_lossy()
        ));
    }
    let format = format.or(named).unwrap_or(Fmt::Svg);
    let ext = format.extension();
    // DOT is text for other tools: every document unless told otherwise (UX re-audit 2150:
    // `render --format dot` wrote 80 of 391).
    let dot = matches!(format, Fmt::Dot);
    let max_nodes = max_nodes.unwrap_or(if dot { 0 } else { citegraph::render::DEFAULT_MAX_NODES });
    if focus.is_none() && depth != citegraph::render::Selection::default().depth {
        eprintln!("note: --depth counts links from --focus; without a focus it draws nothing different");
    }
    let sel = Selection { focus, depth, direction, max_nodes };
    // A name that says another picture format would mislead whoever opens it (render audit
    // 2174: PNG bytes in a .svg); one of no picture format (`graph.txt`) is the user's choice.
    if let Some(out) = &output
        && let Some(named) = named.filter(|named| named.extension() != ext)
    {
        return Err(format!(
            "{}: the name says {} but --format says {ext}; name the file .{ext}, or leave out --format",
            out.display(),
            named.extension()
        ));
    }
    if let Some(out) = &output
        && out.extension().is_some()
        && named.is_none()
    {
        eprintln!("note: {} is written as {ext}, as --format says, whatever its extension", out.display());
    }
    let out = output.unwrap_or_else(|| PathBuf::from(format!("output/citations.{ext}")));
    let drawn = citegraph::render::draw(graph, &sel, ext, renderer).map_err(|e| e.to_string())?;
    write_file(&out, &drawn.bytes)?;
    if let Some(note) = &drawn.note {
        eprintln!("note: {note}");
    }
    if let Some(r) = drawn.renderer {
        eprintln!("rendered with {}", r.describe());
    }
    Ok(out)
}

fn run_report(graph: &citegraph::model::Graph, output: &Path, opts: &citegraph::report::Options) -> Result<(), String> {
    let report = citegraph::report::render(graph, opts).map_err(|e| e.to_string())?;
    write_file(output, report.html.as_bytes())?;
    eprintln!("diagram in the report drawn with {}", report.renderer.describe());
    if let Some(note) = citegraph::report::size_note(report.html.len(), opts.texts) {
        eprintln!("note: {note}");
    }
    // graph.json names files as scan was given them, from the folder it ran in: texts moved
    // or deleted since are not found.
    if let Some((path, why)) = report.unread.first() {
        eprintln!(
            "note: {} corpus texts could not be read and are left out of the report (first: {path}: {why}); were they \
             moved since the scan? Scan them again where they are now",
            report.unread.len()
        );
    }
    Ok(())
}

fn run_export(
    graph: &citegraph::model::Graph,
    format: ExportFmt,
    output: Option<PathBuf>,
    bom: bool,
) -> Result<(), String> {
    use citegraph::export;
    if bom && !matches!(format, ExportFmt::Csv) {
        return Err("--bom is for CSV: GraphML and Cypher are read by programs".to_string());
    }
    let result = match format {
        ExportFmt::Csv => {
            let dir = output.unwrap_or_else(|| PathBuf::from("output/csv"));
            create_folder(&dir)?;
            let files = export::write_csv_dir_with(graph, &dir, bom).map_err(|e| e.to_string())?;
            for f in files {
                println!("wrote {}", f.display());
            }
            return Ok(());
        }
        ExportFmt::Graphml => export::graphml(graph),
        ExportFmt::Cypher => export::cypher(graph),
    };
    match output {
        Some(path) => {
            write_file(&path, result.as_bytes())?;
            println!("wrote {}", path.display());
        }
        None => {
            use std::io::Write;
            std::io::stdout().write_all(result.as_bytes()).map_err(|e| format!("standard output: {e}"))?;
        }
    }
    Ok(())
}

/// The default run: scan, then the diagram (DOT and SVG) and the report beside graph.json.
fn run_default() -> Result<bool, String> {
    let out = Path::new("output");
    let ok = run_scan(Vec::new(), out, false)?;
    let graph = citegraph::render::load_graph(&out.join("graph.json")).map_err(|e| e.to_string())?;
    let renderer = Renderer::from_env();
    let sel = Selection::default();
    for (ext, name) in [("dot", "citations.dot"), ("svg", "citations.svg")] {
        let drawn = citegraph::render::draw(&graph, &sel, ext, renderer).map_err(|e| e.to_string())?;
        write_file(&out.join(name), &drawn.bytes)?;
        if let Some(note) = &drawn.note {
            eprintln!("note: {note}");
        }
        if let Some(r) = drawn.renderer {
            println!("diagram drawn with {}", r.describe());
        }
        println!("wrote {}", out.join(name).display());
    }
    run_report(&graph, &out.join("report.html"), &citegraph::report::Options { renderer, ..Default::default() })?;
    println!("wrote {}", out.join("report.html").display());
    let abs = std::fs::canonicalize(out.join("report.html")).unwrap_or_else(|_| out.join("report.html"));
    println!("open file://{} in a browser", abs.display());
    Ok(ok)
}

fn write_json(out_dir: &Path, graph: &citegraph::model::Graph) -> Result<PathBuf, String> {
    write_json_with(out_dir, |file| citegraph::model::write_json(graph, file))
}

/// Writes `out_dir/graph.json` with `write`, which gets the file and gives it back when done.
fn write_json_with(
    out_dir: &Path,
    write: impl FnOnce(citegraph::output::DirectFile) -> std::io::Result<citegraph::output::DirectFile>,
) -> Result<PathBuf, String> {
    create_folder(out_dir)?;
    let path = out_dir.join("graph.json");
    let tmp = out_dir.join(".graph.json.tmp");
    let cannot = |e: std::io::Error| format!("{}: cannot write: {e}", tmp.display());
    let file = citegraph::output::DirectFile::create(&tmp).map_err(cannot)?;
    write(file).map_err(cannot)?.finish().map_err(cannot)?;
    // Renaming over an existing file makes ext4 (auto_da_alloc) start writing the new one to
    // disk at once, which cost half a second on a 130 MB graph; removing the old one first
    // leaves the data in the page cache. A reader may miss the file for that moment.
    let _ = std::fs::remove_file(&path);
    std::fs::rename(&tmp, &path).map_err(|e| format!("{}: cannot write: {e}", path.display()))?;
    Ok(path)
}

/// Writes `out_dir/graph.json` while the edges and findings of `resolved` are worked out
/// ([`citegraph::relate_and_write`]), and gives the whole graph.
fn relate_and_write(
    out_dir: &Path,
    resolved: citegraph::resolve::Resolved,
) -> Result<(citegraph::model::Graph, PathBuf), String> {
    let mut graph = None;
    let path = write_json_with(out_dir, |file| {
        let (g, file) = citegraph::relate_and_write(resolved, file)?;
        graph = Some(g);
        Ok(file)
    })?;
    Ok((graph.expect("the graph is built before it is written"), path))
}

fn run_scan(paths: Vec<PathBuf>, out: &Path, quiet: bool) -> Result<bool, String> {
    let paths = if paths.is_empty() { vec![PathBuf::from("data")] } else { paths };
    // A bar on stderr for runs long enough to wait for; never in pipes or with --quiet.
    let bar = indicatif::ProgressBar::hidden();
    let show = !quiet && std::io::IsTerminal::is_terminal(&std::io::stderr());
    let resolved = citegraph::resolve_paths_with(
        &paths,
        |inputs| {
            // Only a bar needs the total, and it costs a stat of every file.
            let total = if show { citegraph::corpus::total_bytes(inputs) } else { 0 };
            if total > 64 << 20 {
                bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
                bar.set_length(total);
                bar.set_style(
                    indicatif::ProgressStyle::with_template(
                        "{bar:40} {binary_bytes}/{binary_total_bytes} {binary_bytes_per_sec} ETA {eta}",
                    )
                    .expect("progress template"),
                );
            }
        },
        |bytes| bar.inc(bytes),
    );
    bar.finish_and_clear();
    // Nothing read (a mistyped folder, an empty one, only unreadable files): a graph.json
    // already there is kept, not replaced by an empty one.
    if !resolved.files.iter().any(|f| f.status == citegraph::model::FileStatus::Ok) {
        tell_unread(&resolved.files, false);
        let given: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        let what = match resolved.files.len() {
            0 => format!("no file found in {}", given.join(", ")),
            1 => format!("{} could not be read", resolved.files[0].path),
            n => format!("none of the {n} files in {} could be read", given.join(", ")),
        };
        let kept = out.join("graph.json");
        if kept.exists() {
            eprintln!("citegraph: {what}: nothing written, {} left as it was", kept.display());
        } else {
            eprintln!("citegraph: {what}: nothing written");
        }
        return Ok(false);
    }
    let mut watch = citegraph::timing::Stopwatch::start();
    let (graph, path) = relate_and_write(out, resolved)?;
    watch.lap("edges+findings, write");
    let s = &graph.summary;
    tell_unread(&graph.files, quiet);
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
    let ok = s.files_error == 0;
    // The process ends here: freeing millions of small strings one by one would only delay
    // it (a twentieth of the run on a large corpus); the kernel takes the memory back whole.
    std::mem::forget(graph);
    Ok(ok)
}

/// Each file not read, with its status and why, on stderr; with `errors_only` (`--quiet`), the
/// files that failed: those deliberately skipped are in graph.json's `files`.
fn tell_unread<'f>(files: impl IntoIterator<Item = &'f citegraph::model::FileEntry>, errors_only: bool) {
    use citegraph::model::FileStatus;
    let told = |s: FileStatus| s == FileStatus::Error || (s == FileStatus::Skipped && !errors_only);
    for f in files.into_iter().filter(|f| told(f.status)) {
        eprintln!("{}: {}: {}", printable(&f.path), f.status.key(), printable(f.reason.as_deref().unwrap_or("")));
    }
}

/// A path or reason as one line of a terminal: a control character (a newline in a file
/// name, audit 2202: `new⏎line.txt` split its stderr line in two) escaped as Rust writes it.
fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(char::is_control) {
        return text.into();
    }
    text.chars().map(|c| if c.is_control() { c.escape_default().to_string() } else { c.to_string() }).collect()
}

fn to_json<T: serde::Serialize>(value: &T) -> Result<String, String> {
    serde_json::to_string_pretty(value).map_err(|e| format!("cannot write JSON: {e}"))
}

fn run_trace(graph: &citegraph::model::Graph, reference: &str, json: bool) -> Result<bool, String> {
    let doc = citegraph::render::match_ref(graph, reference).map_err(|e| e.to_string())?;
    note_editions(graph, doc);
    note_kind(reference, doc);
    let chains = citegraph::query::trace(graph, &doc.id);
    if json {
        // Each chain's end, as the text says it: where it ends, whether at the central level (a
        // ministry's decision is), and whether at the top a trace climbs to (`top`; audit 2197:
        // `central` said whether at the top, false for a ministry's decision).
        let tops: Vec<serde_json::Value> = chains
            .iter()
            .filter_map(|c| c.last())
            .map(|s| {
                let doc = graph.documents.iter().find(|d| &*d.id == s.to);
                serde_json::json!({
                    "id": s.to,
                    "label": citegraph::query::label(graph, s.to),
                    "central": doc.is_some_and(citegraph::query::is_central),
                    "top": doc.is_some_and(citegraph::query::is_top),
                })
            })
            .collect();
        println!("{}", to_json(&serde_json::json!({ "document": doc, "chains": chains, "tops": tops }))?);
    } else {
        print!("{}", for_terminal(&citegraph::query::trace_text(graph, &doc.id, &chains)));
    }
    Ok(true)
}

/// A type word typed that is not the document's: the number and codes found it, and the
/// person may have had another document in mind.
fn note_kind(reference: &str, doc: &citegraph::model::Document) {
    if let Some(typed) = citegraph::render::kind_typed_otherwise(reference, doc) {
        eprintln!("note: {} is a {}, not a {} as typed", doc.id, doc.kind, typed);
    }
    if let Some(asked) = citegraph::render::symbol_written_otherwise(reference, doc) {
        eprintln!(
            "note: no document has the codes {asked}: a text writes {:?} so, read as {} (`check` tells why)",
            reference.trim(),
            doc.id
        );
    }
}

/// `Luật Đất đai` is the node of the law cited without its year: the laws of its name with
/// one are said, as what the person may have meant.
fn note_editions(graph: &citegraph::model::Graph, doc: &citegraph::model::Document) {
    let editions = citegraph::render::editions_of(graph, doc);
    if let Some(last) = editions.last() {
        let listed: Vec<String> = editions.iter().map(|d| citegraph::render::candidate(d)).collect();
        eprintln!(
            "note: `{}` holds the references that name it without a year; the graph also has {}; add the year \
             to ask for one (`{} {}`)",
            doc.id,
            listed.join(", "),
            doc.id,
            last.year.unwrap_or_default()
        );
    }
}

fn run_show(graph: &citegraph::model::Graph, reference: &str, json: bool) -> Result<bool, String> {
    let doc = citegraph::render::match_ref(graph, reference).map_err(|e| e.to_string())?;
    note_editions(graph, doc);
    note_kind(reference, doc);
    let shown = citegraph::query::show(graph, doc);
    if json {
        println!("{}", to_json(&shown)?);
    } else {
        print!("{}", for_terminal(&citegraph::query::show_text(graph, &shown)));
    }
    Ok(true)
}

/// How many documents `dangling` lists in text unless `--top` says: a real corpus cites
/// some two thousand documents it lacks, and a page of the first is what a person reads.
const DANGLING_TOP_TEXT: usize = 40;

fn run_dangling(
    graph: &citegraph::model::Graph,
    format: ListFmt,
    top: Option<usize>,
    places: usize,
    mut only: citegraph::query::DanglingFilter,
) -> Result<bool, String> {
    let mut list = citegraph::query::dangling(graph);
    if let Some(warning) = only.spell_kinds(&list) {
        eprintln!("citegraph: {warning}");
    }
    let all = list.len();
    list.retain(|d| only.keeps(d));
    let heading = only.heading(list.len(), all).filter(|_| matches!(format, ListFmt::Text));
    if let Some(heading) = &heading {
        // The count below is of the documents kept: said so, and of how many in all.
        println!("{heading}");
    }
    let top = top.unwrap_or(if matches!(format, ListFmt::Text) { DANGLING_TOP_TEXT } else { 0 });
    let listed = if top == 0 { &list[..] } else { &list[..top.min(list.len())] };
    match format {
        ListFmt::Text => {
            print!("{}", for_terminal(&citegraph::query::dangling_text(&list, top, places, heading.is_some())))
        }
        ListFmt::Json => println!("{}", to_json(&listed)?),
        ListFmt::Csv => print!("{}", citegraph::query::dangling_csv(listed)),
    }
    Ok(true)
}

/// `check` has its own exit status: 1 when an error-level finding exists, as linters do.
fn run_check(paths: Vec<PathBuf>, against: Vec<PathBuf>, graph: Option<PathBuf>, json: bool, strict: bool) -> ExitCode {
    let paths = if paths.is_empty() { vec![PathBuf::from("data")] } else { paths };
    let graph = if let Some(file) = graph {
        match load_here(&Input { graph: Some(file) }) {
            Ok(graph) => graph,
            Err(e) => {
                eprintln!("citegraph: {e}");
                return ExitCode::from(2);
            }
        }
    } else if against.is_empty() {
        citegraph::scan_paths(&paths)
    } else {
        use citegraph::check::{AgainstError, Corpus};
        match Corpus::of_paths(against).and_then(|corpus| citegraph::check::against(&paths, corpus)) {
            Ok(graph) => graph,
            Err(e) => {
                if let AgainstError::Unread { files } = &e {
                    tell_unread(files, false);
                }
                eprintln!("citegraph: {e}");
                return ExitCode::from(2);
            }
        }
    };
    tell_unread(&graph.files, false);
    if json {
        match to_json(&graph.findings) {
            Ok(s) => println!("{s}"),
            Err(e) => {
                eprintln!("citegraph: {e}");
                return ExitCode::from(2);
            }
        }
    } else {
        print!("{}", for_terminal(&citegraph::query::findings_text(&graph)));
        let count = |s| graph.findings.iter().filter(|f| f.severity == s).count();
        use citegraph::model::Severity;
        let read = graph.files.iter().filter(|f| f.status == citegraph::model::FileStatus::Ok).count();
        let unread = if read == graph.files.len() { String::new() } else { format!(" ({read} read)") };
        let n = |count: usize, one: &str| format!("{count} {one}{}", if count == 1 { "" } else { "s" });
        eprintln!(
            "{}, {}, {} info in {}{unread}",
            n(count(Severity::Error), "error"),
            n(count(Severity::Warning), "warning"),
            count(Severity::Info),
            n(graph.files.len(), "file")
        );
    }
    let failed = graph.files.iter().any(|f| f.status == citegraph::model::FileStatus::Error);
    // A draft that could not be read is not a clean draft.
    let none_read = !graph.files.iter().any(|f| f.status == citegraph::model::FileStatus::Ok);
    use citegraph::model::Severity;
    let fails = |s: Severity| s == Severity::Error || strict && s == Severity::Warning;
    if graph.findings.iter().any(|f| fails(f.severity)) {
        ExitCode::from(1)
    } else if none_read {
        // As `scan` words it: an empty folder is not a folder of unreadable files.
        if graph.files.is_empty() {
            eprintln!("citegraph: nothing checked: no file found");
        } else {
            eprintln!("citegraph: nothing checked: no file could be read");
        }
        ExitCode::from(2)
    } else if failed {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    }
}

fn main() -> ExitCode {
    no_huge_pages();
    quiet_on_closed_pipe();
    let cli = Cli::parse();
    let result = match cli.command {
        Some(Command::Check { paths, against, json, strict, graph }) => {
            return run_check(paths, against, graph, json, strict);
        }
        Some(Command::Trace { reference, json, input }) => {
            load_here(&input).and_then(|g| run_trace(&g, &reference, json))
        }
        Some(Command::Show { reference, json, input }) => {
            load_here(&input).and_then(|g| run_show(&g, &reference, json))
        }
        Some(Command::Dangling { format, top, places, level, kind, exclude_codified, input }) => {
            let only = citegraph::query::DanglingFilter { levels: level, kinds: kind, exclude_codified };
            load_here(&input).and_then(|g| run_dangling(&g, format, top, places, only))
        }
        None => run_default(),
        Some(Command::Scan { paths, out, quiet }) => run_scan(paths, &out, quiet),
        Some(Command::Render { focus, depth, direction, format, output, max_nodes, renderer, input }) => load(&input)
            .and_then(|g| run_render(&g, focus, depth, direction, format, output, max_nodes, renderer.renderer()))
            .map(|p| {
                println!("wrote {}", p.display());
                true
            }),
        Some(Command::Report { output, renderer, focus, depth, no_texts, input }) => {
            if focus.is_none() && depth != citegraph::report::Options::default().depth {
                eprintln!(
                    "note: --depth counts links from --focus; without a focus the diagram is the most cited documents"
                );
            }
            let opts = citegraph::report::Options {
                renderer: renderer.renderer(),
                focus,
                depth,
                texts: !no_texts,
                ..Default::default()
            };
            load(&input).and_then(|g| run_report(&g, &output, &opts)).map(|()| {
                println!("wrote {}", output.display());
                true
            })
        }
        Some(Command::Export { format, output, bom, input }) => {
            load(&input).and_then(|g| run_export(&g, format, output, bom)).map(|()| true)
        }
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

/// Ends the process quietly when what reads its output goes away (`citegraph dangling |
/// head`), as a Unix command does: Rust ignores SIGPIPE, so every `println!` after that
/// would panic on the broken pipe.
fn quiet_on_closed_pipe() {
    #[cfg(unix)]
    // SAFETY: restores the default action of one signal, before any thread is started.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

/// Keeps the heap in 4 KiB pages. mimalloc marks its arenas for transparent huge pages, and on
/// a virtual machine whose host hands out memory lazily (this project's) a fresh 2 MiB page
/// costs several times what 512 small ones do (`examples/fresh_memory`: 300 MB first touched
/// in 0.9-1.7 s in huge pages, 0.12-0.15 s in small ones). This is the process-wide switch
/// the kernel offers for it.
fn no_huge_pages() {
    #[cfg(target_os = "linux")]
    // SAFETY: a prctl with plain integer arguments; failure (an old kernel) changes nothing.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}
