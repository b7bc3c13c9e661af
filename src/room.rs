//! Many viewers on one workshop over SSH: the byte-to-key parser of a remote
//! terminal, the host key and the room code, the door's limits, the SSH
//! server.

pub mod guard;
pub mod input;
pub mod keys;
pub mod serve;
pub mod ssh;
pub mod viewers;
