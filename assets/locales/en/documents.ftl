# The therapist's documents in the therapist's language: the session notes and the progress
# report (its words to the couple, doc-couple-…, follow the couple's language). Also the
# sentences the practice, the session and the data folder say to the therapist when something
# is refused or done.

## Dates in documents (chrono's strftime: %A the weekday, %B the month, %b its short name)
doc-date = %-d %B %Y
doc-date-short = %-d %b %Y
doc-date-weekday = %A %-d %B %Y
doc-date-day-month = %-d %B

## The documents, by name ("The session notes are saved")
doc-kind-notes = session notes
doc-kind-notes-timeline = session notes with the timeline
doc-kind-homework = homework sheet
doc-alone-no-sheet = Session { $number } was with { $name } alone: it has no homework sheet for the couple, and its notes are for your record only.
# Over the rest of a section on its next page.
doc-continued = { $title } (continued)

## Characters no font on this computer has
doc-font-cjk = Noto Sans CJK (the package fonts-noto-cjk) for Chinese, Japanese and Korean
doc-font-devanagari = Noto Sans Devanagari (the package fonts-noto-core)
doc-font-indic = Noto Sans for the script of India it is in (the package fonts-noto-core)
doc-font-thai = Noto Sans Thai (the package fonts-noto-core)
doc-font-arabic = Noto Sans Arabic (the package fonts-noto-core)
doc-font-other = Noto Sans (the package fonts-noto-core)
doc-missing-more = { $list } and { $count } more
# Between the fonts to install: "A, and B".
doc-missing-and = and
doc-missing-install = install { $fonts } and print again
doc-missing-emoji = emoji print as a box: write the word instead
doc-missing = Printed as a box, because no font on this computer has them: { $list }. To print them, { $how }.

## The session notes: the frame
doc-notes-header = Confidential · Session notes · { $a } & { $b }
doc-notes-footer = Confidential · { $practice } · session { $number } · { $date }
doc-notes-draft = DRAFT · NOT SIGNED
doc-notes-title = Session notes — { $a } & { $b }, session { $number }

## The session notes: who, when, where
doc-notes-heading = Session notes
doc-notes-individual-heading = Individual session notes
doc-notes-alone = { $name }, alone (of { $a } & { $b })
doc-notes-alone-record = For the therapist's record: not for the couple, nor for a joint session's file.
doc-notes-ids = { $name }: { $ids }
doc-notes-session = Session { $number }
doc-notes-service = service { $code }
doc-notes-diagnosis = diagnosis { $code }
doc-notes-still-running = still running
doc-notes-present-both = Present: { $a } and { $b }.
doc-notes-present-one = Present: { $present } ({ $absent } absent).
doc-notes-present-unknown = Present: not recorded.
doc-notes-protocol = Protocol: { $name }.
doc-notes-therapist = Therapist: { $name }.
doc-notes-next = Next session: { $date }.
doc-notes-clock-forward = The computer's clock was put forward by { $by } at { $time }; times after that follow the new clock, durations are not affected.
doc-notes-clock-back = The computer's clock was put back by { $by } at { $time }; times after that follow the new clock, durations are not affected.
# The size of a clock change: "1 d 2 h 3 min 4 s".
doc-notes-days = { $count } d
doc-notes-hours = { $count } h
doc-notes-minutes = { $count } min
doc-notes-seconds = { $count } s

## The session notes: the sections
doc-notes-check-in = Check-in
doc-notes-week = The week: { $ratings }.
doc-notes-csi = CSI-4: { $scores } (cut-off { $cutoff }).
doc-notes-progress = Progress toward the agreements
doc-notes-agreement = Agreement
doc-notes-outcome = Outcome
doc-notes-comment = Comment
doc-notes-not-reviewed = not reviewed
doc-notes-outcome-stopped = { $outcome } (stopped)
doc-notes-whose = { $who }: { $what }
doc-notes-both = Both
doc-notes-interventions = Interventions
doc-notes-phase = { $title } — { $took } (planned { $planned })
doc-notes-phase-turns = { $phase }: { $turns }
doc-notes-turns = { $name } { $count } { $count ->
    [one] turn
   *[other] turns
}, { $talk } speaking
doc-notes-retries = Paraphrases that needed another try: { $count }.
doc-notes-topics = Topics: { $topics }.
doc-notes-rules = Ground rules
doc-notes-rules-all = All { $count } rules in force were agreed by both this session.
doc-notes-rules-some = { $count } rules in force; { $both } agreed by both this session.
doc-notes-rule-agreed-by = agreed by { $name } only
doc-notes-rule-not-agreed = not agreed this session
doc-notes-risk = Risk
doc-notes-risk-none = None noted.
doc-notes-concerns = Concerns: { $words }
doc-notes-confidentiality = Confidentiality: { $policy } (agreed { $date }).
doc-notes-timeouts = Timeouts
doc-notes-timeout = { $time } · called by { $by } · { $reason } · { $length }
doc-notes-timeout-early = { $time } · called by { $by } · { $reason } · { $length } (ended early)
doc-notes-by-therapist = Therapist
doc-notes-flooding = flooding
doc-notes-short-break = short break
doc-notes-other-reason = other
doc-notes-new-agreements = New agreements
doc-notes-new-agreement = { $who }: { $what } — { $when }
doc-notes-we-know = How we'll know: { $evidence }
doc-notes-notes = Notes ({ $format })
doc-notes-earlier-format = { $section } (from an earlier format)
doc-notes-step-notes = Notes on the guided steps
doc-notes-quick = Quick notes
doc-notes-marked = (marked moment)
doc-notes-none = No notes were written.
doc-notes-written-after = Notes last written after the session, on { $date } at { $time }.
doc-notes-signed = Signed electronically by { $by } on { $date } at { $time }.
doc-notes-addenda = Addenda
doc-notes-added = Added on { $date } at { $time }

## The session notes: the timeline appendix
doc-notes-timeline = Appendix: timeline
doc-notes-undone = { $what } (undone)
doc-notes-the-floor = The floor
doc-notes-run-going = { $who }: a turn goes on, { $length }
doc-notes-run = { $who }: { $count } { $count ->
    [one] turn
   *[other] turns
}, { $length }
doc-event-started = Session started
doc-event-phase = Phase: { $title }
doc-event-rated = { $name } rated the week { $score }/10
doc-event-csi = { $name } answered satisfaction question { $question } with { $answer }
doc-event-reviewed = Agreement reviewed, { $outcome }: { $what }
doc-event-reviewed-unknown = Agreement reviewed: { $outcome }
doc-event-stopped = Agreement stopped
doc-event-rule-added = Rule added: { $rule }
doc-event-rules-replaced = The ground rules changed to { $name }
doc-event-card = Card shown to the couple: { $title }
doc-event-a-card = a card
doc-event-rule-agreed = { $name } agreed to a rule
doc-event-floor = { $name } takes the floor
doc-event-paraphrase = Paraphrase
doc-event-confirming = Confirming the paraphrase
doc-event-response = The listener's response
doc-event-not-quite = "Not quite": paraphrase again
doc-event-accurate = Paraphrase confirmed as accurate
doc-event-topic = Topic: { $topic }
doc-event-paused = Timer paused
doc-event-resumed = Timer resumed
doc-event-timeout = Timeout called by { $by } ({ $reason }), { $length }
doc-event-timeout-early = Timeout ended early
doc-event-timeout-over = Timeout over
doc-event-timeout-changed = Timeout set to: called by { $by } ({ $reason }), { $length }
doc-event-undone = Correction: undone, { $what }
doc-event-redone = Correction: redone, { $what }
doc-event-agreement = Agreement made: { $what }
doc-event-quick-note = Quick note: { $text }
doc-event-next = Next session set for { $date }
doc-event-ended = Session ended
doc-event-clock-forward = The computer's clock was put forward by { $by } (times after this follow the new clock; durations are not affected)
doc-event-clock-back = The computer's clock was put back by { $by } (times after this follow the new clock; durations are not affected)

## The progress report
doc-progress-header = Progress report · { $names }
doc-progress-header-practice = { $practice } · Progress report · { $names }
doc-progress-footer = { $names } · printed { $date }
doc-progress-title = Progress report — { $names }
doc-progress-heading = Progress report
doc-progress-span = Joint sessions { $first } to { $last }, { $from } to { $to }
doc-progress-span-one = Joint session { $number }, { $date }
doc-progress-span-none = No joint sessions yet
doc-progress-no-sessions = No joint sessions yet: the numbers start with the first one.
doc-progress-satisfaction = Satisfaction (CSI-4)
doc-progress-cut-off = cut-off { $score }
doc-progress-the-week-chart = The week, 0 to 10
doc-progress-reviewed = Agreements reviewed
doc-progress-done = done
doc-progress-partly = partly
doc-progress-not-done = not done
doc-progress-timeouts = Timeouts
doc-progress-timeouts-key = timeouts
doc-progress-share = { $name }'s share of the talk time
doc-progress-even-share = an even share
doc-progress-numbers = The numbers
doc-progress-numbers-key = The week and the CSI-4: { $a } / { $b }. Agreements reviewed: done / partly / not done. Talk: { $a }'s share of the talk time in turns.
doc-progress-col-session = Session
doc-progress-col-date = Date
doc-progress-col-week = The week
doc-progress-col-agreements = Agreements
doc-progress-col-talk = Talk
doc-progress-csi-note = CSI-4: the Couples Satisfaction Index, 4-item form (Funk & Rogge 2007), 0 to { $max }; totals below { $cutoff } suggest notable distress.
doc-progress-agreements = Agreements
doc-progress-none-yet = None made yet.
doc-progress-both = Both
doc-progress-not-reviewed = not reviewed yet
doc-progress-reviews = reviews: { $outcomes }
doc-progress-agreement = { $who }: { $what } (from session { $number }) — { $reviews }
doc-progress-streak = { $count ->
    [one] done last time
   *[other] done { $count } times in a row
}
doc-progress-stopped = stopped

## The progress report's words to the couple, in the couple's language
doc-couple-small-wins = Change is measured in small wins, and it is rarely a straight line: a hard week between good ones is part of it.
doc-couple-kept = { $count ->
    [0] Not kept yet: a first small step is the next one.
    [one] Kept once so far.
   *[other] Kept { $count } times so far, all agreements together.
}

## The practice: what it says when it refuses or has done something
doc-practice-read-only = The practice in { $folder } was opened only to read it, so nothing was changed; make changes in the Groundwork app.
doc-practice-demo-folder = Could not create a folder for the sample practice: { $error }.
doc-practice-not-protected = the practice is not protected by a passphrase
doc-practice-demo-not-protected = The sample practice is not protected: it is removed when Groundwork closes.
doc-practice-close-session-first = Close the open session first, then protect the practice.
doc-practice-passphrases-differ = The two passphrases differ; nothing was changed.
doc-practice-protected = The practice is protected: { $count } files sealed. Groundwork asks for the passphrase when it opens; without it nobody can read this practice, not even you, so keep it safe.
doc-practice-exports-moved = { $count } PDFs exported earlier were moved out of the data folder, to { $folder }.
doc-practice-new-passphrases-differ = The two new passphrases differ; nothing was changed.
doc-practice-nothing-to-remember = The practice is not protected by a passphrase, so there is nothing to remember.
doc-practice-not-remembered = This computer could not remember the passphrase: { $why }.
doc-practice-remembered = This computer remembers the passphrase: Groundwork opens this practice here without asking for it. It still asks after it locks, and on any other computer.
doc-practice-not-forgotten = This computer could not forget the passphrase: { $why }.
doc-practice-forgotten = This computer no longer remembers the passphrase: Groundwork asks for it when it opens this practice.
doc-practice-backup-passphrases-differ = The two passphrases differ; nothing was written.
doc-practice-backed-up = Backed up { $count } files ({ $size } MB) to { $file }, and read it back: it is whole.
doc-practice-no-restore-into-demo = A backup is not restored into the sample practice.
doc-practice-restored = Restored { $count } files from { $file }: { $couples } couples.
doc-practice-never-backed-up = This practice has never been backed up.
doc-practice-backup-old = The last backup is { $days } days old.
doc-practice-session-running = A session is already running; end it before starting another.
doc-practice-couple-gone = That couple is no longer in the practice.
doc-practice-no-protocol = The protocol "{ $id }" is not available.
doc-practice-choose-partner = { $protocol } is with one partner alone: choose which partner first.
doc-practice-joint-session = { $protocol } is a joint session; for one partner alone, choose the individual session.
doc-practice-session-number = Session { $number }
doc-practice-open-elsewhere = { $session } is open on { $on }, so it is read-only here; take it over only if Groundwork is no longer running on that computer.
doc-practice-no-session = No session is open.
doc-practice-exports-folder = { $couple }'s exports folder
doc-practice-home-folder = ~ (your home folder)
doc-practice-no-documents-folder = This computer has no documents folder; choose where to save.
doc-practice-too-many-copies = { $folder } holds too many copies of this document already.
doc-practice-no-progress-yet = There is no session yet, so no progress to print.
doc-practice-inside-protected = { $file } is inside the protected practice's folder, where nothing readable is kept; save the PDF somewhere else, such as your documents folder.
doc-practice-no-folder = The folder { $folder } does not exist; choose another place.
doc-practice-already-there = { $file } is already there; choose another name.

## The session: why a step is refused
doc-refuse-day-at = { $date } at { $time }
doc-refuse-timeout-ran-out = The timeout ran out at { $time }; call a new one if the couple needs more time.
doc-refuse-session-ended = The session has ended; only the notes can still be changed.
doc-refuse-signed-addendum = The notes were signed on { $when }; add a dated addendum instead.
doc-refuse-last-phase = This is the last phase; end the session when you are ready.
doc-refuse-no-phase = There is no phase { $number }; this session has { $count }.
doc-refuse-not-to-review = That agreement is not one of the agreements to review.
doc-refuse-rating = A check-in rating goes from 0 to 10.
doc-refuse-csi-question = The satisfaction questions are numbered 1 to 4.
doc-refuse-csi-answer = That answer is not one of the question's answers.
doc-refuse-no-other-rules = This protocol has no other set of ground rules.
doc-refuse-no-card = That card is not part of this protocol.
doc-refuse-too-many-rules = A couple can keep at most { $count } ground rules.
doc-refuse-rule-twice = That rule is already on the list.
doc-refuse-confirming = { $speaker } is confirming the paraphrase: choose "accurate" or "not quite".
doc-refuse-still-speaking = { $speaker } is still speaking; { $listener } paraphrases next, then { $speaker } confirms.
doc-refuse-still-paraphrasing = { $listener } is still paraphrasing; when they are done, press Next and { $speaker } confirms.
doc-refuse-already-confirmed = { $speaker } already confirmed; { $listener } is finishing as the listener, then press Next.
doc-refuse-not-quite-when = "Not quite" comes after { $listener }'s paraphrase.
doc-refuse-already-paused = The timer is already paused.
doc-refuse-not-paused = The timer is not paused.
doc-refuse-confirming-untimed = Confirming is not timed, so there is nothing to extend.
doc-refuse-step-untimed = This step is not timed, so there is nothing to extend.
doc-refuse-stage-max = A stage or step can last at most { $length }.
doc-refuse-no-steps = This phase has no guided steps.
doc-refuse-first-step = This is the first step.
doc-refuse-last-step = This is the last step; go on to the next phase when ready.
doc-refuse-phase-no-steps = That phase has no guided steps.
doc-refuse-no-step = That step does not exist.
doc-refuse-timeout-running = A timeout is already running; end it or extend it.
doc-refuse-no-timeout = No timeout is running.
doc-refuse-timeout-max = A timeout can last at most { $length }.
doc-refuse-nothing-to-undo = There is nothing to take back in this phase; undo goes back as far as the start of the phase.
doc-refuse-nothing-to-redo = There is nothing to redo: redo takes back an undo, until the next step is taken.
doc-refuse-too-many-agreements = A session can hold at most { $count } agreements; fewer, smaller agreements work better.
doc-refuse-earlier-agreement = Only agreements made in this session can be changed here; earlier ones are reviewed (and can be stopped) at check-in.
doc-refuse-no-section = There is no note section called "{ $section }".
doc-refuse-next-before = The next session cannot be before this one.
doc-refuse-nobody-present = At least one partner was in the session.
doc-refuse-already-signed = The notes are already signed, by { $by } on { $when }.
doc-refuse-sign-after-end = End the session before signing its notes.
doc-refuse-sign-no-name = Add your name in Settings to sign the notes.
doc-refuse-addendum-unsigned = The notes are not signed yet: change them directly. An addendum is for signed notes.
doc-refuse-addendum-empty = Write the addendum first.
doc-refuse-one-way-pass = In this phase { $speaker } holds the floor throughout and { $listener } listens; the floor does not pass.
doc-refuse-one-way = In this phase { $speaker } holds the floor throughout and { $listener } listens.
doc-refuse-go-to-dialogue = This phase has no speaker/listener turns; go to "{ $phase }" (phase { $number }) to start one.
doc-refuse-no-dialogue = This protocol has no speaker/listener phase.
doc-refuse-in-timeout = A timeout is running until { $time }; carry on when the couple is back, or end the timeout early.
doc-refuse-timer-stopped-by-timeout = A timeout is running; the timer is already stopped and starts again when the timeout ends.
doc-refuse-no-turn = Nobody holds the floor; start a turn first.
doc-refuse-no-timer = No timer is running in this phase.
doc-refuse-rule-gone = That ground rule is no longer on the list.
doc-refuse-extra-not-positive = The extra time must be more than zero; { $asked } was asked for.
doc-refuse-extra-too-long = The extra time can be at most { $most } at once; { $asked } was asked for.
doc-refuse-timeout-length = A timeout lasts between { $least } and { $most }; { $asked } was asked for.
doc-refuse-no-day = Choose at least one day of the week.
doc-refuse-review-past = The review date cannot be in the past.

## The data folder: what could not be written, and what to do
# What could not be done, in the form doc-store-full, -name-too-long and -failed take it.
doc-store-done-created = created
doc-store-done-opened = opened
doc-store-done-read = read
doc-store-done-saved = saved
doc-store-done-synced = saved to the disk
doc-store-done-repaired = repaired
doc-store-full-append = The disk is full, so the last step was not recorded in { $file }; free some space on the disk, then do it again (everything recorded before is safe).
doc-store-full = The disk is full, so { $file } could not be { $done }; free some space on the disk, then try again (everything saved before is safe).
doc-store-name-too-long = { $file } could not be { $done } because its name is too long for the disk; choose a shorter name or folder, then try again.
doc-store-not-allowed = Groundwork may not write to { $file }; check that the folder belongs to you and is not read-only (or choose another data folder with --data-dir), then try again.
doc-store-failed = { $file } could not be { $done } ({ $error }); check that the disk is connected and working, then try again (everything saved before is safe).
doc-store-already-exists = { $file } already exists, so Groundwork will not write over it; use another session number, or move that file out of the folder and try again.
doc-store-bad-couple-id = "{ $id }" cannot be used as a couple's folder name (only letters, digits, '-' and '_', at most 64), which is a bug in Groundwork; please report it.
doc-store-not-text = { $file } could not be saved because its contents could not be written as text ({ $message }), which is a bug in Groundwork; please report it.
doc-store-journal-broken = { $file } could not be written to safely after an earlier error; close the session and open it again to carry on (everything saved before is safe).
doc-store-changed = { $file } changed while Groundwork was repairing it, so it was left as it is; make sure Groundwork is not running twice, then open the session again.
doc-store-locked = Groundwork is already open on this practice ({ $folder }) { $place }; use that window, or close Groundwork there and try again (nothing was changed).
doc-store-needs-passphrase = The practice in { $folder } is protected by a passphrase: unlock it first (nothing was read or changed).
doc-store-changed-elsewhere = { $file } was changed by another program (is Groundwork open twice?), so the last step was not recorded and the file was left as it is; close the other Groundwork, then open the session again (everything recorded before is safe).
