# The app's screens in the therapist's language: the home screen, the couple page, settings,
# safety, privacy, the lock screen, keys, dialogs.
