# The session console in the therapist's language: each phase's panel, the record, timeouts.
