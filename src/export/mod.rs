//! Exports: the whole database as JSON (lossless, re-importable), tables as CSV, and the
//! review summary to TSAG as Word, Markdown, JSON and a workbook.

pub mod csv;
pub mod json;
pub mod summary;
pub mod tables;
