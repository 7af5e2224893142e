"""The metadata stage's tests: a package, so that their module names (test_review15) stay apart from other folders'."""
