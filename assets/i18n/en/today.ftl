## cmdeck today
today-title = cmdeck — { $date }
today-posts = Posts: { $due } due today, { $overdue } overdue
today-overdue = OVERDUE
today-inbox = Inbox: { $waiting } waiting{ $oldest } (target { $target } min)
today-inbox-oldest = , the oldest for { $age }
today-mentions = Mentions: { $new } new, { $negative } negative
today-spike = SPIKE: { $label } — { $count } in the last 24 hours
today-follow-ups = Follow-ups due: { $due }
