# One entry point for every task. `make book` and `make test` are the two README commands.
# The virtual environment is created from the lock file the first time it is needed.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: book test bench student instructor class clean lock pdf

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

## Build the student website into _build/html: the site to publish (no exercise solutions or
## hidden tests). Warnings are errors; executed notebooks are cached.
book: $(STAMP)
	$(BIN)/nmo-teach book --edition student --output .

## Build the class edition (solutions removed, for a course that grades the exercises).
class: $(STAMP)
	$(BIN)/nmo-teach book --edition class --output _build/class

## Build the instructor edition (solutions shown) into _build/instructor/_build/html.
instructor: $(STAMP)
	$(BIN)/nmo-teach book --edition instructor --output _build/instructor

## Write the student and instructor versions (notebooks, exercise folders, site source) to release/.
student: $(STAMP)
	$(BIN)/nmo-teach student release

## Print the built website to one PDF handout, _build/pdf/nmo-teach.pdf (Debian's chromium).
pdf: book
	$(BIN)/python -m nmo_teach.site.handout _build/html _build/pdf/nmo-teach.pdf

## Run the whole test suite: unit tests, the book build, browser tests in Chromium.
test: $(STAMP)
	$(BIN)/python -m pytest

## Print the benchmark figures (book build times, grading throughput, page weight, abstract
## toolkit accuracy on the corpus and its cost against input size).
bench: $(STAMP)
	$(BIN)/python -m benchmarks

## Regenerate the lock file after changing dependencies in pyproject.toml.
lock: $(STAMP)
	$(BIN)/python -m pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml --all-extras --generate-hashes --python-version 3.11 \
	  --custom-compile-command "make lock" -o requirements.lock

clean:
	rm -rf _build
