"""Item analysis of a graded class: which tests (items) failed the class, and which misbehave.

``scores`` reads the gradebook into a students x items table, ``statistics`` computes the
classical indices from it (difficulty, discrimination, reliability) and flags the items that
behave badly, ``plot`` draws the score distribution, and ``report`` writes the HTML page and the
CSV an instructor opens. Run as ``nmo-teach report GRADEBOOK``.
"""
