//! citegraph: find the references Vietnamese legal and administrative documents make to one
//! another, and build the citation graph between them.
//!
//! The stages, one module each: [`corpus`] reads files, [`normalize`] prepares text for
//! matching, [`header`] reads a document's own identity, [`recognize`] finds references,
//! [`cues`] reads what they mean, [`resolve`] turns them into documents; [`model`] is the
//! JSON contract. [`tables`] holds the vocabulary as data.

pub mod corpus;
pub mod cues;
pub mod export;
pub mod header;
pub mod model;
pub mod normalize;
pub mod recognize;
pub mod render;
pub mod report;
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
