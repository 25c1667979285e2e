"""The document collection: the files the graph is built from, kept in the data folder, with
each file's extraction cached, so that adding, replacing or removing a document costs the
documents changed and leaves the graph equal to a full build of the files kept.

- `files.py`: the kept files and their record (name, content hash, when and from where added);
- `results.py`: each file's per-document result, cached by its inputs and the loader code;
- `changes.py`: the graph change between two builds, computed for the keys that differ;
- `validity.py`: which batches a full build accepts, each item checked once;
- `ledger.py`: the record of what the graph holds; `report.py`: what a change reports;
- `sync.py`: `Collection`, which puts it together under one lock: build, add, remove.
"""
