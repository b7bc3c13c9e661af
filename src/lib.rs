//! premisli: a terminal workbench for school-improvement workshops.
#![forbid(unsafe_code)]

pub mod app;
pub mod cli;
pub mod domain;
pub mod i18n;
pub mod render;
pub mod report;
pub mod room;
pub mod runtime;
pub mod store;
pub mod terminal;
pub mod text;
pub mod ui;
