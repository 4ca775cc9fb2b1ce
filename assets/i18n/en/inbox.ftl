# The Inbox pane, both faces, the reply editor, saved replies and triage rules.

## Views, list and titles
inbox-view-needs-answer = needs an answer
inbox-view-all = all messages
inbox-view-snoozed = snoozed
inbox-view-done = replied and done
inbox-view-escalated = escalated
inbox-list-title = Inbox — { $view }, { $order }{ $filter }{ $marked } · { $keys }
inbox-order-newest = newest first
inbox-order-oldest = oldest first
inbox-title-only = only { $filter }
inbox-title-marked = { $shown } selected
inbox-strategy-title = Inbox — response targets, tone of voice, escalation, triage rules
inbox-detail-title = Inbox — message
inbox-column-age = Age
inbox-column-net = Net
inbox-column-kind = Kind
inbox-column-from = From
inbox-column-tone = Tone
inbox-column-priority = Priority
inbox-column-message = Message
inbox-empty-zero = Inbox zero: nothing is waiting for an answer.
inbox-empty = Nothing here.
# A stored value (network, kind, priority…) as the inbox shows it: English shows the stored
# name, the one the config file and the rule form take.
inbox-value = { $stored }
inbox-kind-escalated = ⇡ escal.
inbox-kind-snoozed = ☾ snooze
inbox-kind-replied = ↩ replied
inbox-kind-done = ✓ done
inbox-priority-urgent = ‼ urgent
inbox-priority-high = ! high
inbox-priority-normal = normal
inbox-priority-low = low

## Hints
inbox-hint-reply = reply
inbox-hint-done = done
inbox-hint-snooze = snooze
inbox-hint-view = view
inbox-hint-keys = keys
inbox-hint-choose = choose
inbox-hint-new = new
inbox-hint-edit = edit
inbox-hint-delete = delete
inbox-hint-closes = closes
inbox-hint-adds-one = adds one
inbox-hint-inserts = inserts
inbox-hint-back-to-text = back to the text
inbox-hint-records = records the reply
inbox-hint-saved-replies = saved replies
inbox-hint-cancels = cancels

## Detail
inbox-field-from = from
inbox-field-person = person
inbox-field-channel = channel
inbox-field-received = received
inbox-field-status = status
inbox-field-priority = priority
inbox-field-sentiment = sentiment
inbox-field-why = why
inbox-field-rule = rule
inbox-field-suggested = suggested
inbox-field-response = response
inbox-field-snoozed-to = snoozed to
inbox-detail-date-pattern = %A %d %B %Y, %H:%M
inbox-sentiment-unknown = unknown
inbox-sentiment-corrected = (corrected by hand)
inbox-sentiment-automatic = (automatic)
inbox-person-watchlist = { $name } — ⚑ on the watchlist
inbox-person-none = not linked to a person
inbox-detail-channel-line = { $network } { $channel } · { $kind }
inbox-detail-heard-on = heard on { $source } · { $kind } (answer it there; recorded on { $network } { $channel })
inbox-detail-suggested = saved reply “{ $reply }” ({ $reply_key }, then it is first in { $insert_key })
inbox-detail-in-business-hours = { $time } in business hours
inbox-detail-answered-after = answered after { $time } — { $state } against the { $target } target
inbox-detail-waiting-for = waiting for { $time } — { $state } against the { $target } target
inbox-replies-heading = Replies recorded in cmdeck
inbox-detail-footer = { $reply_key } replies (recorded here; post it on the network yourself) · { $back_key } goes back.

## Strategy face
inbox-sla-heading = Response-time target (SLA): first answer within { $target }
inbox-this-week = This week
inbox-last-week = Last week
inbox-stats-counts = received { $received }  answered { $answered }  within { $target } target: { $within } ({ $share })
inbox-stats-times = median first response { $median }  slowest { $slowest }
inbox-response-formula = first response time = first reply − received; median of the week's answered messages
inbox-volume-heading = Volume this week by channel and kind
inbox-tone-heading = Tone of voice
inbox-tone-none = No tone-of-voice guide in the plan yet.
inbox-escalation-heading = Escalation rules
inbox-escalation-none = No escalation rules in the plan yet.

## Triage rules
inbox-rules-heading = Triage rules, applied in this order ({ $keys })
inbox-rules-formula = every rule whose conditions all hold applies, in the order written; a later rule's action replaces an earlier one's for the same field; a single word matches whole words only, a phrase matches anywhere; case and accents are ignored
inbox-rules-none = No triage rules yet: add one to set priority, sentiment or state as messages arrive.
inbox-rules-from-config = (from config)
inbox-rules-line = { $marker } { $name } { $origin } when { $when } → { $then }
inbox-rules-contains = contains
inbox-rules-channel = channel
inbox-rules-kind = kind
inbox-rules-role = role
inbox-rules-priority = priority
inbox-rules-sentiment = sentiment
inbox-rules-status = status
inbox-rules-reply = reply
inbox-rule-from-config = That rule comes from the config file's [[inbox.rules]]: change it there.
inbox-rule-none-to-edit = There is no triage rule to edit yet.
inbox-rule-none-to-delete = There is no triage rule to delete.
inbox-rule-delete-question = Delete the triage rule “{ $name }”? Messages it touched keep what it set
inbox-rule-new-title = New triage rule
inbox-rule-edit-title = Edit triage rule
inbox-rule-field-name = Name (name)
inbox-rule-field-contains = Any of these words (contains: a, b)
inbox-rule-field-channel = Channel (channel)
inbox-rule-field-kind = Kind of message (kind)
inbox-rule-field-role = Sender's role (role)
inbox-rule-field-priority = Set priority (priority)
inbox-rule-field-sentiment = Set sentiment (sentiment)
inbox-rule-field-status = Set state (status)
inbox-rule-field-saved-reply = Suggest saved reply (saved_reply)
inbox-rule-name-in-config = a rule in the config file has that name: give this one its own
inbox-rule-name-taken = another triage rule has that name
inbox-rule-saved = Saved the triage rule “{ $name }”
inbox-rule-deleted = Deleted the triage rule
inbox-undo-triage-rule = triage rule
# A rule's mistakes, the same on the rule form and in the config file's [[inbox.rules]].
inbox-rule-error-no-name = the rule name is empty: name the rule, it is shown on the messages it touches
inbox-rule-error-unknown = unknown { $what } `{ $text }`; use one of: { $known }
inbox-rule-error-blank-word = rule `{ $rule }` has a blank word: remove it from the list
inbox-rule-error-empty-saved-reply = rule `{ $rule }` has an empty saved reply: give a saved reply's title or remove the line
inbox-rule-error-no-condition = rule `{ $rule }` has no condition: give at least one of contains, channel, kind, role
inbox-rule-error-no-action = rule `{ $rule }` has no action: give at least one of priority, sentiment, status, saved_reply
inbox-rule-error-blank-contains = rule `{ $rule }` has a blank word in contains: remove it

## Forms
inbox-not-a-time = “{ $text }” is not a time; write it as YYYY-MM-DD HH:MM
inbox-snooze-title = { $count ->
    [one] Snooze { $shown } message
   *[other] Snooze { $shown } messages
}
inbox-snooze-until = Until
inbox-snooze-time = Time (YYYY-MM-DD HH:MM)
inbox-snooze-in-an-hour = in 1 hour
inbox-snooze-tomorrow = tomorrow 9:00
inbox-snooze-next-monday = next Monday 9:00
inbox-snooze-at-time = at the time below
inbox-snooze-passed = that time has already passed
inbox-link-title = Link the sender to a person
inbox-link-person = Person
inbox-link-new-person = — a new person —
inbox-link-name = New person's name
inbox-link-role = Role
inbox-link-name-missing = give the new person a name
inbox-filter-title = Show only…
inbox-filter-any = any
inbox-filter-channel = Channel
inbox-filter-sentiment = Sentiment
inbox-filter-person = Person
inbox-new-title = New message
inbox-new-channel = Channel
inbox-new-kind = Kind
inbox-new-from = From
inbox-new-body = Message
inbox-new-received = Received (empty = now)
inbox-new-channel-missing = choose the channel it came from
inbox-new-from-missing = say who sent it
inbox-new-body-missing = the message has no text
inbox-saved-reply-new-title = New saved reply
inbox-saved-reply-edit-title = Edit saved reply
inbox-saved-reply-name = Name
inbox-saved-reply-body = Text ({"{"}name{"}"} {"{"}channel{"}"} {"{"}today{"}"})
inbox-saved-reply-name-missing = give the reply a name
inbox-saved-reply-body-missing = the reply has no text
inbox-saved-reply-name-taken = another saved reply has that name

## Saved replies library
inbox-library-title = Saved replies — { $keys }
inbox-library-empty = No saved replies yet{ $add }. Use {"{"}name{"}"}, {"{"}channel{"}"} and {"{"}today{"}"} in the text.
inbox-library-delete-question = Delete the saved reply “{ $name }”?

## Reply editor
inbox-reply-title = Reply to { $to }
inbox-reply-note = cmdeck records the reply and its time; publishing it on the network happens there (or through a later connector).
inbox-reply-suggestion = A rule suggests the saved reply “{ $name }”.
inbox-reply-no-match = No saved reply matches “{ $typed }”; nothing was inserted.
inbox-reply-empty = The reply is empty; write it or insert a saved reply.
inbox-picker-prompt = saved reply:
inbox-picker-search = type words to search
inbox-picker-none = No saved replies or holding statements yet.
inbox-picker-no-match = Nothing holds every word of “{ $typed }”.
inbox-picker-saved = Saved replies
inbox-picker-holding = Holding statements (crisis protocol)
inbox-picker-holding-crisis = Holding statements (crisis protocol; a crisis is open)

## Questions and status messages
inbox-select-first = Select a message first.
inbox-marked-done = Marked done
inbox-set-to = Set to { $status }
inbox-priority-set = Priority { $priority }
inbox-sentiment-set = Sentiment corrected to { $sentiment } (the automatic guess is kept apart)
inbox-changed = Changed
inbox-messages-count = { $count ->
    [one] { $shown } message
   *[other] { $shown } messages
}
inbox-snoozed-until = Snoozed until { $when }
inbox-added-message = Added the message
inbox-added-message-rule = Added the message (rule: { $rule })
inbox-reply-recorded = Reply recorded; post it on the network yourself
inbox-reply-recorded-first = Reply recorded — first response after { $after }; post it on the network yourself
inbox-linked = Linked to the person
inbox-linked-new-person = Added { $name } to Prescriptors as { $role } and linked
inbox-saved-reply-saved = Saved “{ $name }”
inbox-saved-reply-deleted = Deleted the saved reply

## Undo labels
inbox-undo-mark-done = mark done
inbox-undo-escalate = escalate
inbox-undo-priority = priority
inbox-undo-sentiment = sentiment correction
inbox-undo-snooze = snooze
inbox-undo-new-message = new message
inbox-undo-reply = reply
inbox-undo-link = link
inbox-undo-new-person = new person
inbox-undo-saved-reply = saved reply
inbox-undo-delete-saved-reply = delete saved reply
