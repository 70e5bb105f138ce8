# The command line's messages, in the therapist's language: the one the practice's settings
# choose, or the computer's (GROUNDWORK_LANG=de overrides the computer's). clap's own words
# ("Usage", "Options", "Print help") stay English.

## Help: what each command and option is for
cli-about = A session companion for couples therapists.
cli-help-data-dir = The data folder (default: the platform's data directory)
cli-help-demo = Open a fresh temporary copy of a sample practice; your real data is never touched
cli-help-passphrase-file = Read the passphrase of a protected practice from FILE (readable by you alone, mode 0600) instead of asking for it on the terminal: for scripts
cli-about-demo-data = Write a sample practice to DIR (also used to build large data sets for benchmarks)
cli-help-sessions = Past sessions per couple
cli-about-export = Print a session's notes (for the record), the couple's homework sheet, or the couple's progress report as PDF
cli-help-couple = The couple, by name ("Sophie & Emma", or one partner's name)
cli-help-session = The session number, or "latest"
cli-help-out = Where to write the PDF (an existing file is never replaced)
cli-help-paper = Paper size; by default the one in Settings
cli-help-timeline = With the notes: the session's timeline as an appendix
cli-help-lang = The document's language (en, de, fr, es); by default the couple's for the homework sheet, the therapist's for the notes and the progress report
cli-about-encrypt = Protect the practice with a passphrase: every file in the data folder is sealed (XChaCha20-Poly1305, key from argon2id). Safe to interrupt: the practice is then either as it was or protected
cli-about-backup = Write the whole practice to FILE as one sealed backup (read back and checked). A protected practice's backup opens with its passphrase; a plain practice's backup asks for a passphrase of its own
cli-about-restore = Bring a backup back into the data folder given with --data-dir (a new or empty folder)
cli-about-templates = Protocol templates
cli-about-templates-check = Check templates and print each problem as `file:line:col: message`. Without DIR: the shipped templates and the user templates folder

## What a command says
cli-no-data-folder = could not find a data folder for this user; give one with --data-dir DIR
cli-demo-sizes = use between 1 and 100,000 couples and at most 1,000 sessions each
cli-demo-not-empty = { $folder } already holds a practice; choose an empty folder so nothing is mixed or overwritten
cli-demo-written = Wrote { $couples } couples and { $sessions } sessions to { $folder } in { $seconds } s.
cli-demo-protected = Protected it with the passphrase: { $count } files sealed.
cli-no-couple = no couple is called "{ $name }"
cli-several-couples = "{ $name }" matches { $couples }; use both names
cli-wrote = Wrote { $file } ({ $count } { $count ->
    [one] page
   *[other] pages
}).
cli-session-number = --session takes a number or "latest", not "{ $session }"
cli-no-session = { $couple } has no session { $session }
cli-file-unreadable = { $file } could not be read: { $error }
cli-file-not-private = { $file } can be read by other users; make it yours alone (chmod 600 { $file }) and try again
cli-terminal = the passphrase could not be read from the terminal ({ $error }); use --passphrase-file FILE
# Prompts: what is typed follows after a space.
cli-ask-new = New passphrase for this practice:
cli-ask = Passphrase:
cli-ask-again = The same passphrase again:
cli-passphrases-differ = the two passphrases differ; nothing was changed
cli-keychain-failed = Groundwork: { $why }; asking for the passphrase instead.
cli-not-a-practice = { $folder } is not a practice's data folder
cli-already-protected = { $folder } is already protected by a passphrase; nothing was changed
cli-protected = Protected { $folder }: { $count } files sealed in { $seconds } s. Groundwork now asks for the passphrase when it opens this practice; without it, nobody can read it (nor can you).
cli-exports-moved = { $count } exported PDFs were moved out of the data folder, to { $folder }: keep them where you keep other client documents, or delete them.
cli-backed-up = Backed up { $count } files ({ $size } MB) to { $file } in { $seconds } s, and read it back: it is whole.
cli-restore-where = say where to restore it with --data-dir DIR (a new or empty folder)
cli-restored = Restored { $count } files from { $file } into { $folder }.
cli-templates-good = Checked { $count } template files: all good.
cli-templates-problems = Checked { $count } template files: { $problems } problem(s).
cli-window-demo = Groundwork — sample practice
cli-no-window =
    could not open the window: Groundwork needs a desktop to show it on (export and templates check work without one), and nothing in the data folder was changed.
    Details: { $error }
