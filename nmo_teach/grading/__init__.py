"""Autograder: submissions -> isolated runs of the public and hidden tests -> SQLite gradebook.

Trust boundary: the tests run in the grader's own (trusted) process; a submission's code runs in a
separate sandboxed child and is reached only through a narrow message channel carrying plain
JSON data, validated against a schema and a size limit. Nothing the child sends is unpickled or
executed, so a submission cannot reach the tests, the checker or the gradebook through the
channel; and the kernel (``isolation``: namespaces, a private root, a separate uid, Landlock,
seccomp) keeps them out of the child's reach by any other route.
"""
