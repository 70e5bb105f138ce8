# The console's phase panels in the therapist's language: check-in, ground rules, homework,
# closing.
# Arguments: $name, $a and $b are partners' names; $date a date already in words; $time a
# clock time ("14:35"); $count, $total and the like are numbers.

## Shared by the panels
phase-edit = Edit
phase-remove = Remove
phase-cancel = Cancel
phase-owner-both = { $a } and { $b }
# An agreement: who, then what they will do ("Sophie: I will share my work schedule …").
phase-agreement-line = { $who }: { $what }
phase-outcome-done = done
phase-outcome-partly = partly
phase-outcome-not-done = not done

## Dates (chrono's strftime: %A the weekday, %-d the day, %B the month, %Y the year)
phase-date-long = %A %-d %B %Y
phase-date-full = %-d %B %Y
phase-date-day-month = %-d %B
# What a date field shows while empty; the date is typed in this form whatever the language.
phase-date-hint = YYYY-MM-DD
phase-date-empty = Type the date as YYYY-MM-DD, for example { $example }.
phase-date-invalid = "{ $text }" is not a date; type it as YYYY-MM-DD, for example { $example }.
phase-date-too-early = { $date } is before this session; choose a later date.

## Typed but not recorded yet (listed after "Not recorded yet:" when leaving the session)
phase-unrecorded-agreement-change = a change to an agreement, not saved yet
phase-unrecorded-agreement-new = an agreement being written, not added yet
phase-unrecorded-comment = the comment on agreement { $id }
phase-unrecorded-rule-new = a ground rule being typed, not added yet
phase-unrecorded-rule-change = a change to a ground rule, not saved yet
phase-unrecorded-next-date = the date of the next session

## How an agreement is described to the therapist
phase-when-daily = every day
phase-when-weekdays = on { $days }
phase-when-weekly = once a week
phase-when-weekly-on = once a week, on { $day }
phase-terms-we-know = we'll know: { $evidence }
phase-terms-review-on = review on { $date }
phase-terms-review-next = review at the next session

## Check-in
phase-checkin-week = The week
phase-checkin-week-question = How did the week go, from 0 (very hard) to 10 (very good)?
phase-checkin-rating-name = { $name }: { $score }
phase-checkin-not-rated = not rated
phase-checkin-homework = Homework from last time
phase-checkin-nothing-to-review = No agreements to review: none were open after the last session.
phase-checkin-reviewed = { $reviewed } of { $total } reviewed. Progress is measured in small wins.
phase-checkin-last-review = Last review ({ $date }): { $outcome }
phase-checkin-last-review-comment = Last review ({ $date }): { $outcome }: "{ $comment }"
phase-checkin-done = Done
phase-checkin-partly = Partly
phase-checkin-not-done = Not done
phase-checkin-comment = Comment
phase-checkin-comment-hint = What helped, what got in the way
phase-checkin-choose-outcome = Choose done, partly or not done to record the comment.
phase-checkin-stop = Stop this agreement (kept up, or no longer wanted)
phase-checkin-stop-hover = It will not come back for review at the next session.
phase-checkin-stops = Stops after today; it stays in the couple's history.

## The CSI-4 (its questions and answers stay in English: they need a validated translation)
phase-csi-heading = Satisfaction (CSI-4) · { $totals }
phase-csi-not-asked = not asked
phase-csi-total = { $score } of { $max }
phase-csi-intro = Four questions each partner answers for themselves; a total below { $cutoff } suggests notable distress. Ask them in turn, or let each answer without the other hearing.
phase-csi-back = Back to the session on the display
phase-csi-ask = Ask { $name } on the couple display
phase-csi-ask-hover = Turn the display to them: they answer there, alone, and see no one else's answers
phase-csi-answering = { $name } is answering on the couple display; their total shows here when all four are answered.
phase-csi-answer-name = { $name }, question { $number }: { $answer }
phase-csi-result-below = { $name }: { $score } of { $max }, below the distress cut-off ({ $cutoff })
phase-csi-result-above = { $name }: { $score } of { $max }, above the distress cut-off ({ $cutoff })

## Ground rules
phase-rules-need-rule = Please write the rule.
phase-rules-too-long = The rule can be at most { $max } characters; this one is { $count }.
phase-rules-too-many = A couple can keep at most { $max } ground rules.
phase-rules-duplicate = That rule is already on the list.
phase-rules-agree-all = { $name } agrees to all
phase-rules-none-yet = No ground rules yet. Add the rules { $a } and { $b } want to keep below.
phase-rules-all-agreed = { $a } and { $b } have agreed to every rule.
phase-rules-status = { $a } has agreed to { $a_count } of { $total } rules; { $b } to { $b_count } of { $total }.
phase-rules-agreed-by-both = Agreed by both
phase-rules-agreed-before = Agreed by both on { $date }
phase-rules-agrees = { $name } agrees
phase-rules-remove-question = Remove this rule from the couple's rules?
phase-rules-remove = Remove rule
phase-rules-keep = Keep it
phase-rules-add-label = Add a rule
phase-rules-add-hint = e.g. We keep money talks for the weekend
phase-rules-add = Add rule
phase-rules-wording = Wording of the rule
phase-rules-reword-note = Changing the wording asks both partners to agree to it again.
phase-rules-save = Save rule
# $name: the name of another set of rules ("PREP's ground rules").
phase-rules-other = Or { $name }
phase-rules-use-other = Use { $name } instead
phase-rules-use-other-hover = Replaces the rules above; both partners agree to the new ones. Undo brings the old ones back.

## Homework
phase-homework-intro = Small, concrete, checkable: in the partner's own words, not a vow.
phase-homework-added = Agreement added.
phase-homework-saved = Changes saved.
phase-homework-none-yet = No agreements yet this session.
phase-homework-agreed-count = Agreed this session ({ $count })
phase-homework-being-edited = Being edited above
phase-homework-suggestions = Suggestions
phase-homework-suggestion-taken = "{ $title }" is in the form: adjust it to the couple's own words.
phase-homework-new-heading = New agreement
phase-homework-change-heading = Change the agreement
phase-homework-who = Who
phase-homework-both = Both
phase-homework-what = What, in their own words
phase-homework-what-hint-both = We will eat dinner together without phones
phase-homework-what-hint-one = I will share my work schedule every morning
phase-homework-need-what = Please write what will be done.
phase-homework-what-too-long = What will be done can be at most { $max } characters; this one is { $count }.
phase-homework-when = When
phase-homework-every-day = Every day
phase-homework-chosen-days = On chosen days
phase-homework-once-a-week = Once a week
phase-homework-any-day = Any day
phase-homework-choose-day = Choose at least one day of the week.
phase-homework-anchor = Anchor habit: when it happens
phase-homework-anchor-hint = after breakfast
phase-homework-anchor-too-long = The anchor habit can be at most { $max } characters; this one is { $count }.
phase-homework-evidence = How we'll know it happened
phase-homework-evidence-hint = a message in the shared calendar
phase-homework-evidence-too-long = How you will know can be at most { $max } characters; this one is { $count }.
phase-homework-review = Review
phase-homework-review-next = At the next session
phase-homework-review-next-on = At the next session ({ $date })
phase-homework-review-on-date = On a date
phase-homework-review-date = Review date
phase-homework-save = Save changes
phase-homework-add = Add agreement
phase-homework-cancel-editing = Cancel editing
phase-homework-clear = Clear form

## Closing
phase-closing-from-to = from { $start } to { $end } ({ $length })
phase-closing-so-far = started { $start }, { $length } so far
# $template: the protocol's name, as its template gives it.
phase-closing-heading = Session { $number } · { $template } · { $when }
phase-closing-next-session = Next session
phase-closing-next-date = Date of the next session
phase-closing-set-date = Set date
phase-closing-clear-date = Clear date
phase-closing-next-on = Next session: { $date }
phase-closing-printed = Printed on the couple's homework sheet.
phase-closing-ended = The session ended at { $time }.
phase-closing-ended-unsigned = The session ended at { $time }. Notes can still be added until they are signed.
phase-closing-end = End session
phase-closing-dialogue = Speaker and listener
phase-closing-no-turns = No speaker/listener turns this session.
phase-closing-turns = Turns
phase-closing-talk-time = Talk time
phase-closing-paraphrasing = Paraphrasing
phase-closing-share = Share of talk time: { $a } { $a_share } %, { $b } { $b_share } %.
phase-closing-not-quite = { $count ->
    [one] { $count } paraphrase needed another try.
   *[other] { $count } paraphrases needed another try.
}
phase-closing-check-in = Check-in
# $ratings: "Sophie 7 / 10, Emma 4 / 10"
phase-closing-week = The week: { $ratings }
phase-closing-reviewed = Homework reviewed: { $reviewed } of { $total } ({ $done } done, { $partly } partly, { $not_done } not done).
phase-closing-timeouts = Timeouts
phase-closing-no-timeouts = No timeouts.
# Who called a timeout, when it was the therapist.
phase-closing-by-you = you
phase-closing-reason-flooding = flooding
phase-closing-reason-break = short break
phase-closing-reason-other = other
# $lasted and $planned: lengths ("20 min").
phase-closing-ended-early = { $lasted } (planned { $planned }, ended early)
# $how: how long it lasted ("20 min", or phase-closing-ended-early).
phase-closing-timeout = { $time }  called by { $who } · { $reason } · { $how }
phase-closing-timeout-running = { $time }  called by { $who } · { $reason } · running, back at { $back }
phase-closing-agreements = New agreements
phase-closing-no-agreements = No new agreements.
phase-closing-rules = Ground rules
phase-closing-no-rules = No ground rules.
phase-closing-rules-agreed = { $both } of { $total } rules agreed by both.
phase-closing-rule-both = agreed by both
phase-closing-rule-only = { $name } only
phase-closing-rule-none = not agreed yet
