# The Prescriptors pane, both faces, and the person form.

## The list
people-title = Prescriptors — { $sort }{ $only } · { $keys }
people-title-only = only { $what }
people-title-due = follow-ups due
people-hint-profile = profile
people-hint-add-edit-delete = add/edit/delete
people-hint-follow-up = follow-up
people-hint-log = log
people-hint-merge = merge
people-hint-filter = filter
people-column-name = Name
people-column-role = Role
people-column-tier = Tier
people-column-follow-up = Follow-up
people-column-reach = Reach
people-column-handles = Handles
people-column-tags = Tags
people-empty = No people yet.
people-empty-key = No people yet. { $key } adds one.
people-follow-up-late = ⚠ { $days }d late
people-follow-up-today = ⚠ today
people-sort-follow-ups = follow-ups due first
people-sort-name = by name
people-sort-reach = by reach
people-sort-advocacy = by advocacy score
people-sort-risk = by risk score
people-select-first = Select a person first.
people-confirm-delete = Delete “{ $name }”, their handles and interactions?

## Suggestions
people-suggestions-title = Suggestions — { $keys }
people-hint-choose = choose
people-hint-accepts = accepts
people-hint-closes = closes
people-suggestion-candidate = ★ prescriptor candidate
people-suggestion-watchlist = ⚑ watchlist
people-suggestion-score = score { $score }

# The counts behind a suggestion, joined with commas: "4 positive mentions, reach 12,000, last
# active 2 days ago". $count chooses the plural, $shown is the number as written.
people-evidence-positive-mentions = { $count ->
    [one] 1 positive mention
   *[other] { $shown } positive mentions
}
people-evidence-positive-messages = { $count ->
    [one] 1 positive message
   *[other] { $shown } positive messages
}
people-evidence-defences = { $count ->
    [one] 1 defence
   *[other] { $shown } defences
}
people-evidence-shares = { $count ->
    [one] 1 share
   *[other] { $shown } shares
}
people-evidence-negative-mentions = { $count ->
    [one] 1 negative mention
   *[other] { $shown } negative mentions
}
people-evidence-hostile-messages = { $count ->
    [one] 1 hostile message
   *[other] { $shown } hostile messages
}
people-evidence-reach = reach { $shown }
people-evidence-active-today = active today
people-evidence-last-active = { $count ->
    [one] last active 1 day ago
   *[other] last active { $shown } days ago
}

## The profile
people-profile-title = Prescriptors — profile
people-field-role = role
people-field-tier = tier
people-field-handles = handles
people-field-tags = tags
people-field-reach = reach
people-field-follow-up = follow-up
people-field-activity = activity
people-on-watchlist = { " " }— ⚑ on the watchlist
people-follow-up-none = none set
people-activity = { $messages_shown } messages · { $mentions_shown } mentions · { $positive } positive · { $negative } negative
people-score-advocacy = Advocacy score
people-score-risk = Risk score
people-score-no-activity = no activity
people-score-from = from { $positive_mentions } positive mentions, { $positive_messages } positive messages, { $defences } defences, { $shares } shares, { $negative_mentions } negative mentions, { $hostile_messages } hostile messages, reach { $reach }
people-formula-advocacy = advocacy = (positive × (positive mentions + positive messages) + defence × defences + share × shares) × recency + reach × log10(1 + reach); 0 without positive activity; recency = 0.5 ^ (days since last activity ÷ recency_half_life_days)
people-formula-risk = risk = (negative × negative mentions + hostile × hostile messages) × recency + reach × log10(1 + reach); 0 without negative activity; recency = 0.5 ^ (days since last activity ÷ recency_half_life_days)
people-part-positive = positive
people-part-defences = defences
people-part-shares = shares
people-part-reach = reach
people-part-negative-mentions = negative mentions
people-part-hostile-messages = hostile messages
people-notes = Notes
people-notes-none = No notes.
people-log = Interaction log, latest first
people-log-empty = Nothing logged yet.
people-goes-back = { $key } goes back.
# The kinds of interaction the log offers, by their stored name.
people-interaction = { $kind ->
    [dm] dm
    [call] call
    [email] email
    [meeting] meeting
    [gift] gift
    [collaboration] collaboration
    [share] share
   *[other] other
}

## The strategy face
people-strategy-title = Prescriptors — personas and advocacy tiers
people-strategy-tiers = Advocacy programme tiers
people-strategy-no-tiers = No tiers in the plan yet.
people-strategy-receives = receives:
people-strategy-moving-up = moving up:
people-strategy-personas = Audience segments / buyer personas
people-strategy-no-personas = No personas in the plan yet.
people-head-count = { $shown } people
people-persona-who = who
people-persona-goals = goals
people-persona-pains = pains
people-persona-channels = channels
people-persona-content = content

## The forms
people-any = any
people-filter-title = Show only…
people-filter-role = Role
people-filter-tier = Tier
people-filter-tag = Tag
people-filter-due = Follow-ups due only
people-filter-sort = Order
people-follow-up-title = Next follow-up
people-follow-up-date = Next follow-up (YYYY-MM-DD)
people-interaction-title = Log an interaction
people-interaction-kind = What
people-interaction-date = When (YYYY-MM-DD)
people-interaction-note = Note
people-interaction-next = Next follow-up (empty: none)
people-merge-title = Merge two records of the same person
people-merge-other = Merge this record into it
people-merge-same-handle = { $name } (same handle)
people-form-new = New person
people-form-edit = Edit person
people-form-name = Name
people-form-role = Role
people-form-tier = Tier
people-form-no-tier = — none —
people-form-handles = Handles (network:@handle, …)
people-form-reach = Reach (followers)
people-form-tags = Tags (comma-separated)
people-form-follow-up = Next follow-up (YYYY-MM-DD)
people-form-notes = Notes
people-error-name = give the person a name
people-error-merge-choose = choose the record to merge
people-error-reach = “{ $text }” is not a number of followers; write 12400, 12,400 or 12k
people-error-handle-form = “{ $word }” is not network:handle (like instagram:@ana)
people-error-handle-network = “{ $name }” in “{ $word }” is not a network; the networks are { $networks }
people-error-handle-empty = “{ $word }” has no handle after the network
people-error-handle-taken = { $handle } already belongs to { $owner }
people-error-name-taken = there is already a person named { $owner }; edit them instead

## What a change says on the status line
people-nothing-changed = Nothing was changed: { $error }
people-profile-error = Could not open the profile: { $error }
people-gone = That person is no longer stored.
people-follow-up-cleared = Follow-up cleared
people-follow-up-set = Next follow-up on { $when }
people-logged = Logged: { $kind }{ $then }
people-logged-next = ; next follow-up on { $when }
people-merged = Merged “{ $name }” into this person; nothing was lost
people-no-suggestions = No suggestions: nobody is above the thresholds (advocacy { $advocacy } for candidates, risk { $risk } for the watchlist; [scores] in the config).
people-now-watchlist = Now on the watchlist ({ $role })
people-now-prescriptor = Now a prescriptor ({ $role })
people-deleted = Deleted “{ $name }” with { $handles ->
        [one] 1 handle
       *[other] { $handles_shown } handles
    } and { $interactions ->
        [one] 1 interaction
       *[other] { $interactions_shown } interactions
    }; { $messages ->
        [one] 1 message
       *[other] { $messages_shown } messages
    } and { $mentions ->
        [one] 1 mention
       *[other] { $mentions_shown } mentions
    } kept, unlinked
people-saved = Saved “{ $name }”
people-added = Added “{ $name }”
people-undo-follow-up = follow-up
people-undo-interaction = interaction
people-undo-merge = merge
people-undo-accept = accept suggestion
people-undo-delete = delete person
people-undo-edit = edit person
people-undo-add = add person
