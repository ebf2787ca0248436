//! Turning a view into a picture: Graphviz's `dot` when it is installed, else a pure-Rust
//! layout (`layout-rs`) so that a fresh machine still gets a diagram.

use super::dot::{DotOptions, ROW, to_dot};
use super::hover::{Hover, NodeMark};
use super::{RenderError, View, anchor, kind_color, node_id, node_label, node_tooltip, relation_label};
use crate::tables::Level;
use graphviz_rust::cmd::{CommandArg, Format};
use layout::core::base::Orientation;
use layout::core::color::Color;
use layout::core::style::{LineStyleKind, StyleAttr};
use layout::std_shapes::render::get_shape_size;
use layout::std_shapes::shapes::{Arrow, Element, LineEndKind, ShapeKind};
use layout::topo::layout::VisualGraph;
use std::collections::{BTreeSet, HashMap};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Renderer {
    /// Use `dot` when it runs, else the built-in layout.
    Auto,
    Graphviz,
    Builtin,
}

impl Renderer {
    pub fn describe(self) -> &'static str {
        match self {
            Renderer::Graphviz => "Graphviz dot",
            Renderer::Builtin => "built-in layout (layout-rs; install Graphviz for a legend and a tidier layout)",
            Renderer::Auto => "automatic",
        }
    }

    /// `CITEGRAPH_RENDERER=builtin|graphviz` overrides the automatic choice.
    pub fn from_env() -> Renderer {
        match std::env::var("CITEGRAPH_RENDERER").as_deref() {
            Ok("builtin") => Renderer::Builtin,
            Ok("graphviz") => Renderer::Graphviz,
            _ => Renderer::Auto,
        }
    }
}

/// Whether Graphviz's `dot` can be run.
pub fn graphviz_available() -> bool {
    std::process::Command::new("dot")
        .arg("-V")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// Runs `dot` on DOT text for the given output format (`svg`, `png`).
pub fn run_dot(dot: &str, format: Format) -> Result<Vec<u8>, RenderError> {
    graphviz_rust::exec_dot(dot.to_string(), vec![CommandArg::Format(format)]).map_err(|e| {
        RenderError::Graphviz(if e.kind() == std::io::ErrorKind::NotFound {
            "no `dot` program on PATH: install Graphviz (apt-get install graphviz), or draw with --renderer builtin"
                .to_string()
        } else {
            e.to_string()
        })
    })
}

/// The SVG of a view and which renderer drew it.
pub fn render_svg(view: &View, opts: &DotOptions, want: Renderer) -> Result<(String, Renderer), RenderError> {
    let use_dot = match want {
        Renderer::Graphviz => true,
        Renderer::Builtin => false,
        Renderer::Auto => graphviz_available(),
    };
    if !use_dot && (view.docs.len() > super::MAX_BUILTIN || view.edges.len() > super::MAX_BUILTIN_LINKS) {
        return Err(RenderError::TooLargeForBuiltin(view.docs.len(), view.edges.len()));
    }
    if use_dot {
        let bytes = run_dot(&to_dot(view, opts), Format::Svg)?;
        let svg = String::from_utf8(bytes).map_err(|e| RenderError::Graphviz(format!("output is not UTF-8: {e}")))?;
        Ok((svg, Renderer::Graphviz))
    } else {
        Ok((builtin_svg(view, opts), Renderer::Builtin))
    }
}

/// Draws with `layout-rs`. It has no clusters or rank constraints, so levels are kept in
/// order with invisible edges through a labelled heading per level; edges run from the cited
/// document (placed above) to the citing one, with the arrowhead drawn at the cited end so
/// arrows still point at what is cited. Nodes and edges carry what Graphviz gives them: a
/// tooltip, the node's id and, with `opts.links`, its link (see [`super::hover`]).
pub fn builtin_svg(view: &View, opts: &DotOptions) -> String {
    let dir = Orientation::TopToBottom;
    let mut vg = VisualGraph::new(dir);
    let mut handles = HashMap::new();
    let mut marks = Vec::new();
    let mut edge_titles = Vec::new();
    let citing: BTreeSet<&str> = view.edges.iter().map(|(e, _)| &*e.from).collect();
    let mut prev_level: Vec<_> = Vec::new();
    for level in Level::ALL {
        let docs: Vec<_> = view.docs.iter().filter(|d| d.level == level).collect();
        if docs.is_empty() {
            continue;
        }
        let title = ShapeKind::new_box(level.label());
        let look = StyleAttr::new(Color::fast("white"), 1, Some(Color::fast("#eeeeee")), 0, 13);
        let size = get_shape_size(dir.flip(), &title, 13, false);
        let heading = vg.add_node(Element::create(title, look, dir.flip(), size));
        for h in &prev_level {
            vg.add_edge(Arrow::invisible(), *h, heading);
        }
        let mut this_level = Vec::new();
        for d in &docs {
            let shape = ShapeKind::new_box(&node_label(d));
            let line = if d.in_corpus { "#333333" } else { "#999999" };
            let width = if view.focus.is_some_and(|f| f.id == d.id) { 3 } else { 1 };
            let look = StyleAttr::new(Color::fast(line), width, Some(Color::fast(kind_color(&d.kind))), 6, 11);
            let size = get_shape_size(dir.flip(), &shape, 11, false);
            let tag = Hover::node_tag(marks.len());
            marks.push(NodeMark {
                id: node_id(d),
                title: node_tooltip(d),
                href: opts.links.then(|| format!("#{}", anchor(&d.id))),
            });
            let h = vg.add_node(Element::create_with_properties(shape, look, dir.flip(), size, tag));
            vg.add_edge(Arrow::invisible(), heading, h);
            handles.insert(&*d.id, h);
            this_level.push(h);
        }
        let loose: Vec<_> = docs.iter().filter(|d| !citing.contains(&*d.id)).map(|d| handles[&*d.id]).collect();
        for pair in loose.windows(ROW + 1) {
            vg.add_edge(Arrow::invisible(), pair[0], pair[ROW]);
        }
        prev_level = this_level;
    }
    for (e, count) in &view.edges {
        let (Some(&from), Some(&to)) = (handles.get(&*e.from), handles.get(&*e.to)) else {
            continue;
        };
        let mut label = relation_label(&e.relation).to_string();
        if *count > 1 {
            label = format!("{label} ×{count}");
        }
        let style = if e.inferred { LineStyleKind::Dotted } else { LineStyleKind::Normal };
        let look = StyleAttr::new(Color::fast("#444444"), 1, None, 0, 9);
        // One going down the levels runs from the citing document, above, so that the levels
        // keep their order; its arrowhead is still at the cited end.
        let (start, end, from, to) = if view.goes_down(e) {
            (LineEndKind::None, LineEndKind::Arrow, from, to)
        } else {
            (LineEndKind::Arrow, LineEndKind::None, to, from)
        };
        let mut arrow = Arrow::new(start, end, style, &label, &look, &None, &None);
        arrow.properties = Some(Hover::edge_tag(edge_titles.len()));
        edge_titles.push(view.proof(e).sentence.to_string());
        vg.add_edge(arrow, from, to);
    }
    let mut svg = Hover::new(marks, edge_titles);
    vg.do_it(false, false, false, &mut svg);
    svg.finalize()
}
