//! What Graphviz's SVG has and layout-rs's `SVGWriter` cannot write, added to the built-in
//! drawing: per document node a `<title>` (its tooltip), its `id` and, in the report, a link
//! to its entry; per edge a `<title>` with the sentence that makes it.
//!
//! layout-rs hands an element's `properties` back with every draw call of that element, so
//! a node or an edge is tagged there with its index and recognised here. `SVGWriter` writes
//! properties raw into a `<g …>` around one shape, and can neither give that shape a child
//! nor wrap it with its label in an `<a>`; so the tags are not passed on, and the titles and
//! links go on a transparent layer of the same shapes over the picture, written before its
//! closing `</svg>`. The pointer meets that layer first: hovering or clicking anywhere on a
//! node, its label too, reaches its title and link.

use super::dot::{html_escape, html_escape_text};
use layout::backends::svg::SVGWriter;
use layout::core::format::{ClipHandle, RenderBackend};
use layout::core::geometry::Point;
use layout::core::style::StyleAttr;
use std::fmt::Write;

const NODE_TAG: &str = "citegraph-node:";
const EDGE_TAG: &str = "citegraph-edge:";
/// An edge is one pixel wide; its title answers this far around it.
const EDGE_HIT_WIDTH: usize = 8;

/// What a document's node carries.
pub struct NodeMark {
    pub id: String,
    pub title: String,
    /// `#anchor` in the report; none in a picture standing alone.
    pub href: Option<String>,
}

/// A render backend that draws through `SVGWriter` and keeps the layer of titles and links.
pub struct Hover {
    inner: SVGWriter,
    nodes: Vec<NodeMark>,
    edge_titles: Vec<String>,
    node_layer: String,
    edge_layer: String,
}

impl Hover {
    pub fn new(nodes: Vec<NodeMark>, edge_titles: Vec<String>) -> Hover {
        Hover { inner: SVGWriter::new(), nodes, edge_titles, node_layer: String::new(), edge_layer: String::new() }
    }

    /// The `properties` of the node at this index of the marks.
    pub fn node_tag(i: usize) -> String {
        format!("{NODE_TAG}{i}")
    }

    /// The `properties` of the edge at this index of the titles.
    pub fn edge_tag(i: usize) -> String {
        format!("{EDGE_TAG}{i}")
    }

    /// The SVG: edges' titles over the picture, nodes' over those, so that where an edge
    /// meets a node the node is what a click reaches.
    pub fn finalize(&self) -> String {
        let mut svg = self.inner.finalize();
        // `SVGWriter` ends with its root's closing tag; the layer goes inside the root.
        let end = svg.rfind("</svg>").unwrap_or(svg.len());
        svg.insert_str(end, &format!("{}{}", self.edge_layer, self.node_layer));
        svg
    }

    fn node_mark(&mut self, xy: Point, size: Point, rounded: usize, properties: &Option<String>) {
        let Some(mark) = tagged(properties, NODE_TAG).and_then(|i| self.nodes.get(i)) else {
            return;
        };
        let h = &mut self.node_layer;
        let _ = write!(
            h,
            "<g id=\"{}\" class=\"node\"><title>{}</title>",
            html_escape(&mark.id),
            html_escape_text(&mark.title)
        );
        if let Some(href) = &mark.href {
            let _ = write!(h, "<a href=\"{}\">", html_escape(href));
        }
        let _ = write!(
            h,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"{rounded}\" fill=\"transparent\" \
             pointer-events=\"all\"/>",
            xy.x, xy.y, size.x, size.y
        );
        if mark.href.is_some() {
            h.push_str("</a>");
        }
        h.push_str("</g>\n");
    }

    fn edge_mark(&mut self, path: &[(Point, Point)], properties: &Option<String>) {
        let Some(title) = tagged(properties, EDGE_TAG).and_then(|i| self.edge_titles.get(i)) else {
            return;
        };
        let Some(d) = curve(path) else {
            return;
        };
        let _ = writeln!(
            self.edge_layer,
            "<g class=\"edge\"><title>{}</title><path d=\"{d}\" fill=\"none\" stroke=\"transparent\" \
             stroke-width=\"{EDGE_HIT_WIDTH}\" pointer-events=\"stroke\"/></g>",
            html_escape_text(title)
        );
    }
}

/// Properties to hand `SVGWriter`, which writes them raw into the SVG: none of ours.
fn untagged(properties: Option<String>) -> Option<String> {
    properties.filter(|p| !p.starts_with(NODE_TAG) && !p.starts_with(EDGE_TAG))
}

/// The index a tag of this kind carries.
fn tagged(properties: &Option<String>, kind: &str) -> Option<usize> {
    properties.as_deref()?.strip_prefix(kind)?.parse().ok()
}

/// The path `SVGWriter` draws for an edge: its first point and control, then a smooth curve
/// through each further point; none for fewer than two points, which it cannot draw either.
fn curve(path: &[(Point, Point)]) -> Option<String> {
    let [(p0, c0), (p1, c1), rest @ ..] = path else {
        return None;
    };
    let mut d = format!("M {} {} C {} {}, {} {}, {} {}", p0.x, p0.y, c0.x, c0.y, p1.x, p1.y, c1.x, c1.y);
    for (p, c) in rest {
        let _ = write!(d, " S {} {}, {} {}", p.x, p.y, c.x, c.y);
    }
    Some(d)
}

impl RenderBackend for Hover {
    fn draw_rect(
        &mut self,
        xy: Point,
        size: Point,
        look: &StyleAttr,
        properties: Option<String>,
        clip: Option<ClipHandle>,
    ) {
        self.node_mark(xy, size, look.rounded, &properties);
        self.inner.draw_rect(xy, size, look, untagged(properties), clip);
    }

    fn draw_line(&mut self, start: Point, stop: Point, look: &StyleAttr, properties: Option<String>) {
        self.inner.draw_line(start, stop, look, untagged(properties));
    }

    fn draw_circle(&mut self, xy: Point, size: Point, look: &StyleAttr, properties: Option<String>) {
        self.inner.draw_circle(xy, size, look, untagged(properties));
    }

    fn draw_text(&mut self, xy: Point, text: &str, look: &StyleAttr) {
        self.inner.draw_text(xy, text, look);
    }

    fn draw_arrow(
        &mut self,
        path: &[(Point, Point)],
        dashed: bool,
        head: (bool, bool),
        look: &StyleAttr,
        properties: Option<String>,
        text: &str,
    ) {
        self.edge_mark(path, &properties);
        self.inner.draw_arrow(path, dashed, head, look, untagged(properties), text);
    }

    fn create_clip(&mut self, xy: Point, size: Point, rounded_px: usize) -> ClipHandle {
        self.inner.create_clip(xy, size, rounded_px)
    }
}
