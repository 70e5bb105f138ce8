# The session console in the therapist's language: the console's frame, notes, the record,
# timeouts, the dialogue and guided steps.
# Arguments: $speaker, $listener and $name are first names; $time is a clock time ("14:35")
# or a countdown ("1:05"); $phase and $step are numbers.

## Dates (chrono's strftime: %-d the day, %B the month, %Y the year)
console-date-full = %-d %B %Y
console-date-day-month = %-d %B

## The top bar
console-leave = Leave
console-leave-hover = Back to the couple's page; the session stays open.
console-undo = Undo
console-undo-what = Undo: { $what }
console-redo-what = Redo: { $what }
console-undo-hover = Takes back the last step (press again for the one before, back to the start of this phase). The record keeps both, marked as a correction.
console-undo-nothing = Nothing to take back in this phase.
console-session-ended = Session ended
console-end-session = End session
console-keys = Keys
console-full-screen = Full screen
console-full-screen-hover = The couple display full screen, or back to a window (F on the display).
console-card-put-away = Put away the card: { $title }
console-card-show = Show a card
console-card-hover = A short reference for the couple, on their display.
console-display-open = Couple display
console-display-close = Close couple display
console-display-hover = A second window for the couple: who has the floor and the time left. Never your notes.
console-timeout-end = End timeout
console-timeout = Timeout
console-clock-hover = Time since the session started
console-alone = { $name }, alone
console-screen = Screen { $name }
console-screen-hover = The safety screening, asked alone; saved with this session's number
console-session-line = Session { $number } · { $template }

## The agenda
console-agenda = Agenda
console-agenda-hint = Click a phase to look at it; the session stays where it is.
console-agenda-actual = { $actual } min, planned { $planned }
console-agenda-planned = planned { $planned } min
console-agenda-now = { $minutes } · now
console-confidentiality = Confidentiality
console-no-policy = No policy recorded on the couple's page
console-ground-rules = Ground rules

## The phase on screen
console-looking = You are looking at phase { $shown }. The session is in phase { $phase }: { $current }.
console-running-in-phase = { $turn }: running in phase { $phase }
console-move-here = Move the session to phase { $phase }
console-back-to-phase = Back to phase { $phase }
console-on-to-phase = On to phase { $phase }: { $title }  →
console-on-to-phase-hover = Moves the session on (asked first if a turn is running).
console-turns-preview = Speaker and listener take turns: { $speak } to speak, { $paraphrase } to paraphrase.
console-turns-move-here = Move the session here to start the turns.
console-steps-move-here = Move the session here to go through the steps.

## After the session
console-summary = Session summary
console-print-homework = Print the homework sheet (PDF)
console-print-notes = Print the session notes (PDF)
console-print-timeline = Notes with the timeline (PDF)

## Questions
console-end-session-title = End the session?
console-end-session-text = The timers stop and the session is recorded in the couple's history. You can still finish your notes afterwards.
console-end-session-yes = End the session now
# $name is the timeout's name ("Sophie's break"); $capitalised the same, capitalised.
console-end-timeout-title = End { $name } { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} early?
console-end-timeout-text = { $capitalised } has { $time } left. The turn timer carries on from where it stopped.
console-end-timeout-yes = End it now
console-leave-step-timer = A step's timer is running.
console-leave-timeout = A timeout is running until { $time }; it ends on its own.
console-not-recorded = Not recorded yet: { $what }.
# $lines: what is still running or not recorded, in sentences (or nothing).
console-leave-text = { $lines } The session stays open; you can come back to it from the couple's page.
console-leave-title = Leave the session?
console-leave-pause = Pause the timer and leave
console-leave-yes = Leave the session
console-leave-running = Leave it running
console-move-title = Move to phase { $phase }: { $title }?
console-move-text = { $turn }. Moving on ends this turn; its time so far is kept.
console-move-yes = Move on
console-not-now = Not now
# $confirm and $cancel are the keys' names ("Enter", "Esc"); $yes the button's words.
console-question-keys = { $confirm }: { $yes } · { $cancel }: not now

## The keys
console-keys-hint = They work whenever you are not typing in a text field.
console-keys-repeat = A key held down acts once, and a second press within 300 ms is taken as the same press.
console-close = Close

## A running turn, in words
console-turn-words-confirming = { $speaker } is confirming
console-turn-left = { $turn }, { $time } left
console-turn-over = { $turn }, { $time } over
# What the listener is doing: "Kai paraphrases".
console-doing-paraphrase = { $listener } paraphrases
console-doing-mirror = { $listener } mirrors
console-doing-summary = { $listener } sums up
console-doing-validation = { $listener } validates
console-doing-empathy = { $listener } imagines the feelings

## Whose turn it is (the headline over the countdown)

## The listener's way in

## The dialogue
console-topic = Topic
console-topic-hint = what this dialogue is about
console-topic-unrecorded = the dialogue's topic
console-nobody = Nobody has the floor
console-speaks = { $name } speaks
console-paused-timeout = Paused for the timeout
console-paused = Paused
console-over-time = Over time
console-attempt = paraphrase attempt { $attempt }
console-stage-time = Time used in this stage
console-next-paraphrase = Next: paraphrase
console-next-mirror = Next: mirror
console-next-summary = Next: summary
console-next-validation = Next: validation
console-next-empathy = Next: empathy
console-next-confirm = Next: confirm
# $doing: what the listener does next ("Kai paraphrases").
console-understood = Understood — { $doing }
console-heard = Heard — { $doing }
console-accurate-pass = Accurate — { $listener } has the floor
console-accurate-again = Accurate — { $speaker } goes on
console-not-quite = Not quite
console-done-keeps = Done — { $speaker } keeps the floor
console-done-pass = Done — { $listener } has the floor
console-resume = Resume
console-pause = Pause
console-more-seconds = 30 more seconds
console-there-is-more = There is more — { $speaker } goes on
console-accurate-goes-on = Accurate, { $speaker } goes on
console-accurate-stop = Accurate, stop here
console-pass-floor = Pass the floor to { $listener }
console-stop-dialogue = Stop the dialogue
console-talk-time = Talk time
console-turns = { $count ->
    [one] { $count } turn
   *[other] { $count } turns
}

## Timeouts
console-flooded = { $name } is flooded
console-short-break = A short break
console-own-timeout = The therapist's timeout
console-timeout-name-none = the timeout
console-timeout-name-partner-break = { $name }'s break
console-timeout-name-partner-timeout = { $name }'s timeout
console-timeout-name-therapist-break = the therapist's break
console-timeout-name-therapist-timeout = the therapist's timeout
console-reason-flooding = flooding
console-reason-break = short break
console-reason-other = other
console-timeout-title = Timeout: every timer has stopped
console-timeout-who = Who called it, and why?
console-timeout-keep = Keep: { $reason }, { $length }
console-timeout-undo = No timeout after all
console-called-by = called by { $name }
console-called-by-therapist = called by the therapist
console-timeout-back = Break — back at { $time }
# For a screen reader: $left is the time left in words.
console-timeout-spoken = Break, { $left }
console-timeout-come-back = Time to come back
console-timeout-end-early = End the timeout early
console-timeout-more = 5 more minutes
console-timeout-change = Change who or why

## Guided steps
console-step-over = over the planned { $limit }: carry on as long as it helps
console-step-left = left of { $limit }
console-step-untimed = elapsed (untimed step)
console-no-steps = This phase has no guided steps.
console-step-of = Step { $step } of { $count }
console-step-timeout = stopped for the timeout
console-step-paused = paused
console-step-previous = Previous step
console-step-next = Next step
console-step-last = This is the last step: go on to the next phase when you are ready.
console-step-notes = Notes on this step
console-step-notes-hint = What stood out; they go into your session note
console-step-minutes = { $minutes } min
console-step-took = took { $time }
console-step-unrecorded = the note on step { $step }

## Notes
console-notes = Notes
console-note-format = Note format
console-format-free = Free text
console-format-soap = SOAP
console-format-dap = DAP
console-format-birp = BIRP
console-notes-private = Private to you: never shown to the couple or printed on their sheet.
console-section-notes = Notes
console-section-subjective = Subjective
console-section-objective = Objective
console-section-data = Data
console-section-assessment = Assessment
console-section-plan = Plan
console-section-behaviour = Behaviour
console-section-intervention = Intervention
console-section-response = Response
console-hint-notes = What happened in the session, in your own words
console-hint-subjective = What the couple reported: concerns, feelings, their week
console-hint-objective = What you observed: affect, interaction, escalation
console-hint-data = What was said and observed in the session
console-hint-assessment = Your clinical view: patterns, progress, any risk
console-hint-plan = Next steps, homework, the next appointment
console-hint-behaviour = What each partner did and said
console-hint-intervention = What you did: techniques, exercises, guidance
console-hint-response = How the couple responded to it
console-section-kept = { $section } (from an earlier format)
console-section-kept-note = { $format } notes have no "{ $section }" section. This text stays here, and in the notes PDF, until you move it.
console-move-into = Move into { $section }
console-move-into-hover = Adds this text at the end of { $section }
console-section-unrecorded = the note's { $section }
console-quick-note = Quick note
console-quick-note-hint = A moment to remember, with the time
console-add-note = Add note
console-quick-note-too-long = The quick note can be at most { $max } characters; this one is { $count }.
console-quick-notes-empty = Timestamped notes you add during the session appear here.
console-bookmark = (bookmark)
console-signed-notes = Signed by { $by } on { $date } at { $time }. Anything more goes in an addendum, under Closing.
console-addendum-at = Addendum, { $date } at { $time }

## For the record
console-record = For the record
console-signature = Signature
console-present = Present
console-held = Held
console-modality-in-person = in person
console-modality-telehealth = telehealth
console-service-code = Service code
console-diagnosis-code = Diagnosis code
console-risk = Risk
console-risk-none = None noted
console-risk-concerns = Concerns
console-risk-what = What the concerns are
console-sign-needs-name = Add your name, and your credentials, in Settings to sign the notes.
console-sign-note = Unsigned notes print as a draft. Once signed, they are locked: anything later is a dated addendum.
console-sign-start = Sign the notes…
console-sign-confirm = Sign these notes as { $signer }?
console-sign = Sign the notes
console-signed = Signed electronically by { $by } on { $date } at { $time }.
console-addendum-line = Addendum, { $date } at { $time }: { $text }
console-addendum = Addendum
console-addendum-hint = Dated and printed after the signature
console-add-addendum = Add the addendum
console-addendum-unrecorded = an addendum
# A number's thousands separator ("1,000"); a space is written { " " }.
console-thousands = ,
console-quick-notes-earlier = { $count ->
    [one] One earlier quick note
   *[other] { $count } earlier quick notes
}
