# What the importers say about a file, a row, a record or a feed: why it was refused, or a note
# on what was done to it. Field and column names, quoted text, paths and addresses are put in as
# they are. $x_shown is the number $x as the language writes it.

## Text said elsewhere (a parser's own words), shown as it is
import-as-said = { $text }
import-in-file = { $file }: { $why }

## A whole file
import-file-unreadable = could not read { $path }: { $error }
import-file-too-large = { $path } is { $megabytes } MB, over the 100 MB an import reads; split it into smaller files
import-file-not-utf8 = { $path } is not UTF-8 text (line { $line }); save it as UTF-8 and import it again
import-file-not-imported = { $path } was not imported: { $why }
import-file-empty = it is empty; its first line must name the columns ({ $columns })
import-header-not-csv = line 1 cannot be read as CSV: { $why }
import-header-wrong = line 1: { $problems }; the columns are { $columns }
import-column-twice = the column “{ $column }” appears twice
import-not-a-column = “{ $name }” is not a column of { $what }
import-required-column-missing = the required column “{ $column }” is missing
import-not-json = it is not valid JSON: { $error }
import-json-not-a-list = the JSON must be an array of { $what } or an object with a “{ $noun }” array
import-channel-flag-own-format = --channel is for a network's own export; a file in cmdeck's format names each row's channel

## What the rows of a format are
import-noun-messages = messages
import-noun-mentions = mentions
import-noun-people = people
import-noun-accounts = accounts
import-noun-follower-counts = follower counts

## A row
import-quote-never-closes = the quoted value in column { $column } never closes; a quote inside a value must be doubled ("")
import-quote-then-text = the quoted value in column { $column } is followed by more text before the next comma; a quote inside a value must be doubled ("")
import-row-value-count = it has { $values } values but the header names { $columns } columns; a value holding a comma must be quoted
import-field-not-utf8 = “{ $field }” holds bytes that are not UTF-8; save the file as UTF-8
import-json-not-an-object = it is not an object with the fields of { $what }
import-json-not-a-field = “{ $name }” is not a field of { $what }; the fields are { $fields }
import-field-not-text = “{ $field }” must be text
import-field-too-long = “{ $field }” is { $length } characters long; a field holds at most { $most }
import-field-nul = “{ $field }” contains a NUL character
import-field-missing = “{ $field }” is missing
import-field-says = “{ $field }”: { $why }
import-unknown-choice = unknown { $field } “{ $typed }”; the { $plural } are { $names }
import-not-a-time = “{ $field }” “{ $typed }” is not a date and time; write 2026-11-23T09:30:00Z, 2026-11-23T10:30:00+01:00 or 2026-11-23 09:30 (taken as UTC)
import-unknown-channel-none-yet = unknown channel “{ $typed }”; there are no channels yet (add one with `cmdeck channel add NETWORK @HANDLE`, or in the desk's setup)
import-unknown-channel = unknown channel “{ $typed }”; the channels are { $channels }
import-channel-several = “{ $typed }” matches several channels ({ $channels }); write it as network:handle
import-snoozed = status “snoozed” needs a time to wake up, which an import cannot give; import it as new or open and snooze it in the inbox
import-answered-before-received = “first_response_at” is before “received_at”
import-not-a-reach = “reach” “{ $typed }” is not a whole number of 0 or more
import-unknown-rule-none-yet = unknown rule “{ $typed }”; the listening rules are none yet
import-unknown-rule = unknown rule “{ $typed }”; the listening rules are { $rules }
import-not-a-handle = handle “{ $typed }” is not network:handle (like instagram:@ana); the networks are { $networks }
import-not-a-follow-up-date = “next_follow_up” “{ $typed }” is not a date; write it YYYY-MM-DD, like 2026-11-23
import-not-an-account-address = “Account address” “{ $typed }” is not user@instance (like ana@mastodon.social)
# $place is `line` or `item`.
import-count-twice = “{ $channel }” on { $day } is already on { $place } { $earlier }; a channel has one count a day

## A network's export without a channel to go to; $what names the export
import-export-no-network = it is { $what } and does not say of which network; say which channel with --channel
import-export-no-channel = it is { $what } and there is no { $network } channel; add it with `cmdeck channel add { $network } @HANDLE`
import-export-several-channels = it is { $what } and there are several { $network } channels; say which with --channel
import-export-account-not-a-channel = it is { $what } of the account @{ $account }, and no { $network } channel has that handle; add it with `cmdeck channel add { $network } @{ $account }`, or say which channel with --channel
import-what-meta-export = Meta's "Download your information" export
import-what-tiktok-followers = TikTok follower history (FollowerHistory.csv)

## A feed: why it is no feed, and the notes on how it was read
import-feed-too-large = it is { $megabytes } MB, over the 10 MB a feed may be
import-feed-empty = it is empty
import-feed-json = it is JSON, not an RSS or Atom feed ({ $error })
import-feed-not-xml = it is not XML: it starts with “{ $start }”
import-feed-web-page-links = it is a web page (HTML), not a feed; the page names its feed: { $link }
import-feed-web-page = it is a web page (HTML), not a feed; look on the page for its RSS or Atom link
import-feed-malformed-xml = it is not well-formed XML: line { $line }, column { $column }: { $why }
import-feed-no-element = it is XML without any element
import-feed-other-root = it is XML but not a feed: its root element is <{ $root }> (a feed's is <rss>, <feed> or <rdf:RDF>)
import-feed-unreadable = it is not an RSS or Atom feed cmdeck can read ({ $error })
import-feed-unknown-encoding = it says it is in the encoding “{ $label }”, which cmdeck does not know; it was read as UTF-8
import-feed-bytes-replaced = { $count ->
    [1] 1 invalid byte was
   *[other] { $count } invalid bytes were
} replaced with “�” (the feed is not valid { $encoding } there)
import-feed-ampersands = { $count ->
    [1] an “&” that began no character reference was
   *[other] { $count } “&” that began no character reference were
} read as “&amp;”
import-feed-cdata-closed = a CDATA section left open (line { $line }) was closed where its element ends
import-feed-cdatas-closed = { $count } CDATA sections left open (lines { $lines }) were closed where their elements end
import-feed-rss-version = its <rss> says version “{ $version }”, which cmdeck does not know; it was read as RSS 2.0
import-feed-rss-no-version = its <rss> says no version; it was read as RSS 2.0
# $what is feed_title, id, link, title, author or text.
import-feed-field-cut = item { $item }: the { $what ->
    [feed_title] feed title
   *[other] { $what }
} was cut to { $most } characters

## A network's export of posts or follower counts, as a whole
import-member-unopened = its file { $file } cannot be opened ({ $error })
import-member-unreadable = it could not be read ({ $error })
import-member-too-large = it is over the 100 MB an import reads
import-zip-no-list = its list of files cannot be read ({ $error })
import-zip-without-posts = it is a zip archive without an X archive's data/tweets.js, a Mastodon archive's outbox.json or TikTok's Content.csv
import-zip-unreadable = it is not a readable zip archive ({ $error })
import-not-an-export = its format is not one cmdeck reads posts from (an X archive or its tweets.js, X's analytics CSV, a Meta Business Suite posts CSV, a Mastodon archive or its outbox.json, a Bluesky repository .car, TikTok's Content.csv, LinkedIn's content workbook)
import-daily-series = it is Meta Business Suite's daily series “{ $metric }”, a figure per day of the page, not a follower count or posts (Meta's follows series counts new follows, not followers); import the posts CSV (Insights → Content → Export data) with `cmdeck import posts`, and record follower counts with `cmdeck audience record`

## An item or a row of a network's export of posts, messages or follower counts
import-export-header-unreadable = its header cannot be read ({ $error })
import-export-not-a-csv-row = not a CSV row ({ $error })
import-export-not-a-count = “{ $typed }” is not a count
import-export-figure = a figure: { $why }
import-x-analytics-header = its header lacks `Tweet id`, `Tweet permalink` or `time`
import-x-analytics-not-an-id = Tweet id “{ $typed }” is not a tweet id
import-x-analytics-not-a-time = time “{ $typed }” is not a time like 2026-10-01 10:00 +0000
import-tiktok-header = its header lacks `Video link`
import-tiktok-not-a-video = Video link “{ $typed }” is not a TikTok video's address
import-tiktok-id-without-time = the video id { $id } does not hold a time
import-followers-header = its header lacks `Date` or `Followers`
import-followers-empty = Followers is empty (TikTok writes `undefined` for a day it has no count)
import-followers-not-a-day = Date “{ $typed }” is not a day like August 18
import-mastodon-not-an-outbox = it is not an ActivityStreams outbox ({ $error })
import-mastodon-not-an-activity = not an activity with a type
import-mastodon-not-a-note = its object is not a note with an id and a published time
import-mastodon-not-a-time = published “{ $typed }” is not a time
import-linkedin-unreadable = it is not a readable spreadsheet ({ $error })
import-linkedin-no-sheet = it is a spreadsheet without LinkedIn's `All posts` (or older `Update engagement`) sheet; its sheets are { $sheets }
import-linkedin-sheet-unreadable = its sheet { $sheet } cannot be read ({ $error })
import-linkedin-no-header = its sheet { $sheet } has no header with `Post link` and `Impressions` in its first { $rows } rows
import-linkedin-no-link = it has no post link
import-linkedin-not-a-day = Created date “{ $typed }” is not a date like 11/24/2026
import-meta-posts-header = its header lacks `Post ID`, `Publish time` or `Permalink`
import-meta-posts-not-an-id = Post ID “{ $typed }” is not a post id
import-meta-posts-one-day = Date “{ $typed }” gives the figures of one day, not the post's lifetime; export with the lifetime figures
import-meta-posts-not-a-time = Publish time “{ $typed }” is not a time like { $example }
import-x-archive-cut = it could not be read to the end ({ $error })
import-x-archive-not-json = its list of tweets is not JSON ({ $error })
import-x-archive-no-assignment = it has no `window.YTD.tweets.part0 = [...]` assignment
import-x-archive-not-a-tweet = not a tweet with id_str, created_at and full_text
import-x-archive-not-an-id = id_str “{ $typed }” is not a tweet id
import-x-archive-not-a-time = created_at “{ $typed }” is not a time
import-x-archive-not-a-count = a count is not a whole number ({ $value })
import-bluesky-empty = it is empty
import-bluesky-no-commit = its commit block is missing
import-bluesky-no-did = its commit names no account (did)
import-bluesky-no-tree = its commit points to no record tree
import-bluesky-record-missing = its record is not in the file
import-bluesky-not-a-time = createdAt “{ $typed }” is not a time
import-bluesky-no-created-at = it has no createdAt
import-bluesky-header-length = its header is cut short or too long
import-bluesky-not-a-car-header = its header is not a CAR header
import-bluesky-not-car-1 = it is not a CAR file of version 1
import-bluesky-no-root = its header names no root, so its commit cannot be found
import-bluesky-block-too-long = block { $block } says it is { $length } bytes long, more than a repository's block can be
import-bluesky-block-unreadable = block { $block } cannot be read ({ $error })
import-bluesky-block-cut = block { $block } is cut short: the file ends inside it
import-bluesky-block-no-address = block { $block } has no valid address ({ $error })
import-bluesky-block-damaged = block { $block } does not match its hash: the file is damaged
import-bluesky-length-cut = it ends inside a length
import-bluesky-unreadable = it cannot be read ({ $error })
import-bluesky-length-too-long = a length in it is longer than nine bytes
import-bluesky-tree-loops = its record tree loops back on itself
import-bluesky-node-missing = a node of its record tree ({ $node }) is missing
import-bluesky-node-empty = a node of its record tree ({ $node }) has no entries
import-bluesky-entry-broken = an entry of its record tree ({ $node }) is not one
import-bluesky-entry-shares = an entry of its record tree ({ $node }) shares too much
import-meta-unopened = it cannot be opened ({ $error })
import-meta-zip-without-messages = it is a zip archive without Meta's messages/inbox/…/message_1.json
import-meta-member-not-utf8 = its file { $file } is not UTF-8 text ({ $error })
import-meta-not-utf8 = it is not UTF-8 text (byte { $byte })
import-meta-not-a-thread = { $file } is not a thread of messages ({ $error })
import-meta-not-a-message = not a message with a sender_name and a timestamp_ms
import-meta-not-a-time = timestamp_ms { $typed } is not a time
import-meta-no-owner = it does not show which participant is the account (import the whole export's zip, or a conversation between two people)
