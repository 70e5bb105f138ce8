# The settings, safety, privacy and progress screens, and the couple display's console side,
# in the therapist's language; the labels of the record's values (outcomes, formats, paper).

## Shared
screen-not-saved = Not saved. { $why }
# Chrono date formats (%-d the day, %b/%B the month, %a the weekday, %Y the year).
screen-date-year = %-d %B %Y
screen-date-short-year = %-d %b %Y
screen-date-weekday-year = %a %-d %b %Y
screen-date-time = %-d %B %Y, %H:%M
# Between groups of three digits ("10,000"), and before the decimals ("13.5").
screen-thousands-separator = ,
screen-decimal-separator = .
screen-percent = { $percent }%

## Checks of what the therapist types. $what names the field as the sentence needs it
## ("the practice name"), $subject is the same words capitalised.
screen-text-enter = Please enter { $what }.
screen-text-write = Please write { $what }.
screen-text-too-long = { $subject } can be at most { $max } characters; this one is { $count }.
screen-note-too-long = This note is { $count } characters long; the limit is { $max }. Please split it.

## Settings
screen-settings-title = Settings
screen-settings-back = Back
screen-settings-save = Save settings
screen-settings-unsaved-title = Save the changed settings?
screen-settings-unsaved = You changed settings on this screen and have not saved them.
screen-settings-save-and-back = Save and go back
screen-settings-leave-unsaved = Leave them unsaved
screen-settings-keep-editing = Keep editing
screen-settings-practice-name = Practice name
screen-settings-therapist-name = Therapist name
screen-settings-paper = Paper size
screen-settings-note-format = Note format
screen-settings-protocol = First protocol offered
screen-settings-language = Language
screen-settings-language-computer = As the computer ({ $language })
screen-settings-theme = Theme
screen-settings-theme-computer = As the computer
screen-settings-theme-light = Light
screen-settings-theme-dark = Dark
screen-settings-display = Couple display
screen-settings-dark-room = Dark room
screen-settings-bright-room = Bright room
screen-settings-show-rules = Show the ground rules
screen-settings-chime = Chime
screen-settings-chime-check = Soft chime when a stage's time is up
screen-settings-text-size = Text size
screen-settings-text-size-of-normal = { $percent }% of normal
screen-settings-data-folder = Data folder
screen-settings-lock-after = Lock after
screen-settings-lock-after-note = idle, never while a turn or a timeout runs (0: never; Ctrl+L locks at once)
screen-settings-timer-lengths = Timer lengths
screen-settings-timer-lengths-note = For sessions you start from now on. Unticked, the template's length applies. The protocols themselves time nothing: every length is this practice's choice.
screen-settings-documents = On printed documents
screen-settings-documents-note = The notes are signed with your name and credentials; the couple's homework sheet names you, says how to reach you, and ends with where to get help.
screen-settings-credentials = Credentials
screen-settings-credentials-hint = LMFT
screen-settings-contact = Contact for couples
screen-settings-contact-hint = a phone number or an email address
screen-settings-unsafe = If someone feels unsafe
screen-settings-templates = Protocol templates
screen-settings-templates-note = To adapt one, copy it from the shipped templates into { $folder } and edit it; keep its id to replace the shipped one.
screen-settings-template-line = · about { $minutes } min · { $source }
# The fields as a sentence names them ("The practice name can be at most 200 characters").
screen-settings-what-practice = the practice name
screen-settings-what-therapist = the therapist name
screen-settings-what-credentials = the credentials
screen-settings-what-contact = the contact for couples
screen-settings-what-unsafe = the line for someone who feels unsafe

## The therapist's own timer lengths
screen-length-speaking = Speaking
screen-length-paraphrasing = Paraphrasing
screen-length-flooding = Timeout when flooded
screen-length-break = Short break
screen-length-own = { $length }: my own length
screen-length-as-protocol = as the protocol sets it
screen-length-problem = { $length }: { $why }.
screen-length-seconds-range = { $value } seconds is out of range: use { $min } to { $max } seconds
screen-length-minutes-range = { $value } minutes is out of range: use 1 to { $max } minutes
screen-length-flooding-advice = Shorter than 20 minutes: a flooded body rarely settles that fast. Gottman's timeout is at least 20 minutes, and the couple's homework sheet says so.

## Each setting, when two versions of the settings are compared
screen-setting-practice-name = Practice name
screen-setting-therapist = Therapist
screen-setting-credentials = Credentials
screen-setting-contact = Contact for the couple
screen-setting-unsafe = If someone feels unsafe
screen-setting-paper = Paper
screen-setting-note-format = Note format
screen-setting-protocol = Protocol offered first
screen-setting-theme = Theme
screen-setting-text-size = Text size
screen-setting-speaking = Speaking turn
screen-setting-paraphrase = Paraphrase
screen-setting-flooding = Flooding timeout
screen-setting-break = Break
screen-setting-display = Couple display
screen-setting-display-rules = Ground rules on the display
screen-setting-chime = Chime
screen-setting-the-templates = the template's
screen-setting-light = light
screen-setting-dark = dark
screen-setting-as-the-computer = as the computer
screen-setting-shown = shown
screen-setting-hidden = hidden
screen-setting-on = on
screen-setting-off = off

## A couple's record, when two versions of it are compared
screen-record-first-partner = First partner
screen-record-second-partner = Second partner
screen-record-next-session = Next session
screen-record-not-set = not set
screen-record-ground-rules = Ground rules
screen-record-agreements = Agreements
screen-record-agreements-running = { $count } ({ $running } running)
screen-record-sessions = Sessions recorded
screen-record-up-to = up to session { $number }
screen-record-clinical = Clinical record
screen-record-ids = { $name }: { $ids }
screen-record-diagnosis = diagnosis { $code }
screen-ids-record = record { $number }
screen-ids-born = born { $date }

## Values of the record
screen-paper-a4 = A4
screen-paper-letter = US Letter
screen-note-format-free = Free text
screen-section-notes = Notes
screen-section-subjective = Subjective
screen-section-objective = Objective
screen-section-assessment = Assessment
screen-section-plan = Plan
screen-section-data = Data
screen-section-behaviour = Behaviour
screen-section-intervention = Intervention
screen-section-response = Response
screen-outcome-done = done
screen-outcome-partly = partly
screen-outcome-not-done = not done
screen-timeout-flooding = flooding
screen-timeout-break = short break
screen-timeout-other = other
screen-modality-in-person = in person
screen-modality-telehealth = telehealth
screen-service-both = couple session, both present
screen-service-one = couple session, one partner present

## Privacy and backups
screen-privacy-title = Privacy and backups
screen-privacy-sample = The sample practice is not protected by a passphrase, and is removed when Groundwork closes.
screen-privacy-protected-remembered = This practice is protected: every file is sealed, and Groundwork asks for the passphrase after it locks.
screen-privacy-protected = This practice is protected: every file is sealed, and Groundwork asks for the passphrase when it opens and after it locks.
screen-privacy-current = Current passphrase
screen-privacy-new = New passphrase
screen-privacy-new-again = New passphrase again
screen-privacy-change = Change the passphrase
screen-privacy-remembered = This computer remembers the passphrase (in its keychain): Groundwork opens this practice here without asking. It still asks after it locks.
screen-privacy-forget = Forget the passphrase on this computer
screen-privacy-can-remember = On a computer only you log in to, its keychain can remember the passphrase, so Groundwork opens without asking. A copy of the folder or a backup still needs it.
screen-privacy-remember = Remember the passphrase on this computer
screen-privacy-no-keychain = This computer has no keychain Groundwork can use, so it asks for the passphrase each time it opens.
screen-privacy-protect-note = Protect this practice with a passphrase: every file in its folder is sealed, so a lost laptop, a copied folder or a cloud folder shows nothing. Without the passphrase nobody can read it, not even you.
screen-privacy-protect = Protect this practice
screen-privacy-last-backup = Last backup: { $date }.
screen-privacy-no-backup = No backup yet.
screen-privacy-back-up-to = Back up to
screen-privacy-choose = Choose…
screen-privacy-no-dialog = This computer shows no file dialog: type the path.
screen-privacy-choose-place = Choose where the backup goes
screen-privacy-backup-passphrase = Backup passphrase
screen-privacy-backup-passphrase-again = Backup passphrase again
screen-privacy-back-up-now = Back up now
screen-privacy-start-from-backup = Or start this practice from a backup made with Groundwork:
screen-privacy-backup-file = Backup file
screen-privacy-choose-file = Choose the backup file
screen-privacy-restore-passphrase = The backup's passphrase
screen-privacy-restore = Restore this backup

## Progress
screen-progress-empty = Nothing to show yet: the numbers start with the first joint session.
screen-progress-not-straight = Change is rarely a straight line: a hard week between good ones is part of it.
screen-progress-cut-off-key = - - cut-off { $cutoff }
screen-progress-cut-off = cut-off { $cutoff }
screen-progress-csi = Satisfaction (CSI-4)
screen-progress-week = The week, 0 to 10
screen-progress-agreements = Agreements reviewed
screen-progress-timeouts = Timeouts
screen-progress-timeouts-bars = timeouts
screen-progress-even-key = - - an even share
screen-progress-even = even
screen-progress-talk = { $name }'s share of the talk time
screen-progress-wins = Agreements kept so far: { $count }.
screen-progress-streak = { $count ->
    [one] A running agreement has been kept once.
   *[other] A running agreement has been kept { $count } times in a row.
}

## Safety and confidentiality
screen-safety-for-you = For you alone: none of this is shown on the couple display or printed on the homework sheet.
screen-safety-clear = both screened, no concerns
screen-safety-not-screened = not screened yet
screen-safety-one-not-screened = { $name } not screened yet
screen-safety-flagged = { $name }: { $risk }
screen-safety-name-not-screened = { $name }: not screened yet
screen-safety-name = { $name }:
screen-safety-screened = screened { $date }
screen-safety-screened-in-session = screened { $date } in session { $number }, alone
screen-safety-has-plan = · safety plan
screen-safety-screen = Screen { $name }
screen-safety-window = Safety screening
screen-safety-screening-alone = Screening { $name }, alone
screen-safety-how-to-ask = Ask { $name } without the partner in the room (or on the call). Read each question as it is, mark the answer, and add what was said.
screen-safety-topic-answer = { $topic }: { $answer }
screen-safety-what-was-said = what was said
screen-safety-topic-what-was-said = { $topic }: what was said
screen-safety-judgement = Your judgement
screen-safety-no-concerns-check = An answer is yes or declined: is "no concerns" what you mean?
screen-safety-plan = Safety plan
screen-safety-safe-word = Safe word
screen-safety-safe-word-hint = means: not safe to talk now
screen-safety-where-to-go = Where to go
screen-safety-where-to-go-hint = a friend's, a shelter, how to get there
screen-safety-emergency-contacts = Emergency contacts
screen-safety-contacts = Contacts
screen-safety-contacts-hint = people and numbers, the local emergency number
screen-safety-telehealth = During telehealth at
screen-safety-telehealth-hint = the address to send help to
screen-safety-notes = Notes
screen-safety-save = Save { $name }'s screening
screen-safety-cancel = Cancel the screening
screen-safety-mark-one = Mark the answer to at least one question (or "declined").
screen-safety-what-safe-word = the safe word
screen-safety-what-where-to-go = where to go
screen-safety-what-contacts = the emergency contacts
screen-safety-what-telehealth = the telehealth location
screen-safety-no-policy = No confidentiality policy recorded yet
screen-safety-policy-note = What happens to something one partner tells you alone. Printed on the session notes.
screen-safety-no-secrets = No secrets
screen-safety-limited-secrets = Limited secrets
screen-safety-other-policy = Other
screen-safety-policy-words = The policy in your words
screen-safety-agreed-on = Agreed on
screen-safety-date-hint = YYYY-MM-DD
screen-safety-save-policy = Save the policy
screen-safety-what-policy = the policy
screen-safety-write-policy = Write the policy in your words, or choose one.
screen-safety-date-format = The day it was agreed is written YYYY-MM-DD, for example 2026-11-03.
screen-safety-date-future = The day it was agreed cannot be after today.
screen-answer-not-asked = not asked
screen-answer-no = no
screen-answer-yes = yes
screen-answer-declined = declined
screen-risk-none = no concerns
screen-risk-concerns = concerns
screen-risk-not-advised = joint sessions not advised
screen-policy-no-secrets = no secrets
screen-policy-limited-secrets = limited secrets
screen-policy-agreed = Confidentiality: { $policy }, agreed { $date }
screen-warning-not-screened-one = { $name } has not been screened for violence or fear at home. { $protocol } asks each partner to be open about deep hurt: screen each partner alone first, in an individual session or on your own.
screen-warning-not-screened-both = { $first } and { $second } have not been screened for violence or fear at home. { $protocol } asks each partner to be open about deep hurt: screen each partner alone first, in an individual session or on your own.
screen-warning-concerns = { $name }'s screening found concerns. { $protocol } asks each partner to be open about deep hurt: check the safety plan before you start.
screen-warning-not-advised = { $name }'s screening found that joint sessions are not advised. { $protocol } asks each partner to be open about deep hurt: check the safety plan before you start.

## The screening questions (our own words, no licensed instrument): the question as read out,
## what it asks about, and its note as a sentence names it.
screen-question-hurt-text = In the past year, has your partner pushed, grabbed, slapped, hit or in any other way physically hurt you?
screen-question-hurt-topic = Physical harm
screen-question-hurt-note = the note on physical harm
screen-question-threats-text = Has your partner threatened to hurt you, your children, a pet, or themselves?
screen-question-threats-topic = Threats
screen-question-threats-note = the note on threats
screen-question-afraid-text = Are you ever afraid of your partner, or of what could happen at home if you speak openly here?
screen-question-afraid-topic = Fear
screen-question-afraid-note = the note on fear
screen-question-control-text = Does your partner decide where you go, whom you see, or check your phone or money against your wishes?
screen-question-control-topic = Control
screen-question-control-note = the note on control
screen-question-forced-text = Has your partner ever pressured or forced you into sexual contact you did not want?
screen-question-forced-topic = Forced sex
screen-question-forced-note = the note on forced sex
screen-question-own-text = In the past year, have you pushed, hit or threatened your partner?
screen-question-own-topic = Own violence
screen-question-own-note = the note on own violence
screen-question-worse-text = Have the fights, the fear or the violence become more frequent or more serious lately?
screen-question-worse-topic = Getting worse
screen-question-worse-note = the note on getting worse
screen-question-weapon-text = Is there a gun or another weapon in the home?
screen-question-weapon-topic = Weapon
screen-question-weapon-note = the note on weapon
