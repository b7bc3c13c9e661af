//! premisli: a terminal workbench for school-improvement workshops.
#![forbid(unsafe_code)]

pub mod domain;
pub mod store;
