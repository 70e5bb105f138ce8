# The protocols' own words in the therapist's language: the kinds of phase and the listener's
# steps.

## Kinds of phase
kind-check-in = Check-in
kind-ground-rules = Ground rules
kind-speaker-listener = Speaker / listener
kind-guided-steps = Guided steps
kind-homework = Homework agreements
kind-closing = Closing

## The listener's steps
step-paraphrase = Paraphrase
step-mirror = Mirror
step-summary = Summary
step-validation = Validation
step-empathy = Empathy

## What the listener is doing, after their name: "Kai paraphrases"
doing-paraphrase = paraphrases
doing-mirror = mirrors
doing-summary = sums up
doing-validation = validates
doing-empathy = imagines the feelings

## What the undo button takes back: "Undo: Emma's paraphrase confirmed"
undo-rating = { $name }'s rating { $score }/10
undo-csi-answer = { $name }'s answer to satisfaction question { $item }
undo-reviewed = agreement reviewed as { $outcome }
undo-agreement-stopped = agreement stopped
undo-agreement-kept = agreement kept going
undo-rule-added = rule added
undo-rules-replaced = the rules changed to { $rules }
undo-rule-changed = rule changed
undo-rule-removed = rule removed
undo-rule-agreed = { $name } agreed to a rule
undo-rule-agreement = { $name }'s agreement to a rule
undo-took-floor = { $name } took the floor
undo-step-started = { $listener }'s { $step } started
undo-response = response
undo-step = { $listener }'s { $step }
undo-step-finished = { $listener }'s { $step } finished
undo-not-quite = "not quite" for { $listener }'s paraphrase
undo-confirmed = { $listener }'s paraphrase confirmed
undo-turn-stopped = { $speaker }'s turn stopped
undo-timer-paused = timer paused
undo-timer-resumed = timer resumed
undo-more-time = { $time } more
undo-to-step = move to step { $step }
undo-timeout-called = timeout called
undo-timeout-longer = timeout { $time } longer
undo-the-therapist = the therapist
undo-timeout-set = timeout set to { $who }, { $reason }
undo-timeout-ended = timeout ended early
undo-agreement-added = agreement added: { $agreement }
undo-agreement-changed = agreement changed
undo-agreement-removed = agreement removed
undo-last-step = the last step
undo-floor-passed = the floor passed to { $name }
undo-all-rules = { $name } agreed to all the rules
