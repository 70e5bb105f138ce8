# The session console in the therapist's language: the console's frame, notes, the record,
# timeouts, the dialogue and guided steps.
