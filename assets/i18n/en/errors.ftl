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

## The config file (src/config): `<file>, line <n>, key `<key>`: <what is wrong>`
error-config-line = line { $line }
error-config-key = key `{ $key }`
# A huge value typed in the config is never repeated whole.
error-config-cut = { $start }… ({ $shown } characters in all)
error-config-missing-file = the config file does not exist; check the --config path
error-config-unreadable = cannot read the config file: { $error }
error-config-unknown-language = unknown language `{ $language }`; cmdeck speaks "en" and "es"
error-config-unknown-network = unknown network `{ $network }`; known networks: { $known }
error-config-at-least-one = must be at least 1
error-config-empty-path = the path is empty; remove the line to use the default
error-config-no-home = cannot expand `~`: the home folder is unknown
error-config-feed-no-url = a feed needs `url`: an http:// or https:// address, or a file path
error-config-feed-bad-url = must be an http:// or https:// address, a file:// URL or a file path
error-config-feed-empty-name = the name is empty; remove the line to name the feed by its address
error-config-feed-timeout = must be between 1 and 300
error-config-half-life = must be more than 0 days: activity would count for nothing at once
error-config-not-negative = must be 0 or more, not { $number }
error-config-not-finite = must be a finite number
error-config-rule-name-twice = the rule name `{ $name }` is used twice: give each rule its own name
error-config-rule-no-name = the rule has no name: add `name = "…"`, it is shown on the messages it touches

## The TOML parser's and serde's words (English is kept as the parser writes it; these are used
## in the other languages, and here only so that both files hold the same keys)
error-toml-expected = { $what }, expected { $expected }
error-toml-no-fields = unknown field { $name }, there are no fields
error-toml-unknown-field = unknown field { $name }
error-toml-unknown-variant = unknown variant { $name }
error-toml-missing-field = missing field { $name }
error-toml-duplicate-field = duplicate field { $name }
error-toml-invalid-type = invalid type: { $found }
error-toml-invalid-value = invalid value: { $found }
error-toml-invalid-length = invalid length { $length }
error-toml-cannot-extend = cannot extend value of type { $kind } with a dotted key
error-toml-duplicate-key = duplicate key
error-toml-invalid-string = invalid string
error-toml-invalid-literal-string = invalid literal string
error-toml-invalid-number = invalid number
error-toml-invalid-boolean = invalid boolean
error-toml-invalid-date-time = invalid date-time
error-toml-invalid-comment = invalid comment
error-toml-invalid-key = invalid key
error-toml-invalid-key-value = invalid key-value pair
error-toml-invalid-inline-table = invalid inline table
error-toml-invalid-table = invalid table
error-toml-invalid-value-syntax = invalid value
error-toml-missing-value = missing value for key
error-toml-invalid-array = invalid array
error-toml-missing-escape = missing escaped value
error-toml-missing-quote = missing opening quote
error-toml-unclosed-table = unclosed table
error-toml-unclosed-array-table = unclosed array table
error-toml-unclosed-array = unclosed array
error-toml-unclosed-inline-table = unclosed inline table
error-toml-unexpected-content = unexpected content
error-toml-one-of = one of { $list }
error-toml-either = { $first } or { $second }
error-toml-a-whole-number = a whole number
error-toml-a-number = a number
error-toml-a-string = a string
error-toml-a-boolean = a boolean
error-toml-a-list = a sequence
error-toml-a-table = a table
error-toml-a-newline = newline
error-toml-nothing = nothing
error-toml-a-key = key
error-toml-a-value = value
error-toml-digits = digits
error-toml-letters = letters
error-toml-a-quoted-string = a quoted string
error-toml-found-string = string { $value }
error-toml-found-integer = integer { $value }
error-toml-found-float = floating point { $value }
error-toml-found-boolean = boolean { $value }

## What the system says of a file (English is the system's own words)
error-io-not-found = No such file or directory
error-io-permission-denied = Permission denied
error-io-already-exists = File exists
error-io-is-a-directory = Is a directory
error-io-not-a-directory = Not a directory
error-io-storage-full = No space left on device
error-io-read-only = Read-only file system
error-io-invalid-data = invalid data
error-io-unexpected-end = the file ends too early
error-io-timed-out = timed out
error-io-interrupted = interrupted
error-file-write = could not write { $path }: { $error }

## [keys] entries of the config

error-keys-unknown-scope = unknown key map scope `{ $scope }`; known scopes: { $known }
error-keys-unknown-command = unknown command `{ $command }`; known commands: { $known }
error-keys-unknown-key = unknown key `{ $key }`
error-keys-taken = key `{ $key }` is also bound to `{ $other }` in [keys.{ $scope }]
# $layer says which layer of the desk would have no way out.
error-keys-way-out-lost = `{ $command }` must keep at least one key, or { $layer ->
    [list] nothing but a signal would end cmdeck
    [form] a form could only be left by saving it
    [editor] the reply editor could only be left by sending
    [picker] the saved-reply search could not be closed
    [filter] a filter could not be cleared
    [help] the help could not be closed
    [plan] the plan screen could not be closed
   *[crisis] the crisis view could not be closed
}; give it a key such as "{ $suggested }"

## Numbers as people type them (src/domain/typed_number.rs)
error-number-not-a-number = “{ $typed }” is not a number (such as 1.234,5 or 1,234.5)
error-number-not-whole = “{ $typed }” is not a whole number (such as 1.200 or 1200)
# $separator is dot or comma.
error-number-read-as = “{ $typed }” was read as { $value } (the { $separator ->
    [dot] dot
   *[comma] comma
} groups thousands)
