# The app's screens in the therapist's language: the home screen, the couple page, settings,
# safety, privacy, the lock screen, keys, dialogs.
# Arguments: $name is a partner's or a couple's name as typed; $number a session's number;
# $computer a computer's name ("OFFICE-PC", or "OFFICE-PC since 14:02"); $path and $file a
# file's full path.

## Window titles and what a screen reader calls the windows
app-title-locked = Groundwork (locked)
app-title-sample = Groundwork — sample practice
app-display-title = Groundwork — for the couple
app-display-mirror = Couple display, in its own window
app-display-answering = { $name } is answering four questions

## Words used in many places
app-settings = Settings
app-cancel = Cancel
app-not-now = Not now
app-all-couples = All couples
app-dismiss = Dismiss
app-open-to-print = Open to print

## The message at the foot of the window
app-couple-language-set = Their display and homework sheet are in { $language } from now on.
app-couple-added = { $name } added.
app-demo-opening = The sample practice is opening in a window of its own. Your practice stays here, untouched.
app-demo-failed = Could not open the sample practice: { $error }.
app-session-torn = The last line of this session was cut off when Groundwork stopped; it was kept in { $file } and everything before it is here.
app-version-kept = Kept. The other version is in the conflicts folder, in case it is ever needed.
app-passphrase-changed = The passphrase is changed. Use the new one from now on.
app-open-failed = Could not open { $file }: { $error }
app-settings-saved = Settings saved.
app-clinical-saved = The clinical record is saved.
app-screening-saved = { $name }'s screening is saved.
app-confidentiality-saved = The confidentiality policy is saved.
app-timeout-over = The timeout is over; the turn carries on where it stopped.
app-saved-notes = The session notes are saved ({ $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    }): { $path }
app-saved-notes-timeline = The session notes with the timeline are saved ({ $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    }): { $path }
app-saved-homework = The homework sheet is saved ({ $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    }): { $path }
app-saved-progress = The progress report is saved ({ $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    }): { $path }

## The system's file dialogs
app-backup-dialog-title = Back up the practice
app-restore-dialog-title = Restore a backup

## "Save as": where a PDF goes
app-save-notes = Save the session notes
app-save-notes-timeline = Save the session notes with the timeline
app-save-homework = Save the homework sheet
app-save-folder = Folder
app-save-file-name = File name
app-save-hint = The PDF opens in your viewer to print. "Another place…" opens this computer's own Save dialog.
app-save-hint-no-dialog = The PDF opens in your viewer to print. To save it elsewhere, type the whole path as the file name (this computer shows no Save dialog: xdg-desktop-portal or zenity would).
app-save-choosing = Choose the place in the system's dialog…
app-save-taken = A file with that name is already there.
app-save-replace = Replace it
app-save-keep-both = Keep both
app-save = Save
app-save-name-first = Type a name for the file first.
app-save-elsewhere = Another place…
app-save-no-dialog = This computer shows no Save dialog: type the whole path as the file name.

## The lock screen and the unlock screen
app-locked-line = Groundwork is locked. Type the passphrase to carry on; the session keeps running.
app-unlock-line = This practice is protected. Type its passphrase to open it.
app-unlock-keychain = Type the passphrase: { $why }.
app-unlock-empty = Type the practice's passphrase first.
app-unlock-hint = passphrase
app-unlock-passphrase = Passphrase
app-unlock-remember = Remember on this computer
app-unlock-remember-hover = This computer's keychain keeps the key: Groundwork opens this practice here without asking. It still asks after it locks, and on any other computer.
app-unlock = Unlock
app-unlock-folder = Practice folder: { $folder }
app-opening = Opening the practice…
app-opening-failed = The practice could not be opened. Close this window; nothing in it was changed.
app-opening-failed-fault = Groundwork stopped while reading the practice. Start it again; if this happens again, the files in the practice folder are as they were.

## Home
app-home-sample = sample practice · not protected by a passphrase
app-lock = Lock
app-lock-hover = Hide everything until the passphrase is typed again
app-home-protect-reminder = Before the first couple: protect this practice with a passphrase, so a lost laptop or a copied folder shows nothing.
app-home-protect-now = Protect it (Settings)
app-home-back-up-now = Back up now (Settings)
app-home-open-elsewhere = { $name }: a session is open on { $computer }
app-home-read-only = It is read-only here while it is open there.
app-home-open-page = Open { $name }'s page
app-home-left-open = { $name }: session { $number } is still open
app-home-left-open-note = You left it without ending it; its timers are as you left them.
app-home-still-open = { $name }: a session is still open
app-home-still-open-note = Groundwork closed before it ended. Nothing was lost.
app-home-resume = Resume { $name }'s session
app-home-welcome = Welcome to Groundwork
app-home-begin = Add the first couple below to begin. Everything stays on this computer.
app-home-new-here = New here? Look around a sample practice first:
app-home-open-sample = Open the sample practice
app-home-sample-note = It opens in a window of its own, in a temporary folder: your own practice stays here, untouched.
# The key after it is added by the app: "a partner's name  (Ctrl+F)".
app-home-search = Search couples
app-home-search-hint = a partner's name
app-home-no-match = No couple matches "{ $search }".
app-home-couples = Couples
app-home-column-couple = Couple
app-home-column-last = Last session
app-home-column-agreements = Open agreements
app-home-no-sessions = no sessions yet
app-problems-title = Some files could not be read

## The first run: about the practice
app-setup-title = First, about your practice
app-setup-note = Printed on the session notes and the couple's homework sheet. Settings changes any of it later.
app-setup-practice = Practice name
app-setup-practice-hint = for example, Harbour Couples Practice
app-setup-name = Your name
app-setup-name-hint = as it signs the notes
app-setup-credentials = Credentials
app-setup-credentials-hint = for example, LMFT
app-setup-paper = Paper size
app-setup-save = Save and continue
app-setup-later = Later

## Adding a couple
app-add-title = Add a couple
app-add-first = First partner
app-add-second = Second partner
app-add-name-hint = name
app-add-button = Add couple

## Two versions of a file a sync engine kept ($what: "Emma & Sophie's record", store-versions-of-…)
app-versions-title = Two versions of { $what }
app-versions-why = { $engine } kept both because two computers changed it at once. Keep the one that is right; the other is moved into the conflicts folder, not deleted.
app-versions-sessions = Sessions recorded in either version stay in the record: they come from the sessions themselves.
app-versions-in-use = In use
app-versions-keep-in-use = Keep the version in use
app-versions-other = The other version
app-versions-keep-other = Keep the other version
app-versions-changed = changed { $when }
app-versions-same = The same in both: { $fields }.

## A couple's page
app-couple-gone = This couple is no longer in the practice.
# The language menu's name for a screen reader, and the words beside it.
app-couple-language = The couple's language
app-couple-their-language = Their language
app-couple-next-session = next session { $date }
app-couple-safety = Safety and confidentiality · { $summary }
app-couple-rules = Ground rules
app-couple-rules-none = Agreed in the first session.
app-couple-rule-sessions-only = in sessions only
app-couple-rule-agreed = agreed { $date }
app-couple-agreements = Agreements
app-couple-agreements-none = None yet.
app-couple-both = Both
app-couple-stopped = (stopped)
# $who: a partner's name or "Both"; $when: how often ("every day").
app-couple-agreement-line = { $who } · { $when } · from session { $session }
app-review = { $date }: { $outcome }
app-review-done = done
app-review-partly = partly
app-review-not-done = not done
# $number: the count written with thousands separators ("1,200").
app-couple-show-all = { $count ->
        [one] Show the agreement
       *[other] Show all { $number } agreements
    }
app-couple-progress = Progress
app-couple-progress-pdf = Progress report PDF
app-couple-progress-pdf-hover = These charts, the numbers and each agreement's reviews, printed into the couple's exports folder. Nothing from a screening or an individual session is in it.

## The clinical record
app-clinical-title = Clinical record
app-clinical-note = Optional. Printed on the session notes of the sessions from now on.
app-clinical-record-number = { $name }'s record number
app-clinical-born = { $name }'s date of birth
app-clinical-date-hint = YYYY-MM-DD
app-clinical-diagnosis = Diagnosis code
app-clinical-diagnosis-what = the diagnosis code
app-clinical-service = Usual service
app-clinical-modality = Usually held
app-clinical-save = Save the clinical record
app-clinical-born-range = { $name }'s date of birth must be between 1900 and today.
app-clinical-born-format = { $name }'s date of birth is written YYYY-MM-DD, for example 1988-05-03.
app-clinical-not-saved = Not saved. { $problems }

## Starting a session
app-start-still-open = Session { $number } is still open
app-start-resume = Resume session
app-start-protocol = Protocol
app-start-alone = Start with { $name } alone
app-start-session = Start session
app-start-before = Before you start
app-start-anyway = Start anyway
# The protocol's summary and source are the template's own words.
app-start-template = { $summary } · about { $minutes } minutes · { $source }

## A session open on another computer
app-elsewhere-title = Session { $number } is open on { $computer }
app-elsewhere-read-only = It is read-only here, so that nothing typed on { $computer } is written over. Its notes and homework can still be printed below.
app-take-over = Take over session { $number }…
app-take-over-hover = Only when Groundwork is no longer running on { $computer }
app-take-over-question = Is Groundwork closed on { $computer }, or that computer gone? If it is still running there, what is typed there from now on is kept apart and has to be merged by hand.
app-take-over-here = Take it over on this computer

## The couple's sessions
app-sessions = Sessions
app-sessions-none = No sessions yet.
app-sessions-column-session = Session
app-sessions-column-date = Date
app-sessions-column-protocol = Protocol
app-sessions-column-length = Length
app-sessions-column-turns = Turns
app-sessions-column-talk = Talk time
app-sessions-column-timeouts = Timeouts
app-sessions-column-open = Open and print
app-sessions-signed = signed
app-sessions-draft = draft
app-sessions-draft-hover = Open the session to sign its notes
app-sessions-unreadable = could not be read (see below)
app-sessions-individual = Individual: { $name } alone
app-sessions-open-on = open on { $computer }
app-sessions-in-progress = in progress
app-sessions-open = Open session { $number }
app-sessions-notes-pdf = Notes PDF
app-sessions-homework-pdf = Homework PDF
app-sessions-notes-pdf-hover = Print session { $number }'s session notes into the couple's exports folder
app-sessions-homework-pdf-hover = Print session { $number }'s homework sheet into the couple's exports folder
# What a screen reader calls the button: "Notes PDF, session 3".
app-sessions-pdf-name = { $label }, session { $number }

## Dates (chrono's strftime: %A the weekday, %a its short name, %B the month, %b its short
## name, %-d the day, %Y the year, %H:%M the time)
app-date-session = %a %-d %b %Y
app-date-next-session = %a %-d %b
app-date-changed = %a %-d %b %Y, %H:%M
app-date-calendar-day = %A %-d %B %Y
app-date-calendar-month = %B %Y

## The calendar beside a date field ($field: the field's name, "Review date")
app-calendar = Calendar…
app-calendar-name = { $field }: choose on a calendar
app-calendar-before = Month before
app-calendar-after = Month after
app-calendar-mon = Mo
app-calendar-tue = Tu
app-calendar-wed = We
app-calendar-thu = Th
app-calendar-fri = Fr
app-calendar-sat = Sa
app-calendar-sun = Su

## What a screen reader hears of a countdown ("1 minute 5 seconds left")
app-a11y-seconds = { $count ->
        [one] { $count } second
       *[other] { $count } seconds
    }
app-a11y-minutes = { $count ->
        [one] { $count } minute
       *[other] { $count } minutes
    }
app-a11y-minutes-seconds = { $minutes } { $seconds }
app-a11y-left = { $time } left
app-a11y-time-up = time is up
app-a11y-over = over time by { $time }
app-a11y-so-far = { $time } so far
app-a11y-paused = paused

## The keys' help: what each key does (the keys' names stay as they are: "Space", "Ctrl+Z")
app-key-next = Next stage of the dialogue, as the protocol has them (speak, paraphrase or mirror, confirm; then any summary, validation, empathy); at the confirmation, "accurate". In guided steps: the next step.
app-key-not-quite = "Not quite": back to the paraphrase.
app-key-pass-floor = Pass the floor to the other partner when the speaker is ready; where the protocol has them, the listener first validates and imagines the feelings (where one partner holds the floor throughout, only that).
app-key-pause = Pause or resume the timer.
app-key-extend = 30 more seconds for this stage or step.
app-key-timeout = Timeout: every timer stops at once, then choose who called it and why. During a timeout: end it early (you are asked first).
app-key-quick-note = Write a quick, timestamped note.
app-key-next-phase = Look at the next phase of the agenda; the session stays where it is.
app-key-previous-phase = Look at the previous phase; the session stays where it is.
app-key-move-here = Move the session to the phase you are looking at (asked first if a turn is running).
app-key-display = Open or close the couple display.
app-key-fullscreen = On the couple display: full screen, or back to a window.
app-key-undo = Undo the last step (again for the one before, back to the start of the phase).
app-key-redo = Redo: take back the last undo (until the next step is taken).
app-key-redo-y = Redo, as Ctrl+Shift+Z.
app-key-print = Print the session notes (PDF).
app-key-search = On the home screen: search the couples.
app-key-timeout-choice = In the timeout dialog: who called it and why.
app-key-confirm = Yes to the question on screen (end the session, end a timeout early, …).
app-key-cancel = Close a dialog without doing anything (in the timeout dialog: no timeout after all). On the couple display: leave full screen.
app-key-help = Show or hide this list.

## Keys as the keyboard labels them
app-keyname-ctrl = Ctrl
app-keyname-shift = Shift
app-keyname-space = Space
app-keyname-right = Right arrow
app-keyname-left = Left arrow
app-keyname-enter = Enter
app-keyname-esc = Esc
app-keyname-f-display = F (couple display)
