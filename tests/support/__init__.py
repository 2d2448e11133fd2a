"""Test helpers: the team template, the in-memory keyring, synthetic people."""
