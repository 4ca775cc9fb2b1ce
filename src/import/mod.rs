//! Reading files into the database: one module per format (placeholder until the first importer lands).
