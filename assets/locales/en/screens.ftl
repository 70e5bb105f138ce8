# The settings, safety, privacy and progress screens, and the couple display's console side,
# in the therapist's language; the labels of the record's values (outcomes, formats, paper).
