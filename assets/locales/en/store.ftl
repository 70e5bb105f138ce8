# What the data folder says to the therapist: a file that could not be read (and that it was
# left as it is), a copy a sync engine kept, a passphrase, a backup, the keychain. $file and
# $folder are paths; $error is the operating system's own words.

## A file that could not be read ($message says what is wrong, in the words below)
store-problem = { $file } could not be read: { $message }; Groundwork has left it untouched, so restore it from a backup or fix it in a text editor.
store-problem-at = { $file } could not be read (line { $line }, column { $column }): { $message }; Groundwork has left it untouched, so restore it from a backup or fix it in a text editor.
# When $message already says what to do.
store-problem-advising = { $file } could not be read, so Groundwork has left it untouched: { $message }.
store-problem-advising-at = { $file } could not be read (line { $line }, column { $column }), so Groundwork has left it untouched: { $message }.

## What is wrong with a file (each runs on from "could not be read:")
store-ron-eof = the text ends too soon, as if it had been cut off
store-ron-trailing = there is more text after the end
store-ron-number-range = this number is far too large or too small to mean anything here
store-ron-too-deep = brackets are nested far deeper than any Groundwork file needs
store-sealed-changed = it has been changed outside Groundwork (it no longer opens with this practice's key)
store-sealed-locked = it is sealed with a practice's passphrase, and that practice is locked; unlock it first
store-not-sealed = it has been changed outside Groundwork (it is not sealed, though every file of this protected practice is)
store-too-large = it is larger than { $megabytes } MB, far larger than any file Groundwork writes; it is probably not a Groundwork file
# $kind: one of store-kind-…
store-special-file = it is { $kind }, not an ordinary file; move it out of the data folder and put the file back from a backup
store-kind-pipe = a pipe (FIFO)
store-kind-socket = a socket
store-kind-device = a device
store-kind-special = something special
store-link-outside = it is a link to a file outside the data folder, which Groundwork neither follows nor changes; put the file itself in the folder in place of the link
store-folder-not-file = it is a folder, not a file; move that folder somewhere else, then put the file back from a backup
store-missing = the file does not exist
store-not-allowed-to-read = Groundwork is not allowed to read it; make sure it belongs to you and that you may read it
store-disk-refused = the disk would not give it back ({ $error })
store-empty = the file is empty
store-binary = it is not a text file (it contains binary data); it may be damaged or be some other kind of file
store-not-utf8 = it is not UTF-8 text; it may be damaged or have been saved in another encoding
store-newer-schema = it was written by a newer version of Groundwork (schema { $schema }; this version reads up to { $reads }); update Groundwork to open it
# Why a folder could not be made: a file is where it should be.
store-file-in-the-way = a file has that name

## Session files
store-journal-header-too-long = its first line is far longer than a session's header, so it is not a Groundwork session file or it is badly damaged
store-journal-empty = the session file is empty
store-journal-no-header = the session file has no complete first line (its header); it was cut off while being created
store-journal-line-changed = this line has been changed outside Groundwork (it no longer opens with this practice's key)
store-journal-line-not-sealed = this line has been changed outside Groundwork (it is not sealed, though every line of this protected practice is)
store-journal-header-not-utf8 = the first line (the header) is not UTF-8 text; the file may be damaged or not a Groundwork session
store-journal-line-not-utf8 = this line is not UTF-8 text; the file is damaged
# $why: what is wrong with the entry, as above or in the file format's own words.
store-journal-entry-damaged = the entry on this line is damaged ({ $why })
store-journal-entry-too-long = an entry did not fit on one line
store-journal-name = its name does not follow the pattern 0003-2026-11-22.journal (session number, date, and perhaps a computer's tag, as in 0003-2026-11-22-k7q2mf.journal), so it is not listed; rename it to match
# A second copy of a session file that a sync engine ($engine) kept.
store-journal-copy = { $copy } is a second copy of the session file { $original }, kept by { $engine } because two computers changed it at once; Groundwork adds its entries to { $original } the next time the practice opens in the app while that session is not open, and then moves the copy into the conflicts folder.
store-journal-torn-not-merged = { $journal } ends with a line cut off by a crash, so its second copy { $copy } was not merged yet; open that session once in Groundwork (it sets the cut-off line aside) and the copy is merged the next time the practice opens.
store-journal-other-session = { $copy } is named as a copy of { $journal }, but it is session { $copy_number } of the couple { $copy_couple } while the other is session { $number } of the couple { $couple }, so it was not merged and both files are left as they are.
# $name: the file name to give the second one.
store-journal-two-sessions = { $copy } and { $journal } are two different sessions that two computers both numbered { $number }, so they were not merged and both files are left as they are; to list the second as a session of its own, rename it to { $name }.
store-journal-changed-while-merging = { $journal } changed while its second copy { $copy } was being merged, so nothing was merged yet; it is tried again the next time the practice opens.

## Couples' folders
store-couple-folder-name = this folder name is not one Groundwork gives a couple (it should look like c-20261122-200301-3f9a); if it was renamed, give it back its old name
store-couple-wrong-folder = the file belongs to the couple "{ $couple }" but is in the folder "{ $folder }"; if the folder was copied or renamed, give it back its old name
store-folder-name-not-text = this folder's name is not valid text; Groundwork never makes such a name, so give it back its old name
store-couple-missing = the file is missing, but the folder has { $count } session file(s); restore couple.ron from a backup

## Two versions of couple.ron or settings.ron that a sync engine ($engine) kept
# $what: one of store-versions-of-…; $name: the file Groundwork uses.
store-two-versions = { $copy } and { $original } are two versions of { $what }, kept by { $engine } because two computers changed it at once; Groundwork uses { $name } and has changed and removed neither, so choose the version to keep (the other is moved into the conflicts folder).
# What the two versions are of, as app-versions-title and store-two-versions put it.
store-versions-of-this-record = this couple's record
store-versions-of-settings = the practice's settings
store-versions-of-record = { $names }'s record
store-versions-of-a-record = a couple's record
store-not-a-second-version = { $file } is not a second version of couple.ron or settings.ron, so nothing was changed.

## Templates ($phase: store-template-phase)
store-template-empty = the file is empty; a template starts with "(" and lists its schema, id, name and phases
store-template-newer = written by a newer version of Groundwork (schema { $schema }; this version reads up to { $reads }); update Groundwork
store-template-comma = a comma is missing here
store-template-id-taken = the id "{ $id }" is already used by { $file }, so this template was not loaded; give one of them a different id
store-templates-folder-missing = the templates folder does not exist
store-templates-folder-not-allowed = Groundwork is not allowed to open the templates folder; check its permissions
store-templates-folder-is-file = this is a file, not a folder
store-templates-folder-unopened = the templates folder could not be opened ({ $error })
store-templates-folder-unlisted = the templates folder could not be listed ({ $error })
store-template-no-id = the template has no id
store-template-no-name = the template has no name
store-template-no-phases = the template has no phases
store-template-session-only = "{ $rule }" is marked for the session only but is not one of the ground rules
store-template-phase = phase { $number } ("{ $title }")
store-template-phase-no-title = phase { $number } has no title
# $kind: the kind of phase, as the app names it.
store-template-needs-both = { $phase } is a { $kind } phase, which needs both partners; an individual session has guided steps and a closing only
store-template-no-steps = { $phase } has no steps
store-template-step-no-title = step { $step } of phase { $number } has no title
# $step: a listener step as the file names it (Paraphrase, Mirror, Summary, Validation, Empathy).
store-template-no-listener-steps = { $phase } has no listener steps
store-template-listener-first = { $phase } starts the listener with { $step }; the first listener step says back what was heard: Paraphrase, Mirror or Summary
store-template-listener-only-first = { $phase } has { $step } as listener step { $number }; it can only be the first
store-template-listener-twice = { $phase } lists the listener step { $step } twice
# A template's words in another language ($translation: one of store-translation-…).
store-template-english-translation = the English words are the template itself, not a translation
store-translation-de = the German translation
store-translation-fr = the French translation
store-translation-es = the Spanish translation
store-template-translation-phases = { $translation } has { $theirs } phases; the English has { $ours }
store-template-translation-rules = { $translation } has { $theirs } ground rules; the English has { $ours }
store-template-translation-suggestions = { $translation } has { $theirs } suggestions; the English has { $ours }
store-template-translation-cards = { $translation } has { $theirs } cards; the English has { $ours }
store-template-translation-steps = { $translation } of { $phase } has { $theirs } steps; the English has { $ours }
store-template-translation-blank = { $translation } of { $phase } leaves a title or prompt blank
store-template-translation-card-lines = { $translation } of card { $number } ("{ $title }") has { $theirs } lines; the English has { $ours }
store-template-translation-rule-count = { $translation } of "{ $set }" has { $theirs } rules; the English has { $ours }
store-template-translation-other-rules = { $translation } has other ground rules; the English has none

## The passphrase and the keychain
store-vault-damaged = the practice's key settings (vault.ron) are damaged
store-vault-file-damaged = vault.ron is damaged
store-vault-algorithm = the practice is protected with { $algorithm }, which this version of Groundwork cannot open
store-vault-format = its files are sealed in format { $format }, which this version of Groundwork cannot read
store-wrong-passphrase = That passphrase does not open this practice. Nothing was changed; try again.
# $why: what is wrong, as above.
store-cannot-open = The practice cannot be opened: { $why }.
store-passphrase-short = A passphrase needs at least { $count } characters; a few words are easier to remember than a short password.
store-passphrase-long = A passphrase can have at most { $count } characters.
store-not-protected = the practice is not protected by a passphrase
store-not-protected-it = it is not protected by a passphrase
store-already-protected = { $folder } is already protected by a passphrase
# The folder beside the practice's that its PDFs are moved into ($name: the practice folder's).
store-pdfs-folder = { $name } - PDFs saved before it was protected
store-keychain-unreachable = this computer's keychain cannot be reached ({ $error })
store-keychain-none = no keychain on this system
# What the keychain's own window shows for the entry.
store-keychain-label = Groundwork practice key ({ $folder })
store-keychain-refused = the keychain refused the entry ({ $error })
store-keychain-wrong-key = that key is not this practice's
store-keychain-not-kept = the keychain did not keep the key ({ $error })
store-keychain-not-given = the keychain did not give the key ({ $error })
store-keychain-not-forgotten = the keychain did not forget the key ({ $error })

## Backups
store-backup-inside = { $file } is inside the practice's own folder; put the backup somewhere else (another disk is best)
store-practice-locked = the practice is locked; unlock it first
store-backup-needs-passphrase = a backup of this practice needs a passphrase of its own
store-could-not-read = { $file } could not be read: { $error }
store-backup-not-read-back = { $file } could not be read back: { $error }
store-backup-differs-failing = { $file } did not read back as it was written; the disk may be failing, so keep the practice and try another disk
store-backup-differs = { $file } did not read back as it was written
store-restore-not-empty = { $folder } is not empty; restore into a new folder, so that nothing is mixed or overwritten
store-backup-too-large = { $file } is far larger than any backup
store-backup-wrong-passphrase = That passphrase does not open the backup { $file }. Nothing was written; try again.
store-backup-changed = { $file } has been changed outside Groundwork (it no longer opens with its key), so nothing was restored from it; use another backup
store-backup-key-damaged = { $file } has been changed outside Groundwork (its key settings are damaged), so nothing was restored from it
store-not-a-backup = { $file } is not a Groundwork backup
store-could-not-make = { $folder } could not be made: { $error }
store-could-not-write-to = { $folder } could not be written to: { $error }
store-could-not-replace = { $folder } could not be replaced: { $error }
store-could-not-put-in-place = { $folder } could not be put in place: { $error }
store-could-not-move-in = { $folder } could not be moved into place: { $error }
store-restore-only-empty = A backup is restored only into an empty practice, so nothing is mixed or overwritten; this one already holds couples or settings.

## Which computer has the practice or a session open ($host, $computer: its name; $since: a date and time)
store-lock-here = on this computer ({ $host })
store-lock-there = on the computer { $host }
store-lock-anywhere = on this or another computer
# $place: one of store-lock-here, -there, -anywhere.
store-lock-since = { $place } since { $since }
store-lock-not-a-file = the lock file is not an ordinary file
# A session open on a computer whose name is not known.
store-open-another-computer = another computer
store-open-since = { $computer } since { $since }
store-no-config-folder = no configuration folder on this computer

## What a session's file and a document's font hold
store-session-no-events = the session has no events
store-session-no-start = the session's first event is not its start
store-font-unreadable = the document font could not be read

## What the therapist typed, as screen-text-enter, -write and -too-long name it
what-first-partner-name = a name for the first partner
what-second-partner-name = a name for the second partner
what-rule = the rule
what-comment = the comment
what-topic = the topic
what-quick-note = the quick note
what-service-code = the service code
what-diagnosis-code = the diagnosis code
what-concerns = what the concerns are
what-signature = the signature
what-reason = the reason
what-behaviour = what will be done
what-anchor = the anchor habit
what-evidence = how you will know
