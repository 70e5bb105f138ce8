# The console's phase panels in the therapist's language: check-in, ground rules, homework,
# closing.
