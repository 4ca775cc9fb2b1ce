# The messages a person reads when input is bad: a broken config file, an import file that
# cannot be read or a row that is malformed, a database that refuses. Paths, keys, field names,
# commands and the text quoted from the user's files are put in as they are.

## The database (src/db)
error-db-damaged = { $path } is damaged (SQLite's check says: { $finding }); it was left untouched — { $next }
error-db-damaged-restore = restore its newest good backup with `cmdeck --db { $path } restore { $backup }`
error-db-damaged-no-backup = no good backup of it was found; `cmdeck --db { $path } check` lists the problems, and `sqlite3 { $path } .recover` can save what is readable into a new file
error-db-unknown-version = { $path } records schema version { $found }, which no cmdeck writes, so it is damaged or was changed by another program; it was left untouched — run `cmdeck check --db { $path }` to see more, or restore a backup with `cmdeck restore`
error-db-not-cmdeck = { $path } is not a cmdeck database (or it is damaged); it was left untouched — pass another file with --db
error-db-too-new = { $path } uses schema version { $found }, newer than this cmdeck understands (version { $known }); it was left untouched — upgrade cmdeck to open it
error-db-backup = could not back up { $path } before upgrading it ({ $reason }); nothing was changed
error-db-backup-not-verified = the copy at { $copy } did not verify
error-db-foreign-keys-off = this SQLite refuses to enforce foreign keys; cmdeck will not run without them
error-db-busy = the database is busy: another program (another cmdeck, or sqlite3) kept it locked for more than { $seconds } s; close that program or wait for it to finish, then try again — nothing was changed
error-db-sqlite = database error: { $error }
error-db-channel-exists = the channel { $channel } already exists
error-db-no-channel = there is no channel #{ $id }
error-db-channel-has-history = { $channel } has { $posts_shown } posts, { $messages_shown } messages and { $counts_shown } follower counts; archive it instead, its history is kept
error-db-too-many-followers = { $followers } followers is more than cmdeck can store
error-db-plan-channels = the plan's channels could not be listed: { $reason }
