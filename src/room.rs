//! Many viewers on one workshop over SSH: the byte-to-key parser of a remote
//! terminal.

pub mod input;
