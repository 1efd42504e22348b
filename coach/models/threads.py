"""Run one model call in the background while another runs in this thread.

ONNX Runtime releases the GIL while it computes, so embedding in a thread overlaps with spaCy's
parse on a two-core machine instead of waiting for it.

Example:
    >>> result = run_in_background(sum, [1, 2, 3])
    >>> result()
    6
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def run_in_background(function: Callable[..., T], *args) -> Callable[[], T]:
    """Start function(*args) in a thread; the returned callable waits for it and returns its result
    (or raises its exception in the caller's thread)."""
    box: dict = {}

    def work():
        try:
            box["value"] = function(*args)
        except BaseException as exc:  # noqa: BLE001 - re-raised in the caller's thread
            box["error"] = exc

    thread = threading.Thread(target=work, daemon=True)
    thread.start()

    def result() -> T:
        thread.join()
        if "error" in box:
            raise box["error"]
        return box["value"]

    return result
