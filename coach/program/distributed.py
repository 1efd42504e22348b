"""Scoring a program on a Ray cluster: the same chunk step as in-process scoring, on many cores.

The driver lists the pending sessions once and hands chunks of their keys to actors (one per CPU
of the cluster, each owning one core). Each actor loads the models once, then for every chunk reads
the sessions from the store, runs the review's note path on them (``score_sessions``) and commits
the chunk in one transaction. A chunk whose actor dies is handed to another, and a chunk stored
twice writes the same rows again, so a killed worker or a Ctrl-C loses nothing and scores nothing
twice; the next run resumes from what is stored.

Workers on other machines must reach the store: PostgreSQL (``MENTOR_COACH_DATABASE_URL``). An
SQLite file is refused when the cluster spans several machines.

Example:
    >>> from coach.program.store import open_store
    >>> summary = score_on_ray(open_store(), "local")           # doctest: +SKIP
    >>> summary.workers                                          # doctest: +SKIP
    2
"""

from __future__ import annotations

import logging
import os
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from coach.errors import CoachError, InputError
from coach.program.scoring import ScoringSummary, analyzer_version, chunks_of, count_pending, pending_keys

# What a worker's environment must share with the driver: our settings and the offline switches.
_PASSED_ENV = ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_DATASETS_OFFLINE", "PYTHONPATH")
# Chunks queued per actor: one computing, one waiting, so an actor never idles between chunks.
_IN_FLIGHT = 2


@dataclass
class WorkerShare:
    """What one worker scored: its node, chunks, sessions, sentences and busy seconds."""

    worker: int
    node: str
    chunks: int = 0
    sessions: int = 0
    sentences: int = 0
    seconds: float = 0.0


def _import_ray():
    try:
        import ray
    except ImportError:
        raise InputError(
            "Scoring on Ray needs the ray package: pip install 'mentor-coach[ray]' (or pip install ray)."
        ) from None
    return ray


def worker_env(threads: int = 1) -> dict[str, str]:
    """The environment each actor runs with: every MENTOR_COACH_ setting, offline switches, one thread.

    Example:
        >>> worker_env()["MENTOR_COACH_CPU_THREADS"]
        '1'
    """
    env = {k: v for k, v in os.environ.items() if k.startswith("MENTOR_COACH_") or k in _PASSED_ENV}
    env.update(
        {
            "HF_HUB_OFFLINE": "1",
            "TRANSFORMERS_OFFLINE": "1",
            "MENTOR_COACH_CPU_THREADS": str(threads),
            "OMP_NUM_THREADS": str(threads),
            "TOKENIZERS_PARALLELISM": "false",
        }
    )
    return env


class ScoringWorker:
    """One Ray actor: the models loaded once, then chunk after chunk of the store scored and committed."""

    def __init__(self, store_url: str, version: str):
        from coach.models.loading import get_nlp, get_sentence_embedder
        from coach.program.scoring import _known_names
        from coach.program.store import open_store

        self.store = open_store(store_url)
        self.version = version
        if version != analyzer_version():
            raise CoachError(
                f"this worker's analyzers are {analyzer_version()}, the driver's {version}: "
                "install the same mentor-coach on every node"
            )
        get_sentence_embedder()
        get_nlp()
        self.pattern = _known_names(self.store)

    def describe(self) -> tuple[int, str, str]:
        """(process id, node address, node id), for the run's report and for tests that kill a worker."""
        import ray

        return os.getpid(), ray.util.get_node_ip_address(), ray.get_runtime_context().get_node_id()

    def score(self, keys: list[int]) -> dict:
        from coach.program.scoring import score_sessions

        started = time.perf_counter()
        timings: dict[str, float] = {}
        result = score_sessions(self.store, keys, self.version, self.pattern, timings)
        return {
            "scored": result.scored,
            "skipped": result.skipped,
            "sentences": result.sentences,
            "seconds": time.perf_counter() - started,
            "timings": timings,
        }


def _connect(ray, address: str) -> None:
    options = {
        "runtime_env": {"env_vars": worker_env()},
        "log_to_driver": False,
        "include_dashboard": False,
        "logging_level": logging.ERROR,
        "configure_logging": False,
    }
    try:
        if address == "local":
            # A cluster of this machine; a small object store: only chunk keys and counts travel.
            ray.init(object_store_memory=200 * 1024 * 1024, **options)
        else:
            ray.init(address=address, **options)
    except (ConnectionError, ValueError, RuntimeError) as exc:
        raise InputError(f"cannot reach the Ray cluster at {address!r}: {str(exc).splitlines()[0]}") from None


def _check_store_reachable(ray, store_url: str) -> None:
    if not store_url.startswith("sqlite"):
        return
    nodes = {n["NodeManagerAddress"] for n in ray.nodes() if n.get("Alive")}
    if len(nodes) > 1:
        raise InputError(
            f"the Ray cluster spans {len(nodes)} machines, but the store is an SQLite file on this one: "
            "point MENTOR_COACH_DATABASE_URL at a PostgreSQL database every node can reach"
        )


def score_on_ray(
    store,
    address: str,
    workers: int | None = None,
    chunk_size: int = 64,
    progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
    on_started: Callable[[list[tuple[int, str, str]]], None] | None = None,
) -> ScoringSummary:
    """Score every pending session of ``store`` on the Ray cluster at ``address`` ("local" starts one).

    ``workers``: actors to start (default: one per CPU of the cluster). ``progress(done, total)`` is
    called after each stored chunk, ``should_stop()`` between chunks (chunks in flight are still
    stored). ``on_started(workers)`` receives each actor's (process id, node address, node id) once all are ready.

    Example:
        >>> score_on_ray(open_store(url), "127.0.0.1:6379", workers=2).scored     # doctest: +SKIP
        618
    """
    ray = _import_ray()
    if store.url in ("sqlite://", "sqlite:///:memory:"):
        raise InputError("an in-memory store cannot be scored on Ray: its workers open the store themselves")
    started = time.perf_counter()
    version = analyzer_version()
    summary = ScoringSummary(analyzer_version=version)
    queue = deque(chunks_of(pending_keys(store, version), chunk_size))
    summary.total = sum(len(c) for c in queue)
    if progress:
        progress(0, summary.total)
    if not queue:
        summary.seconds = time.perf_counter() - started
        return summary
    # A caller already connected (a notebook, the benchmark) keeps its session; else we open and close one.
    owns_session = not ray.is_initialized()
    actors: list = []
    if owns_session:
        _connect(ray, address)
    try:
        _check_store_reachable(ray, store.url)
        count = workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
        actor_class = ray.remote(num_cpus=1, max_restarts=-1, max_task_retries=0)(ScoringWorker)
        actors.extend(actor_class.remote(store.url, version) for _ in range(count))
        described = _ready(ray, actors)
        if on_started:
            on_started(described)
        shares = [WorkerShare(worker=i, node=node) for i, (_, node, _) in enumerate(described)]
        _drive(ray, actors, queue, summary, shares, progress, should_stop)
        summary.workers = [vars(s) for s in shares]
        # A worker killed just after its commit stored a chunk nobody counted: count it from the store.
        summary.scored += max(
            0, summary.total - summary.scored - summary.skipped - count_pending(store, version)
        )
    finally:
        if owns_session:
            ray.shutdown()
        else:
            for actor in actors:
                ray.kill(actor)
    summary.seconds = time.perf_counter() - started
    for key in list(summary.timings):
        summary.timings[key] = round(summary.timings[key], 2)
    return summary


def _ready(ray, actors) -> list[tuple[int, str, str]]:
    try:
        return ray.get([a.describe.remote() for a in actors])
    except ray.exceptions.RayActorError as exc:
        raise CoachError(f"a Ray worker could not load the models: {str(exc).splitlines()[0]}") from None


def _drive(
    ray, actors, queue: deque, summary: ScoringSummary, shares: list[WorkerShare], progress, should_stop
) -> None:
    """Hand chunks to actors until every chunk is stored; a chunk whose actor died goes back in the queue."""
    in_flight: dict = {}
    load = [0] * len(actors)
    while queue or in_flight:
        if should_stop and should_stop() and not summary.stopped:
            summary.stopped = True
            queue.clear()
        for i, actor in enumerate(actors):
            while queue and load[i] < _IN_FLIGHT:
                keys = queue.popleft()
                in_flight[actor.score.remote(keys)] = (i, keys)
                load[i] += 1
        if not in_flight:
            break
        done, _ = ray.wait(list(in_flight), num_returns=1, timeout=1.0)
        for ref in done:
            i, keys = in_flight.pop(ref)
            load[i] -= 1
            try:
                result = ray.get(ref)
            except ray.exceptions.RayActorError:
                # The actor died (killed, out of memory, its node lost); Ray restarts it and the chunk
                # goes to whoever is free next. Its transaction either committed or left nothing.
                if not summary.stopped:
                    queue.append(keys)
                continue
            except ray.exceptions.RayTaskError as exc:
                raise CoachError(
                    f"scoring failed on a Ray worker: {str(exc.cause or exc).splitlines()[0]}"
                ) from None
            summary.scored += result["scored"]
            summary.skipped += result["skipped"]
            summary.sentences += result["sentences"]
            for key, seconds in result["timings"].items():
                summary.timings[key] = summary.timings.get(key, 0.0) + seconds
            share = shares[i]
            share.chunks += 1
            share.sessions += result["scored"] + result["skipped"]
            share.sentences += result["sentences"]
            share.seconds += result["seconds"]
            if progress:
                progress(summary.scored + summary.skipped, summary.total)
