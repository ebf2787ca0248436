//! citegraph: find the references Vietnamese legal and administrative documents make to one
//! another, and build the citation graph between them.
//!
//! The stages, one module each: [`corpus`] reads files and [`decode`] turns them into text
//! (with [`html`], [`docx`], [`pdf`] and [`legacy`] for TCVN3/VNI), [`normalize`] prepares text for
//! matching, [`header`] reads a document's own identity, [`recognize`] finds references,
//! [`cues`] reads what they mean, [`resolve`] turns them into documents; [`model`] is the
//! JSON contract. [`tables`] holds the vocabulary as data.

pub mod corpus;
pub mod cues;
pub mod decode;
pub mod docx;
pub mod header;
pub mod html;
pub mod legacy;
pub mod model;
pub mod normalize;
pub mod pdf;
pub mod recognize;
pub mod resolve;
pub mod scan;
pub mod tables;

use rayon::prelude::*;
use std::path::PathBuf;

/// Scans files and folders and returns the whole graph document.
pub fn scan_paths(paths: &[PathBuf]) -> model::Graph {
    let inputs = corpus::collect_inputs(paths);
    let scans: Vec<scan::FileScan> = inputs.par_iter().map(scan::scan_input).collect();
    resolve::build(scans)
}
