# The subcommands: their output, their errors and their --help.

## --help

cli-help-cmdeck = A keyboard-driven terminal desk for the solo community manager
cli-arg-db = The SQLite file to use instead of the one in the platform data directory
cli-arg-config = The config file to use instead of the one in the platform config directory
cli-arg-cmdeck-demo = Open a throwaway database filled with the demo brand (deleted on quit)
cli-arg-lang = The language for this run: `es` or `en` (else the config's `language`, else the locale)
cli-help-demo = Write the demo brand into the database given with --db (which must be new or empty)
cli-arg-demo-scale = `small`: eight weeks of a small brand; `large`: three years at scale (1,000,000 mentions); a number N: N times the large history (`10`: 10,000,000 mentions)
cli-help-today = Print today's routine (posts due, messages waiting, new mentions, follow-ups) as plain text
cli-help-post = Plan and list calendar posts from scripts
cli-help-post-add = Plan a post on one or more channels (one post per channel, all saved or none)
cli-arg-post-add-channels = A network (`instagram`), a handle (`@cafelanora`) or both (`x:@cafelanora`); repeat it to plan the same post on several channels
cli-arg-post-add-at = When it goes out, in local time: `YYYY-MM-DD HH:MM` (or `YYYY-MM-DDTHH:MM`)
cli-arg-post-add-status = Where it stands [default: scheduled with --at, idea without]
cli-arg-post-add-pillar = The content pillar it serves, by name (case and accents ignored)
cli-arg-post-add-campaign = The campaign it belongs to, by name (case and accents ignored)
cli-arg-post-add-text = The text of the post
cli-help-post-list = List the posts planned in a range of local days as text, CSV or JSON
cli-arg-post-list-from = The first local day, `YYYY-MM-DD` [default: today]
cli-arg-post-list-to = The last local day, `YYYY-MM-DD` [default: six days after --from]
cli-arg-post-list-channel = Only this channel: a network, a handle or `network:handle`
cli-arg-post-list-status = Only posts with this status
cli-arg-post-list-format = How to print the posts
cli-help-import = Import data from files (all of a file or nothing, unless --partial)
cli-help-import-messages = Inbox messages in cmdeck's CSV or JSON interchange format (see the README), or the direct messages of Meta's "Download your information" export
cli-arg-import-messages-file = The CSV or JSON file (the format is taken from the extension, or from the content), or Meta's "Download your information" export of Instagram or Facebook (its zip, or one conversation's message_1.json)
cli-arg-import-messages-channel = The channel (`instagram:@handle`) a network's export is of, when there are several
cli-arg-import-messages-partial = Store the good rows even when some are wrong; the wrong ones are listed
cli-arg-import-messages-rejects = Write every rejected row to this CSV file (`line,reason,row`), as written in FILE
cli-help-import-mentions = Mentions in cmdeck's CSV or JSON interchange format (see the README)
cli-arg-import-mentions-file = The CSV or JSON file (the format is taken from the extension, or from the content)
cli-arg-import-mentions-partial = Store the good rows even when some are wrong; the wrong ones are listed
cli-arg-import-mentions-rejects = Write every rejected row to this CSV file (`line,reason,row`), as written in FILE
cli-help-import-audience = Follower counts: CSV with the header `channel,date,followers`, or a network's own follower export (TikTok's FollowerHistory.csv), told from the content (a day's count replaces the one recorded before)
cli-arg-import-audience-file = The CSV file (JSON objects with the same fields are read too)
cli-arg-import-audience-channel = The channel (`tiktok:@handle`) a network's export is of, when there are several
cli-arg-import-audience-partial = Store the good rows even when some are wrong; the wrong ones are listed
cli-arg-import-audience-rejects = Write every rejected row to this CSV file (`line,reason,row`), as written in FILE
cli-help-import-posts = Posts with their figures from a network's export (an X archive, zipped or its `tweets.js`; X's analytics CSV; Meta Business Suite's posts CSV; a Mastodon archive or its `outbox.json`; a Bluesky repository `.car`; TikTok Studio's `Content.csv`; LinkedIn's content workbook), the format told from the content; matched to the posts already here, figures kept as snapshots
cli-arg-import-posts-files = The export files
cli-arg-import-posts-channel = The channel (`x:@handle`) when the file does not say and there are several
cli-arg-import-posts-dry-run = Show what would come in (counts, dates, matched and new posts, the first rows) and store nothing
cli-arg-import-posts-replies = Keep replies to other accounts (left out by default)
cli-arg-import-posts-partial = Store the good items even when some are wrong; the wrong ones are listed
cli-arg-import-posts-rejects = Write every item or row that could not be read to this CSV file (`line,reason,row`)
cli-help-import-all = A folder written by `cmdeck export` (CSV or JSON, told by its manifest), every table read back into a new, empty database in one transaction: export the result and you get the same files. Refused, with nothing stored, when the database already holds data or the folder has a missing or unknown file, a wrong header or a bad row
cli-arg-import-all-dir = The folder `cmdeck export --out DIR` wrote
cli-help-import-feed = An RSS 2.0 or Atom feed: the items a listening rule matches become mentions
cli-arg-import-feed-location = An http:// or https:// address, or a file
cli-help-people = Import, list and add people (prescriptors, watchlist, accounts followed)
cli-help-people-import = People in cmdeck's CSV or JSON format, or Mastodon's following_accounts.csv (see the README)
cli-arg-people-import-file = The CSV or JSON file (a Mastodon export is recognised by its header)
cli-arg-people-import-partial = Store the good rows even when some are wrong; the wrong ones are listed
cli-arg-people-import-rejects = Write every rejected row to this CSV file (`line,reason,row`), as written in FILE
cli-help-people-list = List the people stored, by name, as text, CSV or JSON
cli-arg-people-list-role = Only people with this role
cli-arg-people-list-format = How to print the people
cli-help-people-add = Add one person and print what was stored; a handle or name someone else has is refused
cli-arg-people-add-name = Their name
cli-arg-people-add-role = The part they play for the brand
cli-arg-people-add-tier = Their advocacy tier, one of the plan's
cli-arg-people-add-handles = A handle, `network:@handle` (repeat it, or separate several with commas)
cli-arg-people-add-tags = Comma-separated tags
cli-arg-people-add-reach = Their audience: a whole number, `12,400` or `12k`
cli-arg-people-add-notes = Free notes
cli-arg-people-add-follow-up = When to get back to them, YYYY-MM-DD
cli-help-channel = Set up the brand's channels: add, list, edit, archive, restore or remove them
cli-help-channel-add = Set up a channel: a network and the account's handle (`cmdeck channel add instagram @mybrand`)
cli-arg-channel-add-network = The network: instagram, tiktok, x, threads, bluesky, mastodon, linkedin, facebook, youtube, email, web or other
cli-arg-channel-add-handle = The account's handle; the `@` is added on social networks when left out
cli-arg-channel-add-name = The name shown in lists [default: the handle]
cli-arg-channel-add-limit = The longest post, in characters [default: the network's own limit]
cli-help-channel-list = List the channels in use (with --all, the archived ones too) as text, CSV or JSON
cli-arg-channel-list-all = Also list the archived channels (marked with the day they were archived)
cli-arg-channel-list-format = How to print the channels
cli-help-channel-edit = Change a channel's name, length limit or handle (its posts and messages stay on it)
cli-arg-channel-edit-channel = The channel: `network:@handle`, or a handle or network only one channel has
cli-arg-channel-edit-name = The new name shown in lists (`--name ""` shows the handle again)
cli-arg-channel-edit-limit = The new longest post, in characters
cli-arg-channel-edit-handle = The new handle, on the same network
cli-help-channel-archive = Archive a channel you no longer use: it leaves the forms, its history is kept
cli-arg-channel-archive-channel = The channel: `network:@handle`, or a handle or network only one channel has
cli-help-channel-restore = Put an archived channel back in use
cli-arg-channel-restore-channel = The channel: `network:@handle`, or a handle or network only one channel has
cli-help-channel-remove = Delete a channel added by mistake; only one with no posts, messages or follower counts (archive the others)
cli-arg-channel-remove-channel = The channel: `network:@handle`, or a handle or network only one channel has
cli-help-audience = Record the channels' follower counts (the report's Audience section)
cli-help-audience-record = Record a channel's follower count for a day (replacing the one already recorded that day)
cli-arg-audience-record-channel = The channel: `network:@handle`, or a handle or network only one channel has
cli-arg-audience-record-followers = How many followers: `1200`, `1.200` or `1,200`
cli-arg-audience-record-date = The day the count was taken, `YYYY-MM-DD` [default: today, in local time]
cli-help-plan = Export the strategy plan to a commented TOML file, or replace it from one
cli-help-plan-export = Write the whole plan to FILE as commented TOML
cli-arg-plan-export-file = The TOML file to write
cli-arg-plan-export-force = Overwrite FILE when it exists
cli-help-plan-import = Check every entry of FILE, then replace the plan with it in one transaction
cli-arg-plan-import-file = The TOML file to read
cli-help-fetch = Read every [[feeds]] entry of the config into mentions (exit 0 when at least one worked)
cli-help-sentiment = Measure the automatic sentiment on labelled posts; see or forget what corrections taught it
cli-help-sentiment-evaluate = Score CSV files of labelled posts (`label` and `text` columns) and print accuracy, macro-F1, the negatives' precision and recall against their targets, and the speed
cli-arg-sentiment-evaluate-files = The CSV files (one per language, for instance)
cli-arg-sentiment-evaluate-lexicon = A folder with es.txt, en.txt, emoji.txt and modifiers.txt to use instead of the built-in lexicon (to try an edited lexicon without rebuilding)
cli-arg-sentiment-evaluate-misses = Also print the first N texts of each file the guess got wrong, with its evidence
cli-help-sentiment-learned = List the words your corrections taught the guess, with why
cli-help-sentiment-forget = Forget what the corrections taught so far (the corrected labels stay)
cli-help-report = Write a week's (or any period's) report as Markdown with SVG charts, or as one HTML file
cli-arg-report-week = The ISO week, such as 2026-W47 (default: this week)
cli-arg-report-from = First day of a period (with --to), such as 2026-10-01
cli-arg-report-to = Last day of a period (with --from)
cli-arg-report-out = The file to write (default: the report folder, named after the period)
cli-arg-report-format = What to write: Markdown with its charts in a folder beside it, or one HTML file
cli-value-report-markdown = GitHub-flavoured Markdown linking its SVG charts, written in a folder beside it
cli-value-report-html = One self-contained HTML file, its charts drawn inline, to attach to or paste in a mail
cli-help-export = Write every table as CSV or JSON files, so no data is locked in (`import all` reads them back)
cli-arg-export-format = The file format
cli-arg-export-out = The folder to write one file per table into (created when missing)
cli-help-check = Check the database for damage (SQLite's integrity and foreign key checks) without writing to it
cli-help-backup = Copy the database, whole and checked, to FILE (default: today's copy in the backups folder)
cli-arg-backup-out = Where to write the copy; refused when the file exists
cli-help-backups = List the database's backups (before upgrades, daily, on demand) with date, size and check
cli-help-restore = Put a backup in place of the database, keeping the current file as FILE.before-restore.bak
cli-arg-restore-file = The backup to restore (see `cmdeck backups`)
cli-value-status-idea = A thought to develop later
cli-value-status-draft = Written but not ready to go out
cli-value-status-scheduled = Ready and planned for its time
cli-value-status-published = Gone out
cli-value-status-cancelled = Dropped
cli-value-list-text = One aligned line per row, for people
cli-value-list-csv = RFC 4180 CSV with a header row; a text a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, a tab first) gets a leading `'`
cli-value-list-json = A JSON array of objects
cli-value-list-raw-csv = CSV for scripts: the same sanitized texts, but no `'` before formulas
cli-value-export-csv = One CSV file per table, with a header row; texts a spreadsheet would run as formulas get a leading `'`, and characters unsafe for a terminal are escaped (both undone by import all)
cli-value-export-json = One JSON file per table: an array of objects
cli-value-export-raw-csv = CSV with every text exactly as stored, for scripts: no `'` before formulas, no escapes
cli-value-role-advocate = Speaks well of the brand
cli-value-role-influencer = Has an audience worth working with
cli-value-role-customer = Buys from the brand
cli-value-role-journalist = Writes about the brand or its sector
cli-value-role-partner = Works with the brand
cli-value-role-detractor = Speaks ill of the brand
cli-value-role-troll = Provokes for its own sake
cli-value-role-other = None of the above
cli-help-heading-usage = Usage:
cli-help-heading-commands = Commands
cli-help-heading-arguments = Arguments
cli-help-heading-options = Options
cli-help-print-help = Print help
cli-help-print-help-short = Print help (see more with '--help')
cli-help-print-help-long = Print help (see a summary with '-h')
cli-help-print-version = Print version
cli-help-help-subcommand = Print this message or the help of the given subcommand(s)
cli-help-help-subcommand-arg = Print help for the subcommand(s)
cli-help-default = [default: { $value }]
cli-help-possible-values = [possible values: { $values }]
cli-help-possible-values-heading = Possible values:

## import

cli-import-not-imported = { $name } was not imported: { $why }
cli-import-refused = { $name } was not imported: { $count ->
    [one] 1 row is wrong
   *[other] { $shown } rows are wrong
} (nothing was changed); add --partial to import the others
cli-imported-messages = Imported { $count ->
    [one] 1 message
   *[other] { $shown } messages
} from { $name }
cli-imported-mentions = Imported { $count ->
    [one] 1 mention
   *[other] { $shown } mentions
} from { $name }
cli-imported-people = Imported { $count ->
    [one] 1 person
   *[other] { $shown } people
} from { $name }
cli-imported-follower-counts = Imported { $count ->
    [one] 1 follower count
   *[other] { $shown } follower counts
} from { $name }
cli-import-already-there = { $shown } already there
cli-import-left-out = { $count ->
    [one] 1 row was
   *[other] { $shown } rows were
} left out:
cli-import-place-line = line
cli-import-place-lines = lines
cli-import-place-item = item
cli-import-place-items = items
cli-import-more-problems = … and { $shown } more problems
cli-import-rejects-written = { $count ->
    [one] the rejected row
   *[other] the { $shown } rejected rows
}, with their { $place } and reasons, are in { $file }
cli-import-keep-rejects = add --rejects FILE to keep { $count ->
    [one] the rejected row
   *[other] the { $shown } rejected rows
} with their { $places } and reasons
cli-feed-read = Read { $name }: { $items }, { $added }
cli-feed-items = { $count ->
    [one] 1 item
   *[other] { $shown } items
}
cli-feed-new-mentions = { $count ->
    [one] 1 new mention
   *[other] { $shown } new mentions
}
cli-feed-unmatched = { $shown } matched no listening rule

## audience

cli-audience-same-count = the same count was already recorded
cli-audience-replaces = it replaces { $before } recorded before
cli-audience-recorded = Recorded { $followers } followers for { $channel } on { $day }
cli-audience-replaced = { $shown } replaced an earlier count for the same day
cli-audience-imported = Recorded { $count ->
    [one] 1 follower count
   *[other] { $shown } follower counts
} from { $name }{ $read_as }
cli-read-as = read as { $format }
cli-format-tiktok-followers = TikTok follower history (FollowerHistory.csv)

## post

cli-post-planned-for = Planned post #{ $id } on { $channel } for { $when }.
cli-post-planned-undated = Planned post #{ $id } on { $channel } with no date yet ({ $status }).
cli-post-range-backwards = --from { $first } is after --to { $last }; give the earlier day first
cli-post-range-too-long = { $first } to { $last } covers { $days } days; list at most { $max } days at a time
cli-post-none = No posts from { $first } to { $last }.

## channel

cli-channel-limit-out-of-range = --limit { $typed } is out of range; a post limit is from 1 to { $max } characters
cli-channel-name-control = the name “{ $name }” has a control character; write it on one line
cli-channel-name-too-long = the name is longer than { $max } characters
cli-channel-no-such-id = there is no channel #{ $id }
cli-channel-added = Added { $channel } (limit { $limit } characters) as channel #{ $id }.
cli-channel-added-named = Added { $channel } “{ $name }” (limit { $limit } characters) as channel #{ $id }.
cli-channel-nothing-to-change = nothing to change: give --name, --limit or --handle
cli-channel-now = now { $channel }
cli-channel-no-name = no name (the handle is shown)
cli-channel-new-name = name “{ $name }”
cli-channel-new-limit = limit { $before } → { $after } characters
cli-channel-unchanged = { $channel } already has those settings; nothing changed.
cli-channel-changed = Changed { $channel }: { $changes }.
cli-channel-already-archived = { $since ->
    [none] { $channel } was already archived; nothing changed.
   *[other] { $channel } was already archived on { $since }; nothing changed.
}
cli-channel-archived = Archived { $channel }: it leaves the forms and its history is kept ({ $posts }, { $messages }, { $counts }); `cmdeck channel restore { $channel }` brings it back.
cli-channel-restored = Restored { $channel }: the forms offer it again.
cli-channel-not-archived = { $channel } is in use, not archived; nothing changed.
cli-channel-archive-instead = `cmdeck channel archive { $channel }` archives it
cli-channel-removed = Removed { $channel } (nothing was stored against it).
cli-channel-posts = { $count ->
    [one] 1 post
   *[other] { $shown } posts
}
cli-channel-messages = { $count ->
    [one] 1 message
   *[other] { $shown } messages
}
cli-channel-follower-counts = { $count ->
    [one] 1 follower count
   *[other] { $shown } follower counts
}
cli-channel-none-in-use = No channels in use ({ $shown } archived; --all lists them).
cli-channel-none-yet = No channels yet; add one with `cmdeck channel add NETWORK HANDLE`.
cli-channel-followers-on = { $followers } followers ({ $day })
cli-channel-no-follower-count = no follower count
cli-channel-archived-on = archived { $day }
cli-channel-limit-column = limit

## people

cli-people-name-empty = NAME is empty; give the person a name
cli-people-no-tiers = there is no tier “{ $tier }”; no advocacy tiers are set yet (they are part of the plan)
cli-people-unknown-tier = there is no tier “{ $tier }”; the tiers are { $tiers }
cli-people-not-added = “{ $name }” was not added: { $why } (nothing was changed)
cli-people-not-read-back = “{ $name }” was stored but could not be read back
cli-people-added = Added “{ $name }” (id { $id }).
cli-people-label-role = role
cli-people-label-tier = tier
cli-people-label-handles = handles
cli-people-label-reach = reach
cli-people-label-tags = tags
cli-people-label-follow-up = follow-up
cli-people-label-notes = notes
cli-people-none-with-role = No people with the role { $role }.
cli-people-none-yet = No people yet.

## check, backup, backups, restore

cli-check-missing = { $file } does not exist; nothing to check
cli-check-sound = { $file } is sound: SQLite's integrity check and foreign key check found no problem.
cli-check-problems = { $file } has { $count ->
    [one] { $shown } problem
   *[other] { $shown } problems
} ({ $integrity } from the integrity check, { $keys } from the foreign key check):
cli-check-more = … and { $shown } more
cli-check-newest-good-backup = The newest good backup is { $backup }: `cmdeck --db { $file } restore { $backup }` puts it back (the damaged file is kept).
cli-check-no-good-backup = No good backup was found; `sqlite3 { $file } .recover` can save what is readable into a new file.
cli-backup-exists = { $file } already exists; choose another file with --out (nothing was written)
cli-could-not-create = could not create { $folder }: { $why }
cli-backup-done = Backed up { $file } to { $target } ({ $size }, schema version { $version }, checked).
cli-backups-none = No backups of { $file } yet: `cmdeck backup` takes one; the desk takes one a day into { $folder }.
cli-backups-good = good (schema { $version })
cli-backups-bad = BAD: { $why }
cli-restore-done-kept = Restored { $file } from { $from } (schema version { $version }); the file as it was is kept as { $kept }.
cli-restore-done = Restored { $file } from { $from } (schema version { $version }).

## sentiment

cli-sentiment-nothing-learned = Nothing learned yet from { $shown } corrected texts: a word is learned once { $from } corrected texts hold it and { $agreement }% of them agree.
cli-sentiment-learned = Learned from { $shown } corrected texts ({ $words_count ->
    [one] { $words } word
   *[other] { $words } words
}):
cli-sentiment-forget-hint = `cmdeck sentiment forget` starts over (the corrections themselves stay).
cli-sentiment-forgot = Forgot what { $shown } corrected texts taught; their labels stay as you set them, and new corrections teach again.

## the run's own failures

cli-demo-needs-db = `cmdeck demo` needs --db FILE: the file to write the demo brand into
cli-demo-no-temporary-folder = could not create a temporary folder for the demo: { $why }
cli-no-data-directory = no data directory could be found for this user; pass the database file with --db FILE
cli-could-not-write-output = could not write the output: { $why }
cli-terminal-error = terminal error: { $why }
cli-daily-backup-failed = the daily backup was not taken: { $why }
cli-demo-not-empty = { $file } already holds data; the demo is only written into a new or empty database
cli-demo-written = Wrote the demo brand to { $file }: { $channels } channels, { $posts } posts, { $messages } messages, { $mentions } mentions, { $people } people.

## import posts

cli-posts-refused = { $name } was not imported: { $count ->
    [one] { $shown } { $place }
   *[other] { $shown } { $place }s
} could not be read (nothing was stored; --partial stores the rest)
cli-posts-say-channel = say which channel the posts are of with --channel NETWORK:@HANDLE
cli-posts-account-not-a-channel = the file is the account @{ $account }'s and no { $network } channel has that handle; add it with `cmdeck channel add { $network } @{ $account }`, or say which channel with --channel
cli-posts-no-channel-of-network = there is no { $network } channel to import these posts into; add it with `cmdeck channel add { $network } @HANDLE`
cli-posts-several-channels = there are several { $network } channels ({ $channels }); say which with --channel
cli-posts-range = from { $first } to { $last }
cli-posts-dry-run = Dry run, nothing stored:
cli-posts-figures-added = ; { $count ->
    [one] { $shown } snapshot
   *[other] { $shown } snapshots
} of figures added, { $unchanged } unchanged.
cli-posts-figures-would-be-added = ; { $count ->
    [one] { $shown } snapshot
   *[other] { $shown } snapshots
} of figures would be added, { $unchanged } unchanged.
cli-posts-no-figures = (the file holds no figures).
cli-posts-summary = { $lead }{ $name } read as { $format }: { $count ->
    [one] { $shown } post
   *[other] { $shown } posts
}{ $range } on { $channel } — { $new } new, { $matched } matched to posts already here{ $figures }
cli-posts-replies-left-out = { $count ->
    [one] { $shown } reply
   *[other] { $shown } replies
} to other accounts left out (--replies keeps them).
cli-posts-reposts-left-out = { $count ->
    [one] { $shown } repost
   *[other] { $shown } reposts
} of other accounts' posts left out.
cli-format-x-archive = X / Twitter archive (tweets.js)
cli-format-mastodon-outbox = Mastodon archive (outbox.json)
cli-format-x-analytics = X analytics per-post CSV
cli-format-meta-instagram = Meta Business Suite posts CSV (Instagram)
cli-format-meta-facebook = Meta Business Suite posts CSV (Facebook)
cli-format-bluesky-repo = Bluesky repository export (.car)
cli-format-tiktok-content = TikTok Studio content export (Content.csv)
cli-format-linkedin-content = LinkedIn page content export (workbook)

## export, import all

cli-rows = { $count ->
    [one] 1 row
   *[other] { $shown } rows
}
cli-import-all-refused = { $name } was not imported (nothing was changed):
cli-import-all-more-tables = and { $shown } more tables
cli-import-all-not-empty = the database already holds data ({ $found }); `cmdeck import all` only fills a new, empty one — pass a new file with --db
cli-import-all-done = Imported { $tables } tables ({ $rows } rows) from { $name }.
cli-export-manifest-unwritable = could not write the manifest: { $why }
cli-export-done = Exported { $tables } tables ({ $rows } rows) to { $dir }:
cli-export-manifest-line = { $file }: what the folder holds, for `cmdeck import all`

## fetch: feeds read from the network or from files

fetch-no-feeds = no feeds to fetch: add [[feeds]] entries with a url to the config file (see config.example.toml)
fetch-feed-read = ✓ { $name } — { $items ->
    [one] 1 item
   *[other] { $items_shown } items
}, { $added ->
    [one] 1 new mention
   *[other] { $added_shown } new mentions
}
fetch-feed-failed = ✕ { $name } — { $why }
fetch-more-notes = { $count ->
    [one] … and 1 more note
   *[other] … and { $shown } more notes
}
fetch-none-worked = none of the { $shown } feeds could be read
fetch-closing = { $worked } of { $shown } feeds read, { $added ->
    [one] 1 new mention
   *[other] { $added_shown } new mentions
}.
fetch-too-large = it is over the 10 MB a feed may be
fetch-cannot-read = cannot read it: { $why }
fetch-timed-out = timed out after { $duration }
fetch-http-status = the server answered HTTP { $code }
fetch-host-not-found = its host was not found
fetch-connection-failed = the connection failed
fetch-not-an-address = it is not a valid address: { $why }
fetch-too-many-redirects = it redirects more than { $count } times
fetch-redirect-nowhere = it redirects without saying where to
fetch-redirect-scheme = it redirects to a { $scheme } address, which is not followed
fetch-redirect-host-not-found = it redirects to { $host }, whose host was not found
fetch-redirect-local = it redirects to { $host } ({ $address }), a local or private address that a public feed may not lead to
fetch-not-a-file-url = it is not a file:// URL of a local file (file:///path/to/feed.xml)

## plan export, plan import

cli-plan-exists = { $file } already exists; pass --force to overwrite it
cli-plan-not-read = could not read { $file }: { $why }
cli-plan-exported = Exported the plan to { $file }: { $summary }.
cli-plan-imported = Imported the plan from { $file }: { $summary }.
cli-plan-warning = Warning: { $warning }.
cli-plan-shares-off = the pillar shares add up to { $sum }%, not 100%: the pillar mix is measured against them as they are
# One count of the plan's summary; $what names the kind of entry.
cli-plan-counted = { $what ->
    [objectives] { $count ->
        [one] 1 objective
       *[other] { $shown } objectives
    }
    [personas] { $count ->
        [one] 1 persona
       *[other] { $shown } personas
    }
    [pillars] { $count ->
        [one] 1 pillar
       *[other] { $shown } pillars
    }
    [channel-plans] { $count ->
        [one] 1 channel plan
       *[other] { $shown } channel plans
    }
    [campaigns] { $count ->
        [one] 1 campaign
       *[other] { $shown } campaigns
    }
    [competitors] { $count ->
        [one] 1 competitor
       *[other] { $shown } competitors
    }
    [listening-rules] { $count ->
        [one] 1 listening rule
       *[other] { $shown } listening rules
    }
    [crisis-steps] { $count ->
        [one] 1 crisis step
       *[other] { $shown } crisis steps
    }
    [crisis-contacts] { $count ->
        [one] 1 crisis contact
       *[other] { $shown } crisis contacts
    }
    [holding-statements] { $count ->
        [one] 1 holding statement
       *[other] { $shown } holding statements
    }
   *[advocacy-tiers] { $count ->
        [one] 1 advocacy tier
       *[other] { $shown } advocacy tiers
    }
}

## command lines refused (English uses clap's own words; these keys keep the files in step)

cli-refusal-unknown-language = `{ $value }` is not a language cmdeck speaks: use es or en
cli-refusal-invalid-value = error: invalid value '{ $value }' for '{ $arg }'
cli-refusal-value-missing = error: a value is required for '{ $arg }' but none was supplied
cli-refusal-unknown-argument = error: unexpected argument '{ $arg }' found
cli-refusal-unknown-command = error: unrecognized subcommand '{ $value }'
cli-refusal-missing-argument = error: the following required arguments were not provided: { $arg }
cli-refusal-missing-command = error: a subcommand is required
cli-refusal-conflict = error: the argument '{ $arg }' cannot be used with '{ $other }'
cli-refusal-value-refused = error: invalid value '{ $value }' for '{ $arg }': { $why }
cli-refusal-wrong-values = error: unexpected values for '{ $arg }'
cli-refusal-not-understood = error: the command line could not be read
cli-refusal-valid-values =   [possible values: { $values }]
cli-refusal-suggestion =   tip: a similar argument exists: '{ $suggested }'
cli-refusal-more = For more information, try '--help'.
