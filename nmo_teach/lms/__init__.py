"""The quiz banks and the glossary outside the book: LMS question banks and an Anki deck.

Instructors live in Canvas or Moodle and students in Anki, so the banks leave the project in
their formats: Canvas QTI 1.2 (``qti``), Moodle XML (``moodle``), GIFT (``gift``) and an Anki
``.apkg`` (``anki``, needs the optional ``genanki``). Every writer starts from the same
format-neutral view of a question (``items``), so a bank's key, feedback and source reach all
formats alike, and a question type a format lacks is mapped in one place and said so.
"""
