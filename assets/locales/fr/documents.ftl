# The therapist's documents in the therapist's language: the session notes and the progress
# report (its couple part is in couple.ftl).
