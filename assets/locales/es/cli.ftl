# The command line's messages, in the computer's language.
