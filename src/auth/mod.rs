//! Who is asking, and what they may see and do. Sign-in comes with its own issue; until then
//! every visitor is anonymous and sees what is public.

pub mod policy;

pub use policy::{Viewer, Visibility};
