"""Loaders: documents in, typed graph batches out (read → structure → extract → resolve)."""
