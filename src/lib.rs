//! premisli: a terminal workbench for school-improvement workshops.
#![forbid(unsafe_code)]

pub mod domain;
pub mod store;
pub mod i18n;
pub mod app;
pub mod ui;
pub mod cli;
pub mod runtime;
pub mod terminal;
