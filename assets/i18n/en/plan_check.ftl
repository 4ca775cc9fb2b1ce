# The plan file's words: every mistake the plan checker finds (src/plan/validate.rs), in a file
# given to `cmdeck plan import` or in an edit of the plan screen, and the comments of the file
# `cmdeck plan export` writes (src/plan/write.rs). Keys (`objectives[2].deadline`), TOML names,
# stored values (`competitor`, `balanced`), commands and the quoted text of the file stay as
# they are.

## Values of any table
plan-check-date = `{ $text }` is not a date that exists (YYYY-MM-DD)
plan-check-name-empty = the name is empty
plan-check-name-twice = the name `{ $name }` is used twice
plan-check-money = an amount is euros with at most two decimals
plan-check-not-finite = the number is not finite

## Objectives
plan-check-unknown-kpi = unknown KPI `{ $kpi }`
plan-check-deadline-before-start = the deadline is before the start
plan-check-iso-week = `{ $week }` is not an ISO week (YYYY-Www)
plan-check-week-twice = week `{ $week }` is given twice
# $known is plan-check-channels-none or plan-check-channels-known.
plan-check-unknown-channel = unknown channel `{ $channel }` ({ $known }); declare it in a [[channels]] entry of this file, or add it with `cmdeck channel add NETWORK @HANDLE`
plan-check-channels-none = there are none yet
plan-check-channels-known = known: { $channels }

## Channels
plan-check-channel-spelling = write the channel as `{ $channel }`
plan-check-channel-twice = channel `{ $channel }` is planned twice
plan-check-char-limit = the length limit is at least 1 character
plan-check-posts-per-week = posts per week is a number of zero or more

## Pillars
plan-check-share-range = the share { $share } is outside 0 to 1

## Campaigns
plan-check-no-objective = no objective is named `{ $objective }`
plan-check-campaign-ends-before = the campaign ends before it starts
plan-check-conversions-negative = conversions cannot be negative

## Listening rules
plan-check-unknown-rule-kind = unknown kind `{ $kind }`
plan-check-competitor-missing = a competitor rule names its competitor
plan-check-no-competitor = no competitor is named `{ $name }`
plan-check-competitor-not-allowed = only a competitor rule names a competitor
plan-check-terms-empty = a rule needs terms to match
plan-check-unknown-sensitivity = unknown sensitivity `{ $sensitivity }` (sensitive, balanced, strict)
plan-check-threshold = min_count is at least 1 and cooldown_hours at least 0

## Crisis protocol
plan-check-step-empty = a step is empty
plan-check-statement-level = the level is 1, 2 or 3

## The brand's settings (src/clock.rs, src/analytics/response.rs, src/analytics/sentiment),
## also read where the desk starts and where the config's business hours are
plan-check-time-zone = “{ $typed }” is not a time zone name (such as Europe/Madrid or America/Mexico_City)
plan-check-week-start = “{ $typed }” is not a first day of the week (monday or sunday)
plan-check-hours-empty = business hours are empty: write them as `mon-fri 09:00-18:00`, or leave them out
plan-check-hours-part-empty = part { $index } is empty: remove the extra separator or write `mon-fri 09:00-18:00`
plan-check-hours-shape = `{ $part }` should be days then opening hours, such as `mon-fri 09:00-18:00`
plan-check-hours-time = `{ $part }` has an invalid time `{ $time }`: write it as HH:MM from 00:00 to 23:59
plan-check-hours-backwards = `{ $part }` closes before it opens: the opening time must come first
plan-check-hours-day-twice = `{ $day }` is given twice: name each day once
plan-check-hours-day = `{ $part }` has an unknown day `{ $day }`: use mon tue wed thu fri sat sun or lun mar mié jue vie sáb dom
# One of the brand's sentiment terms, by its place in the list; $why is one of the two below.
plan-check-term = term { $position }: { $why }
plan-check-term-weight = `{ $weight }` is not a weight from -3 to 3
plan-check-term-words = `{ $term }` does not read as words

## Channel names, `network:handle` (src/domain/channels.rs)
plan-check-channel-shape = “{ $text }” is not NETWORK:@HANDLE (e.g. instagram:@mybrand)
plan-check-unknown-network = unknown network “{ $network }” (known: { $known })
plan-check-handle-empty = the handle is empty
plan-check-handle-space = the handle “{ $handle }” has a space or a control character
plan-check-handle-long = the handle is longer than 100 characters

## The comments of an exported plan file: each line of a message becomes a `# ` line
plan-file-header =
    cmdeck plan: the brand's strategy in one file.
    Export it with `cmdeck plan export FILE`, edit it, and load it back with
    `cmdeck plan import FILE`: the whole file is checked first, then the plan is replaced
    in one go (items are matched by name; items left out are deleted).
    Dates are YYYY-MM-DD, money is euros with two decimals, channels are `network:handle`.
plan-file-brand =
    The brand: its name, the inbox's first-response target in minutes, the business
    hours response times count (such as "mon-fri 09:00-18:00"; left out: the config's), the
    tone of voice guide, the escalation rules, and the time zone ("Europe/Madrid"; left out:
    the computer's) and first day of the week ("monday" or "sunday"; left out: the config's).
plan-file-sentiment-terms =
    The brand's own words for the sentiment guess: `term` counts nothing, `term=weight`
    (-3 to 3) replaces the lexicon's weight ("Bomba, Cremaet=+2").
# $kpis lists the KPI names a file may use.
plan-file-objectives =
    Objectives: a KPI to move from baseline to target between starts_on and deadline,
    optionally on one channel (`network:handle`). Names are unique.
    kpi is one of: { $kpis }.
    weekly holds values entered by hand, by ISO week (YYYY-Www).
plan-file-personas = Personas: who the brand talks to. Names are unique.
plan-file-pillars =
    Content pillars: share is the target share of posts, from 0 to 1; the shares
    should add up to 1 (cmdeck warns when they do not). Names are unique.
plan-file-channels =
    Channels (`network:handle`) with their display name, length limit, whether they are
    archived, and their plan: role, posts per week, tone and posting slots. An entry naming a
    channel the database does not have creates it; a channel left out is kept as it is.
plan-file-campaigns =
    Campaigns: from starts_on to ends_on, optionally serving an objective (by name).
    budget, revenue and spend amounts are euros with two decimals. Names are unique.
plan-file-competitors = Competitors watched by the listening rules. Names are unique.
# $kinds lists the rule kinds a file may use.
plan-file-rules =
    Listening rules: kind is one of { $kinds }; a competitor rule names one of the
    competitors above. threshold (optional) raises a crisis alert: sensitivity is one of
    sensitive, balanced, strict. Names are unique.
plan-file-crisis = The crisis protocol: the checklist of each level (1 to 3) in order.
plan-file-contacts = Crisis contacts: who to call.
plan-file-statements = Holding statements: level is 1 to 3.
plan-file-tiers = Advocacy tiers for prescriptors: position ranks them, lowest first. Names are unique.
