# What the couple reads: the couple display and the homework sheet.
# Arguments: $speaker and $listener are first names, $time is a clock time ("14:35").

## The couple display
display-welcome = Welcome
display-welcome-note = Take a breath; we will begin in a moment.
display-thanks = Thank you both
display-ended = The session is over.
display-break = Break — back at { $time }
display-timeout = Timeout
display-calming = Breathe in slowly for four … and out for six.
display-flooded = Go to separate places and soothe, don't rehearse.
display-back-upset = Time to come back together, even if you are still upset: say so, and ask for more time if you need it.
display-back = Time to come back together.
display-floor-next = { $name } has the floor next
display-paused = Paused
display-over-time = Over time — finish your thought
display-talk-time = Talk time
display-more-rules = { $count ->
    [one] and one more
   *[other] and { $count } more
}

## Whose turn it is
turn-speaking = { $speaker } is speaking
turn-confirm-mirror = { $speaker }: did { $listener } get it? Is there more?
turn-confirm = { $speaker }: was that accurate?
turn-summary = { $listener }, your turn to sum up
turn-validation = { $listener }, say how { $speaker } makes sense
turn-empathy = { $listener }, imagine how { $speaker } feels
turn-mirror = { $listener }, your turn to mirror
turn-paraphrase = { $listener }, your turn to paraphrase

## The listener's way in
opening-paraphrase = “What I hear you saying is …”
opening-mirror = “If I got it, you said … Did I get it? Is there more?”
opening-summary = “Let me see if I got all of that …”
opening-validation = “You make sense to me, because …”
opening-empathy = “I imagine you might be feeling … Is that how it is?”

## The homework sheet
sheet-title = Our agreements for this week
sheet-name = Homework sheet
sheet-from-session = { $couple } · from our session on { $date }
sheet-next = Next session: { $date }
sheet-next-open = Next session: to be arranged
sheet-wins = { $count ->
    [one] Our wins so far: one agreement kept
   *[other] Our wins so far: { $count } agreements kept
}
sheet-none = No new agreements this time. Keep doing what is working.
sheet-what-we-agreed = What we agreed
sheet-doc-title = Homework sheet — { $couple }, session { $number }
sheet-footer = { $couple } · session { $number }
sheet-both = Both of us
sheet-we-know = We'll know: { $evidence }
sheet-still-going = Still going, from session { $number }
sheet-week-of = week of
sheet-notes = Our notes
sheet-rules = Our ground rules
sheet-hard = When it gets hard
sheet-timeout-1 = Either of us can say “I need a timeout.” No blame, no last word.
sheet-timeout-2 = Flooded? Say when we will come back, then go to separate places for at least 20 minutes; come back within 24 hours.
sheet-timeout-3 = Soothe, don’t rehearse: walk, breathe, music.
sheet-timeout-4 = Come back as agreed, even if still upset, and ask for more time if we need it.
sheet-start-again = Start again gently:
sheet-formula = “I feel … about … and I need …”
sheet-setbacks = Setbacks are normal: healing is not a straight line.
sheet-agreed = We agreed to this together:
sheet-unsafe = If either of you feels unsafe at home, call your local emergency number, then tell us.
sheet-date = Date

## How often
when-daily = every day
when-weekdays = on { $days }
when-weekly = once a week
when-weekly-on = once a week, on { $day }
list-and = { $first } and { $last }

## Dates (chrono's strftime; %A the weekday, %B the month)
date-long = %A %-d %B
date-day-month = %-d %b
date-month = %b

## Pages
page-of = page { $page } of { $pages }

## The ground rules the templates suggest (a rule the therapist wrote prints as written)
rule-1 = No yelling and no name-calling.
rule-2 = No interrupting: the person who is speaking finishes before the other answers.
rule-3 = Use "I" statements ("I feel … about … and I need …") instead of "you" accusations.
rule-4 = Either of us may call a timeout at any moment, and the other honours it.
rule-5 = Nobody storms out: if it gets too much, ask for a timeout instead.
rule-6 = Phones away for the session.
rule-7 = One topic at a time.
rule-8 = What is said here is not used as ammunition later.

display-csi-title = { $name }, just for you
display-csi-intro = Four questions about your relationship. No one else sees your answers here.
display-csi-original = The questions keep their original English wording, so that your answers can be compared with the published scores.
display-csi-thanks = Thank you, { $name }. Please turn the screen back.
display-csi-answer = { $name }, question { $number }: { $answer }
