"""Measured figures. Each `bench/<name>.py` defines `run() -> list[tuple[str, float | str, str]]`
(figure, value, unit); `python -m bench` runs them all, `python -m bench NAME…` some."""
