//! Writes pictures of data/ with edges read off the mentions, for a person to look at:
//! `cargo test --release --test preview -- --ignored`; files go to target/preview/.
mod common;

#[test]
#[ignore]
fn preview_data() {
    let mut g = citegraph::scan_paths(&[std::path::PathBuf::from("data")]);
    common::derive_edges(&mut g);
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/preview");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("graph.json"), serde_json::to_string_pretty(&g).unwrap()).unwrap();
    let sel = citegraph::render::Selection::default();
    for (ext, r) in
        [("dot", citegraph::render::svg::Renderer::Auto), ("svg", citegraph::render::svg::Renderer::Graphviz)]
    {
        let d = citegraph::render::draw(&g, &sel, ext, r).unwrap();
        std::fs::write(dir.join(format!("citations.{ext}")), d.bytes).unwrap();
    }
    let d = citegraph::render::draw(&g, &sel, "svg", citegraph::render::svg::Renderer::Builtin).unwrap();
    std::fs::write(dir.join("builtin.svg"), d.bytes).unwrap();
    let r = citegraph::report::render(&g, &citegraph::report::Options::default()).unwrap();
    std::fs::write(dir.join("report.html"), r.html).unwrap();
}
