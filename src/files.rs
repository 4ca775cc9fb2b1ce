//! Writing a file atomically: a temporary file in the same folder, synced, then renamed into
//! place, so a crash never leaves half a file behind. It knows files only, not what is in them.

use std::io::Write;
use std::path::{Path, PathBuf};

/// A file that could not be written; nothing was left in its place.
#[derive(Debug, thiserror::Error)]
#[error("could not write {}: {source}", path.display())]
pub struct WriteError {
    /// The file that was being written.
    pub path: PathBuf,
    /// What the system said.
    pub source: std::io::Error,
}

/// Writes `bytes` to `file` atomically, creating its folder when missing.
pub fn write_atomically(file: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    write_with(file, |out| out.write_all(bytes))
}

/// Streams what `fill` writes into `file` atomically, creating its folder when missing.
pub fn write_with(
    file: &Path,
    fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<(), WriteError> {
    let dir = match file.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let failed = |source: std::io::Error| WriteError {
        path: file.to_path_buf(),
        source,
    };
    std::fs::create_dir_all(dir).map_err(failed)?;
    let mut builder = tempfile::Builder::new();
    builder.prefix(".cmdeck-").suffix(".tmp");
    // Like any file the user writes: readable by others unless their umask says otherwise.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut temp = builder.tempfile_in(dir).map_err(failed)?;
    {
        let mut buffered = std::io::BufWriter::new(temp.as_file_mut());
        fill(&mut buffered).map_err(failed)?;
        buffered.flush().map_err(failed)?;
    }
    temp.as_file().sync_all().map_err(failed)?;
    temp.persist(file).map_err(|error| failed(error.error))?;
    Ok(())
}
