"""The website machinery: the book build recipe, its Sphinx extensions, the static server, the
PDF handout and the browser the tests and benchmarks drive.

Kept apart from the subjects (casebook, criteria, abstracts, quiz, grading, exercises, practice,
figures, reasoning) so the package's top level reads as what it teaches.
"""
