"""Check many files: cache look-ups, then the rest in parallel across cores, in batches.

Results come back in the order of the paths given, identical to a run on one core.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import Any

from .cache import Cache
from .runner import FileResult, Workspace, check_bytes

# Each worker process gets its workspace once, in the pool's initializer: inherited whole from
# the parent where processes fork, rebuilt from the run's settings where they are spawned (a
# workspace with loaded rules holds closures that cannot be pickled).
_WORKER: dict[str, Workspace] = {}


def _init_worker(ws: Workspace) -> None:
    _WORKER["ws"] = ws


def _init_spawned_worker(recipe: dict[str, Any]) -> None:
    _WORKER["ws"] = Workspace(**recipe)


def _check_batch(batch: list[tuple[str, bytes]]) -> list[FileResult]:
    ws = _WORKER["ws"]
    return [check_bytes(ws, path, data) for path, data in batch]


def check_many(
    ws: Workspace, paths: Sequence[str], jobs: int = 0, cache: Cache | None = None,
    start_method: str | None = None,
) -> list[FileResult]:
    """Check files, in parallel when it pays, with results in the order of `paths`.

    Workers are forked where the platform can (they inherit the loaded rules), else spawned;
    `start_method` chooses."""
    results: list[FileResult | None] = [None] * len(paths)
    pending: list[tuple[int, str, bytes, str]] = []
    for index, path in enumerate(paths):
        ws.rules_for(path)  # a config problem stops the run before any file is read
        try:
            with open(path, "rb") as handle:
                data = handle.read()
        except OSError as exc:
            results[index] = FileResult(path, error=f"{path}: cannot read: {exc.strerror}")
            continue
        key = cache.key(data, path, ws.fingerprint(path)) if cache else ""
        cached = cache.get(key, path) if cache else None
        if cached is not None:
            results[index] = FileResult(path, cached)
        else:
            pending.append((index, path, data, key))
    for (index, _path, _data, key), result in zip(pending, _run_pending(ws, pending, jobs,
                                                                          start_method)):
        results[index] = result
        if cache and result.error is None and not result.notes:
            cache.put(key, result.findings, result.reads)
    return [r for r in results if r is not None]


def _run_pending(
    ws: Workspace, pending: list[tuple[int, str, bytes, str]], jobs: int,
    start_method: str | None = None,
) -> list[FileResult]:
    items = [(path, data) for _i, path, data, _k in pending]
    workers = min(jobs or os.cpu_count() or 1, max(1, len(items) // 8))
    if workers <= 1:
        return [check_bytes(ws, path, data) for path, data in items]
    # The first file is checked here, before the workers fork, so that they inherit what it
    # loaded (readability data, compiled lexicons) instead of each loading it again.
    first = check_bytes(ws, *items[0])
    items = items[1:]
    size = max(1, min(32, len(items) // (workers * 4)))
    batches = [items[i : i + size] for i in range(0, len(items), size)]
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    method = start_method or (
        "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    context = multiprocessing.get_context(method)
    if method == "fork":
        initializer: Callable[..., None] = _init_worker
        initargs: tuple[Any, ...] = (ws,)
    else:
        initializer, initargs = _init_spawned_worker, (ws.recipe(),)
    with ProcessPoolExecutor(workers, mp_context=context, initializer=initializer,
                             initargs=initargs) as pool:
        return [first, *(r for batch in pool.map(_check_batch, batches) for r in batch)]
