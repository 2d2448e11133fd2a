"""Anonymisation for learning tables, without Qt: text scrubbing (deduce and recognisers
of our own), generalisation of structured fields and small-cell suppression."""
