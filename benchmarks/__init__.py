"""Speed measurements (`make bench`): figures printed as a table, never asserted in tests."""
