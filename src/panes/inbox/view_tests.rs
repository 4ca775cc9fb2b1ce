//! Snapshots of the Inbox pane drawn alone.
