//! Writing a file atomically: a temporary file in the same folder, synced, then renamed into
//! place, so a crash never leaves half a file behind. It knows files only, not what is in them.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::i18n::{Arg, Lang};

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

impl WriteError {
    /// The failure in `lang`, naming the file.
    pub fn message(&self, lang: Lang) -> String {
        lang.text_with(
            "error-file-write",
            &[
                ("path", Arg::Text(&self.path.display().to_string())),
                ("error", Arg::Text(&io_reason(lang, &self.source))),
            ],
        )
    }
}

/// What the system said of a failed file operation, in `lang`: the common kinds (no such file,
/// no permission, a folder where a file was expected, a full disk…) in words, any other as the
/// system wrote it; in English always as the system wrote it.
pub fn io_reason(lang: Lang, error: &std::io::Error) -> String {
    use std::io::ErrorKind;
    if lang == Lang::En {
        return error.to_string();
    }
    match error.kind() {
        ErrorKind::NotFound => lang.text("error-io-not-found"),
        ErrorKind::PermissionDenied => lang.text("error-io-permission-denied"),
        ErrorKind::AlreadyExists => lang.text("error-io-already-exists"),
        ErrorKind::IsADirectory => lang.text("error-io-is-a-directory"),
        ErrorKind::NotADirectory => lang.text("error-io-not-a-directory"),
        ErrorKind::StorageFull => lang.text("error-io-storage-full"),
        ErrorKind::ReadOnlyFilesystem => lang.text("error-io-read-only"),
        ErrorKind::InvalidData => lang.text("error-io-invalid-data"),
        ErrorKind::UnexpectedEof => lang.text("error-io-unexpected-end"),
        ErrorKind::TimedOut => lang.text("error-io-timed-out"),
        ErrorKind::Interrupted => lang.text("error-io-interrupted"),
        _ => error.to_string(),
    }
}
