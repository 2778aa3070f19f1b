"""Benchmark newslint against peer prose linters on the BBC news corpus.

Every tool lints the same article files in the same run. For each tool and tier
the report gives wall time, files/s, MB/s, CPU time, peak memory and start-up
time on a one-paragraph file. For newslint it also gives a warm-cache re-run, a
``--no-cache`` cold run and a linear-scaling check over the three tiers.

Peak memory comes from ``os.wait4()``: the kernel's ``ru_maxrss`` for the tool's
process and every descendant it waited for, i.e. the peak resident set of the
largest single process. A sampler thread also adds up the RSS of all processes
in the tool's session every 50 ms, which matters for tools that fan out to
worker processes. See benchmarks/README.md.

Standard library only. Run ``python benchmarks/bench.py --help``.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import json
import os
import platform
import re
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

TIERS = ("small", "medium", "large")
TOOLS = ("newslint", "proselint", "textlint", "write-good", "alex")
PEERS = TOOLS[1:]
BYTES_PER_MB = 1_000_000
STDERR_TAIL_BYTES = 64 * 1024
STDERR_TAIL_LINES = 15
SAMPLE_INTERVAL_S = 0.05
PROBE_TIMEOUT_S = 120.0

# Written by this harness; not taken from the corpus.
STARTUP_PARAGRAPH = (
    "The city council voted on Tuesday to extend the late-night bus service for "
    "another year, after a review found that passenger numbers had risen by about "
    "a fifth since the trial began. Officials said the extra cost would be met from "
    "the transport budget, although opposition members argued that the figures had "
    "not been independently checked and called for a full audit before any further "
    "spending was approved.\n"
)


# --------------------------------------------------------------------------- data


@dataclasses.dataclass(frozen=True)
class Options:
    """Parsed command-line options."""

    tiers: tuple[str, ...]
    tools: tuple[str, ...]
    newslint: str
    repeat: int
    startup_runs: int
    corpus: Path
    input_kind: str
    output: Path | None
    timeout: float
    scaling: bool
    command_line: str


@dataclasses.dataclass(frozen=True)
class Tier:
    """A list of corpus files and their total size."""

    name: str
    files: tuple[Path, ...]
    nbytes: int


@dataclasses.dataclass(frozen=True)
class Tool:
    """How to invoke one linter on a list of files."""

    name: str
    command: tuple[str, ...]
    cwd: Path
    env: dict[str, str]
    ok_codes: frozenset[int]
    error_pattern: str | None = None
    version: str = "?"
    unavailable: str | None = None


@dataclasses.dataclass(frozen=True)
class RunResult:
    """One measured invocation (or several batches added together)."""

    wall_s: float
    cpu_s: float
    maxrss_kib: int
    tree_rss_kib: int | None
    error: str | None
    stderr_tail: str


@dataclasses.dataclass(frozen=True)
class Throughput:
    """A tool's result on one tier, summarised over the repeats."""

    tool: str
    tier: Tier
    runs: tuple[RunResult, ...]

    @property
    def failure(self) -> RunResult | None:
        return next((run for run in self.runs if run.error is not None), None)

    @property
    def wall_s(self) -> float:
        return statistics.median(run.wall_s for run in self.runs)

    @property
    def cpu_s(self) -> float:
        return statistics.median(run.cpu_s for run in self.runs)

    @property
    def maxrss_kib(self) -> int:
        return max(run.maxrss_kib for run in self.runs)

    @property
    def tree_rss_kib(self) -> int | None:
        """Sampled sum over all processes, never below the largest single process."""
        values = [run.tree_rss_kib for run in self.runs if run.tree_rss_kib is not None]
        return max(*values, self.maxrss_kib) if values else None


@dataclasses.dataclass(frozen=True)
class Startup:
    """Start-up timings of one tool on the one-paragraph file."""

    tool: str
    times_s: tuple[float, ...]
    failure: RunResult | None


@dataclasses.dataclass(frozen=True)
class CacheResult:
    """newslint on one tier: --no-cache, first cached run, second cached run."""

    tier: Tier
    cold: Throughput
    fill: RunResult
    warm: RunResult


@dataclasses.dataclass
class Report:
    """Everything measured in one run of the harness."""

    options: Options
    tools: list[Tool]
    tiers: list[Tier]
    throughput: list[Throughput] = dataclasses.field(default_factory=list)
    startup: list[Startup] = dataclasses.field(default_factory=list)
    cache: list[CacheResult] = dataclasses.field(default_factory=list)
    scaling: list[Throughput] = dataclasses.field(default_factory=list)


# ------------------------------------------------------------------------ options


def repo_root() -> Path:
    return Path(__file__).resolve().parent.parent


def split_tools(value: str) -> tuple[str, ...]:
    names = tuple(name.strip() for name in value.split(",") if name.strip())
    unknown = [name for name in names if name not in TOOLS]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"unknown tool(s) {', '.join(unknown) or '(none)'}; choose from {', '.join(TOOLS)}"
        )
    return names


def positive_int(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bench.py",
        description="Benchmark newslint against proselint, textlint, write-good and alex.",
    )
    parser.add_argument(
        "--tier", action="append", choices=(*TIERS, "all"),
        help="corpus tier: small (100), medium (1000), large (2225) or all; repeatable "
        "(default: small)",
    )
    parser.add_argument(
        "--tools", type=split_tools, default=TOOLS,
        help=f"comma-separated tools to run (default: {','.join(TOOLS)})",
    )
    parser.add_argument(
        "--newslint", default="newslint",
        help="command that runs newslint, split like a shell would (default: newslint on PATH)",
    )
    parser.add_argument(
        "--repeat", type=positive_int, default=1,
        help="runs per tool and tier; the report gives the median wall and CPU time",
    )
    parser.add_argument(
        "--startup-runs", type=positive_int, default=10,
        help="runs on the one-paragraph file; the report gives the median (default: 10)",
    )
    parser.add_argument(
        "--corpus", type=Path, default=None,
        help="corpus directory with small/medium/large.list and txt/, md/ "
        "(default: ../shared/corpus/bbc from the repository root)",
    )
    parser.add_argument(
        "--input", dest="input_kind", choices=("txt", "md"), default="txt",
        help="which rendition of the articles every tool lints (default: txt)",
    )
    parser.add_argument("--output", type=Path, default=None, help="also write the report here")
    parser.add_argument(
        "--timeout", type=float, default=3600.0,
        help="seconds before one invocation is killed and reported as failed (default: 3600)",
    )
    parser.add_argument(
        "--no-scaling", dest="scaling", action="store_false",
        help="skip newslint's linear-scaling check over all three tiers",
    )
    return parser


def parse_options(argv: Sequence[str]) -> Options:
    args = build_parser().parse_args(list(argv))
    chosen: list[str] = args.tier or ["small"]
    tiers = TIERS if "all" in chosen else tuple(t for t in TIERS if t in chosen)
    return Options(
        tiers=tiers,
        tools=tuple(args.tools),
        newslint=args.newslint,
        repeat=args.repeat,
        startup_runs=args.startup_runs,
        corpus=(args.corpus or repo_root().parent / "shared" / "corpus" / "bbc").resolve(),
        input_kind=args.input_kind,
        output=args.output,
        timeout=args.timeout,
        scaling=args.scaling,
        command_line=invocation(argv),
    )


def invocation(argv: Sequence[str]) -> str:
    """The command line as typed, when main() was called from it."""
    original: list[str] = list(getattr(sys, "orig_argv", []))
    if original and (not argv or original[-len(argv):] == list(argv)):
        return shlex.join(original)
    return shlex.join([Path(sys.executable).name, "benchmarks/bench.py", *argv])


# ------------------------------------------------------------------------- corpus


def load_tier(corpus: Path, name: str, kind: str) -> Tier:
    """Read a tier's list, check every file exists and pull it into the page cache."""
    ids = [line.strip() for line in (corpus / f"{name}.list").read_text().splitlines()]
    files = tuple(corpus / kind / f"{article}.{kind}" for article in ids if article)
    missing = [str(path) for path in files if not path.is_file()]
    if missing:
        raise FileNotFoundError(f"{len(missing)} file(s) of tier {name} missing, e.g. {missing[0]}")
    nbytes = sum(len(path.read_bytes()) for path in files)
    return Tier(name=name, files=files, nbytes=nbytes)


def write_paragraph(directory: Path, kind: str) -> Path:
    path = directory / f"paragraph.{kind}"
    text = STARTUP_PARAGRAPH
    if kind == "md":
        text = "# Council extends night buses\n\n" + text
    path.write_text(text, encoding="utf-8")
    return path


# -------------------------------------------------------------------------- tools


def bench_dir() -> Path:
    return Path(__file__).resolve().parent


def find_executable(name: str, local: Path) -> str | None:
    if local.is_file() and os.access(local, os.X_OK):
        return str(local)
    return shutil.which(name)


def newslint_tool(options: Options, workdir: Path) -> Tool:
    command = tuple(shlex.split(options.newslint))
    cwd = workdir / "newslint-cwd"
    cwd.mkdir(exist_ok=True)
    env = dict(os.environ, XDG_CACHE_HOME=str(cwd / "xdg-cache"))
    return Tool(
        name="newslint",
        command=(*command, "check", "--format", "json", "--exit-zero", "--no-cache"),
        cwd=cwd,
        env=env,
        ok_codes=frozenset({0}),
    )


def peer_tool(name: str, kind: str) -> Tool:
    """Invocation of a peer: one process for all files, output format it is fastest at."""
    here = bench_dir()
    node_bin = here / "node" / "node_modules" / ".bin"
    env = dict(os.environ, NO_COLOR="1", FORCE_COLOR="0")
    if name == "proselint":
        exe = find_executable("proselint", here / ".peers" / "venv" / "bin" / "proselint")
        # Exit 1 means "found problems". Per-file crashes only show on stderr.
        return Tool(
            name, ("proselint", "check") if exe is None else (exe, "check"), here,
            env, frozenset({0, 1}),
            error_pattern=r"Error encountered while linting|Unrecoverable error",
            unavailable=None if exe else "not installed (run benchmarks/setup_peers.sh)",
        )
    exe = find_executable(name, node_bin / name)
    missing = None if exe else "not installed (run benchmarks/setup_peers.sh)"
    program = exe or name
    if name == "textlint":
        config = str(here / "node" / ".textlintrc.json")
        # Exit 1 means "found problems", 2 a fatal error.
        return Tool(
            name, (program, "--config", config, "--format", "json"), here / "node", env,
            frozenset({0, 1}), unavailable=missing,
        )
    if name == "write-good":
        # --parse makes the exit code 0 (clean) or 255 (problems); a crash exits 1.
        return Tool(
            name, (program, "--parse"), here / "node", env, frozenset({0, 255}),
            unavailable=missing,
        )
    # alex exits 1 for warnings and for errors alike; errors show in the summary line.
    text_flag = ("--text",) if kind == "txt" else ()
    return Tool(
        name, (program, *text_flag), here / "node", env, frozenset({0, 1}),
        error_pattern=r"\u2716\s*\d+\s+error", unavailable=missing,
    )


def version_command(tool: Tool) -> tuple[str, ...]:
    if tool.name == "newslint":
        return (*tool.command[: tool.command.index("check")], "--version")
    if tool.name == "proselint":
        return (tool.command[0], "version")
    return (tool.command[0], "--version")


def probe(tool: Tool, paragraph: Path) -> Tool:
    """Check that the tool runs at all and record its version."""
    if tool.unavailable:
        return tool
    code, output = quick_run(tool, version_command(tool))
    if code == 0:
        first = next((line.strip() for line in output.splitlines() if line.strip()), "?")
        tool = dataclasses.replace(tool, version=first)
    elif tool.name == "newslint":
        tool = dataclasses.replace(tool, version="unknown (`--version` failed)")
    else:
        return dataclasses.replace(tool, unavailable=f"`--version` failed: {tail(output, 5)}")
    if tool.name == "newslint":
        return check_json_report(tool, paragraph)
    return tool


def check_json_report(tool: Tool, paragraph: Path) -> Tool:
    """A newslint that exits 0 without printing a JSON report is not linting anything."""
    try:
        done = subprocess.run(
            (*tool.command, str(paragraph)), cwd=tool.cwd, env=tool.env, capture_output=True,
            text=True, timeout=PROBE_TIMEOUT_S, check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return dataclasses.replace(tool, unavailable=f"cannot run: {exc}")
    if done.returncode != 0:
        return dataclasses.replace(
            tool, unavailable=f"exit code {done.returncode}: {tail(done.stderr, 5)}"
        )
    try:
        json.loads(done.stdout)
    except ValueError:
        shown = tail(done.stdout, 3) or "(empty)"
        return dataclasses.replace(
            tool, unavailable=f"`check --format json` printed no JSON report; stdout: {shown}"
        )
    return tool


def quick_run(tool: Tool, argv: Sequence[str]) -> tuple[int, str]:
    """Exit code and combined output of a short command; -1 if it could not run."""
    try:
        done = subprocess.run(
            argv, cwd=tool.cwd, env=tool.env, capture_output=True, text=True,
            timeout=PROBE_TIMEOUT_S, check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return -1, f"cannot run {shlex.join(argv)}: {exc}"
    return done.returncode, (done.stdout + "\n" + done.stderr).strip()


def make_tools(options: Options, workdir: Path, paragraph: Path) -> list[Tool]:
    tools: list[Tool] = []
    for name in options.tools:
        if name == "newslint":
            tools.append(newslint_tool(options, workdir))
        else:
            tools.append(peer_tool(name, options.input_kind))
    return [probe(tool, paragraph) for tool in tools]


def cached_variant(tool: Tool, cwd: Path) -> Tool:
    """newslint with its cache on, isolated in a fresh directory."""
    cwd.mkdir(parents=True, exist_ok=True)
    command = tuple(arg for arg in tool.command if arg != "--no-cache")
    env = dict(tool.env, XDG_CACHE_HOME=str(cwd / "xdg-cache"))
    return dataclasses.replace(tool, command=command, cwd=cwd, env=env)


# ---------------------------------------------------------------------- measuring


def tail(text: str, lines: int = STDERR_TAIL_LINES) -> str:
    return "\n".join(text.rstrip().splitlines()[-lines:])


def read_tail(path: Path) -> str:
    with path.open("rb") as handle:
        handle.seek(0, os.SEEK_END)
        handle.seek(max(0, handle.tell() - STDERR_TAIL_BYTES))
        return handle.read().decode("utf-8", errors="replace")


class TreeSampler:
    """Polls /proc for the summed RSS of every process in one session.

    Processes seen once outside the session are remembered and not read again,
    so a poll costs one directory listing plus one read per process of the tool.
    """

    def __init__(self, session: int) -> None:
        self.session = session
        self.peak_kib: int | None = None
        self._foreign: set[str] = set()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._page_kib = os.sysconf("SC_PAGE_SIZE") // 1024

    def start(self) -> None:
        if Path("/proc/self/stat").exists():
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()

    def _loop(self) -> None:
        while True:
            total = self._session_rss_kib()
            if total:
                self.peak_kib = max(self.peak_kib or 0, total)
            if self._stop.wait(SAMPLE_INTERVAL_S):
                return

    def _session_rss_kib(self) -> int:
        total_pages = 0
        for name in os.listdir("/proc"):
            if name in self._foreign or not name.isdigit():
                continue
            fields = proc_stat_fields(name)
            # fields[0] is field 3 of proc(5): session is field 6, rss field 24.
            if fields is None or len(fields) < 22:
                continue
            if int(fields[3]) == self.session:
                total_pages += int(fields[21])
            else:
                self._foreign.add(name)
        return total_pages * self._page_kib


def proc_stat_fields(pid: str) -> list[str] | None:
    """Fields of /proc/PID/stat after the command name, or None if it is gone."""
    try:
        fd = os.open(f"/proc/{pid}/stat", os.O_RDONLY)
    except OSError:
        return None
    try:
        data = os.read(fd, 4096)
    except OSError:
        return None
    finally:
        os.close(fd)
    return data.rpartition(b")")[2].decode("ascii", "replace").split()


def kill_session(pid: int, fired: threading.Event) -> None:
    fired.set()
    try:
        os.killpg(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def run_once(tool: Tool, args: Sequence[str], scratch: Path, timeout: float,
             sample: bool) -> RunResult:
    """Run one invocation; wall clock, rusage and stderr of that process tree."""
    err_path = scratch / "stderr.txt"
    argv = [*tool.command, *args]
    with err_path.open("wb") as err:
        start = time.perf_counter()
        try:
            proc = subprocess.Popen(
                argv, cwd=tool.cwd, env=tool.env, stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL, stderr=err, start_new_session=True,
            )
        except OSError as exc:
            return RunResult(0.0, 0.0, 0, None, f"cannot start: {exc}", "")
        fired = threading.Event()
        timer = threading.Timer(timeout, kill_session, (proc.pid, fired))
        sampler = TreeSampler(proc.pid)
        timer.start()
        if sample:
            sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        timer.cancel()
        sampler.stop()
    proc.returncode = os.waitstatus_to_exitcode(status)
    stderr_tail = read_tail(err_path)
    error = classify(tool, proc.returncode, stderr_tail, fired.is_set(), timeout)
    return RunResult(
        wall_s=wall,
        cpu_s=usage.ru_utime + usage.ru_stime,
        maxrss_kib=usage.ru_maxrss,
        tree_rss_kib=sampler.peak_kib,
        error=error,
        stderr_tail=tail(stderr_tail),
    )


def classify(tool: Tool, code: int, stderr_tail: str, timed_out: bool,
             timeout: float) -> str | None:
    if timed_out:
        return f"killed after the {timeout:g} s timeout"
    if code < 0:
        return f"killed by signal {-code}"
    if code not in tool.ok_codes:
        return f"exit code {code}"
    if tool.error_pattern and re.search(tool.error_pattern, stderr_tail):
        return "reported an error on stderr"
    return None


def arg_budget() -> int:
    """Bytes of file arguments per invocation, well inside the kernel's limit."""
    try:
        limit = os.sysconf("SC_ARG_MAX")
    except (ValueError, OSError):
        limit = 128 * 1024
    env_size = sum(len(k) + len(v) + 2 for k, v in os.environ.items())
    return max(16 * 1024, limit // 2 - env_size)


def batches(files: Sequence[Path], budget: int) -> Iterator[list[str]]:
    batch: list[str] = []
    size = 0
    for path in files:
        arg = str(path)
        if batch and size + len(arg) + 1 > budget:
            yield batch
            batch, size = [], 0
        batch.append(arg)
        size += len(arg) + 1
    if batch:
        yield batch


def run_files(tool: Tool, files: Sequence[Path], scratch: Path, timeout: float,
              sample: bool = True) -> RunResult:
    """Lint files with as few invocations as the argument limit allows."""
    results: list[RunResult] = []
    for batch in batches(files, arg_budget()):
        result = run_once(tool, batch, scratch, timeout, sample)
        results.append(result)
        if result.error:
            break
    return combine(results)


def combine(results: Sequence[RunResult]) -> RunResult:
    if len(results) == 1:
        return results[0]
    trees = [r.tree_rss_kib for r in results if r.tree_rss_kib is not None]
    failed = next((r for r in results if r.error), None)
    return RunResult(
        wall_s=sum(r.wall_s for r in results),
        cpu_s=sum(r.cpu_s for r in results),
        maxrss_kib=max(r.maxrss_kib for r in results),
        tree_rss_kib=max(trees) if trees else None,
        error=failed.error if failed else None,
        stderr_tail=failed.stderr_tail if failed else "",
    )


def progress(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


def measure_tiers(report: Report, scratch: Path) -> None:
    """Each repeat runs every tool once, so drift in the machine hits all alike."""
    options = report.options
    usable = [tool for tool in report.tools if not tool.unavailable]
    for tier in report.tiers:
        runs: dict[str, list[RunResult]] = {tool.name: [] for tool in usable}
        for attempt in range(options.repeat):
            for tool in usable:
                if any(run.error for run in runs[tool.name]):
                    continue
                progress(f"{tool.name}: {tier.name} tier, run {attempt + 1}/{options.repeat}")
                runs[tool.name].append(run_files(tool, tier.files, scratch, options.timeout))
        report.throughput.extend(
            Throughput(tool.name, tier, tuple(runs[tool.name])) for tool in usable
        )


def measure_startup(report: Report, scratch: Path, paragraph: Path) -> None:
    for tool in startup_tools(report.tools):
        progress(f"{tool.name}: start-up, {report.options.startup_runs} runs")
        times: list[float] = []
        failure: RunResult | None = None
        for _ in range(report.options.startup_runs):
            result = run_once(tool, [str(paragraph)], scratch, report.options.timeout, False)
            if result.error:
                failure = result
                break
            times.append(result.wall_s)
        report.startup.append(Startup(tool.name, tuple(times), failure))


def startup_tools(tools: Sequence[Tool]) -> list[Tool]:
    """The usable tools, and newslint once more without its compiled-pattern and parsed-rule
    files (what its first run on a machine, or every run with NEWSLINT_NO_COMPILE_CACHE=1,
    costs); the plain newslint row has them, made by the probe run."""
    chosen: list[Tool] = []
    for tool in tools:
        if tool.unavailable:
            continue
        chosen.append(tool)
        if tool.name == "newslint":
            chosen.append(dataclasses.replace(
                tool, name="newslint (compile cache off)",
                env=dict(tool.env, NEWSLINT_NO_COMPILE_CACHE="1")))
    return chosen


def newslint_of(report: Report) -> Tool | None:
    return next((t for t in report.tools if t.name == "newslint" and not t.unavailable), None)


def measure_cache(report: Report, scratch: Path) -> None:
    tool = newslint_of(report)
    if tool is None:
        return
    for tier in report.tiers:
        cold = find_throughput(report.throughput, "newslint", tier.name)
        if cold is None or cold.failure:
            continue
        cached = cached_variant(tool, scratch / f"cache-{tier.name}")
        progress(f"newslint: {tier.name} tier with cache, 2 runs")
        fill = run_files(cached, tier.files, scratch, report.options.timeout)
        warm = fill if fill.error else run_files(cached, tier.files, scratch,
                                                 report.options.timeout)
        report.cache.append(CacheResult(tier, cold, fill, warm))


def measure_scaling(report: Report, scratch: Path) -> None:
    tool = newslint_of(report)
    if tool is None or not report.options.scaling:
        return
    for name in TIERS:
        known = find_throughput(report.throughput, "newslint", name)
        if known is None:
            tier = load_tier(report.options.corpus, name, report.options.input_kind)
            progress(f"newslint: {name} tier for the scaling check")
            known = Throughput("newslint", tier,
                               (run_files(tool, tier.files, scratch, report.options.timeout),))
        report.scaling.append(known)
        if known.failure:
            return


def find_throughput(items: Sequence[Throughput], tool: str, tier: str) -> Throughput | None:
    return next((t for t in items if t.tool == tool and t.tier.name == tier), None)


# ------------------------------------------------------------------------ machine


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def memory_total() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                kib = int(line.split()[1])
                return f"{kib / 1024 / 1024:.1f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    return "unknown"


def command_output(argv: Sequence[str], cwd: Path | None = None) -> str:
    try:
        done = subprocess.run(argv, cwd=cwd, capture_output=True, text=True,
                              timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return "not available"
    return done.stdout.strip() if done.returncode == 0 else "not available"


def machine_rows(options: Options) -> list[tuple[str, str]]:
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    cores = f"{os.cpu_count()} logical" + (f" ({usable} usable)" if usable else "")
    return [
        ("CPU", cpu_model()),
        ("Cores", cores),
        ("RAM", memory_total()),
        ("OS", platform.platform()),
        ("Python (harness)", f"{platform.python_implementation()} {platform.python_version()}"),
        ("Node.js", command_output(["node", "--version"])),
        ("Repository commit", command_output(["git", "rev-parse", "--short", "HEAD"],
                                             repo_root())),
        ("Date (UTC)", datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M")),
        ("Corpus", f"{options.corpus} ({options.input_kind} files)"),
        ("Repeats", f"{options.repeat} per tool and tier (median); start-up: "
                    f"{options.startup_runs} runs (median)"),
        ("Command", f"`{options.command_line}`"),
    ]


# ------------------------------------------------------------------------- report


def num(value: float) -> str:
    if value >= 100:
        return f"{value:.0f}"
    if value >= 10:
        return f"{value:.1f}"
    if value >= 0.1:
        return f"{value:.2f}"
    return f"{value:.3f}"


def mib(kib: int | None) -> str:
    return "–" if kib is None else f"{kib / 1024:.0f}"


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in rows]
    return lines


def startup_median(report: Report, tool: str) -> str:
    found = next((s for s in report.startup if s.tool == tool), None)
    if found is None or found.failure or not found.times_s:
        return "failed" if found else "–"
    return num(statistics.median(found.times_s))


def throughput_row(report: Report, item: Throughput) -> list[str]:
    failure = item.failure
    if failure is not None:
        return [item.tool, f"FAILED: {failure.error}", *["–"] * 7]
    wall = item.wall_s
    return [
        item.tool, "ok", num(wall), num(len(item.tier.files) / wall),
        num(item.tier.nbytes / BYTES_PER_MB / wall), num(item.cpu_s),
        mib(item.maxrss_kib), mib(item.tree_rss_kib), startup_median(report, item.tool),
    ]


def tier_section(report: Report, tier: Tier) -> list[str]:
    items = [t for t in report.throughput if t.tier.name == tier.name]
    header = ["Tool", "Status", "Wall s", "Files/s", "MB/s", "CPU s",
              "Peak RSS MiB (largest process)", "Peak RSS MiB (all processes, sampled)",
              "Start-up s"]
    title = (f"## {tier.name} tier: {len(tier.files)} files, "
             f"{tier.nbytes / BYTES_PER_MB:.2f} MB")
    if not items:
        return [title, "", "No tool could be run (see below).", ""]
    return [title, "", *table(header, [throughput_row(report, i) for i in items]), ""]


def tools_section(report: Report) -> list[str]:
    rows = []
    for tool in report.tools:
        status = f"unavailable: {tool.unavailable}" if tool.unavailable else "ok"
        command = shlex.join(short_command(tool.command))
        rows.append([tool.name, tool.version if not tool.unavailable else "–",
                     f"`{command} FILES...`", status])
    return ["## Tools", "", *table(["Tool", "Version", "Invocation", "Status"], rows), ""]


def short_command(command: Sequence[str]) -> list[str]:
    """Show paths inside the repository relative to it."""
    root = str(repo_root()) + os.sep
    return [arg[len(root):] if arg.startswith(root) else arg for arg in command]


def startup_section(report: Report) -> list[str]:
    rows = []
    for item in report.startup:
        if item.failure or not item.times_s:
            error = item.failure.error if item.failure else "no runs"
            rows.append([item.tool, f"FAILED: {error}", "–", "–", "–"])
            continue
        median = statistics.median(item.times_s)
        rows.append([item.tool, "ok", f"{median * 1000:.0f}", f"{min(item.times_s) * 1000:.0f}",
                     f"{max(item.times_s) * 1000:.0f}", share_of_proselint(report, median)])
    if not rows:
        return []
    header = ["Tool", "Status", "Median ms", "Min ms", "Max ms", "Median / proselint's"]
    words = len(STARTUP_PARAGRAPH.split())
    return [f"## Start-up: one paragraph ({words} words), {report.options.startup_runs} runs",
            "", *table(header, rows), ""]


def share_of_proselint(report: Report, median_s: float) -> str:
    peer = next((s for s in report.startup if s.tool == "proselint" and s.times_s), None)
    return f"{median_s / statistics.median(peer.times_s):.0%}" if peer else "–"


def cache_section(report: Report) -> list[str]:
    rows = []
    for item in report.cache:
        failed = item.fill.error or item.warm.error
        if failed:
            rows.append([item.tier.name, num(item.cold.wall_s), f"FAILED: {failed}", "–", "–"])
            continue
        rows.append([item.tier.name, num(item.cold.wall_s), num(item.fill.wall_s),
                     num(item.warm.wall_s), f"{item.cold.wall_s / item.warm.wall_s:.1f}x"])
    if not rows:
        return []
    header = ["Tier", "Cold s (--no-cache)", "1st cached run s (fills cache)",
              "Warm re-run s", "Cold / warm"]
    return ["## newslint result cache", "", *table(header, rows), ""]


def fit_line(points: Sequence[tuple[float, float]]) -> tuple[float, float]:
    """Least-squares intercept and slope."""
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    mean_x, mean_y = statistics.fmean(xs), statistics.fmean(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    slope = sum((x - mean_x) * (y - mean_y) for x, y in points) / spread if spread else 0.0
    return mean_y - slope * mean_x, slope


def scaling_section(report: Report) -> list[str]:
    good = [t for t in report.scaling if t.failure is None]
    if not report.scaling:
        return []
    start = next((s for s in report.startup if s.tool == "newslint" and s.times_s), None)
    base = statistics.median(start.times_s) if start else 0.0
    rows = []
    for item in report.scaling:
        n = len(item.tier.files)
        if item.failure:
            rows.append([item.tier.name, str(n), f"FAILED: {item.failure.error}", "–", "–"])
            continue
        rows.append([item.tier.name, str(n), num(item.wall_s), f"{item.wall_s / n * 1000:.2f}",
                     f"{max(0.0, item.wall_s - base) / n * 1000:.2f}"])
    header = ["Tier", "Articles", "Wall s (--no-cache)", "ms/article",
              "ms/article after start-up"]
    lines = ["## newslint linear scaling", "", *table(header, rows), ""]
    if len(good) >= 2:
        intercept, slope = fit_line([(len(t.tier.files), t.wall_s) for t in good])
        lines += [f"Least-squares fit: wall ≈ {intercept:.2f} s + {slope * 1000:.2f} ms × "
                  "articles. Linear scaling shows as a steady ms/article after start-up.", ""]
    return lines


def failures_section(report: Report) -> list[str]:
    lines: list[str] = []
    seen: list[tuple[str, str]] = []
    failures: list[tuple[str, RunResult]] = [
        (f"{t.tool}, {t.tier.name} tier", t.failure) for t in report.throughput if t.failure
    ]
    failures += [(f"{s.tool}, start-up", s.failure) for s in report.startup if s.failure]
    for where, run in failures:
        key = (where.split(",")[0], run.stderr_tail)
        if key in seen:
            continue
        seen.append(key)
        lines += [f"### {where}: {run.error}", "", "```", run.stderr_tail or "(no stderr)",
                  "```", ""]
    for tool in report.tools:
        if tool.unavailable:
            lines += [f"### {tool.name}: unavailable", "", "```", tool.unavailable, "```", ""]
    return ["## Failures and unavailable tools", "", *lines] if lines else []


def render(report: Report) -> str:
    lines = ["# newslint benchmark", "", "## Machine", ""]
    lines += table(["", ""], [list(row) for row in machine_rows(report.options)])
    lines += ["", *tools_section(report)]
    for tier in report.tiers:
        lines += tier_section(report, tier)
    lines += startup_section(report)
    lines += cache_section(report)
    lines += scaling_section(report)
    lines += failures_section(report)
    return "\n".join(lines).rstrip() + "\n"


# --------------------------------------------------------------------------- main


def run(options: Options, scratch: Path) -> Report:
    tiers = [load_tier(options.corpus, name, options.input_kind) for name in options.tiers]
    paragraph = write_paragraph(scratch, options.input_kind)
    tools = make_tools(options, scratch, paragraph)
    for tool in tools:
        progress(f"{tool.name}: {tool.unavailable or tool.version}")
    report = Report(options=options, tools=tools, tiers=tiers)
    measure_startup(report, scratch, paragraph)
    measure_tiers(report, scratch)
    measure_cache(report, scratch)
    measure_scaling(report, scratch)
    return report


def main(argv: Sequence[str] | None = None) -> int:
    options = parse_options(sys.argv[1:] if argv is None else argv)
    if not (options.corpus / "small.list").is_file():
        print(f"bench: no corpus at {options.corpus} (see --corpus)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="newslint-bench-") as tmp:
        try:
            report = run(options, Path(tmp))
        except FileNotFoundError as exc:
            print(f"bench: {exc}", file=sys.stderr)
            return 1
    text = render(report)
    print(text, end="")
    if options.output is not None:
        options.output.write_text(text + kept_notes(options.output), encoding="utf-8")
        progress(f"report written to {options.output}")
    return 0


# In the report file, what follows this line is written by hand and kept by later runs.
NOTES_MARKER = "<!-- notes below are written by hand; bench.py keeps them -->"


def kept_notes(path: Path) -> str:
    """The hand-written notes of an earlier report at `path`, from the marker on."""
    try:
        old = path.read_text(encoding="utf-8")
    except OSError:
        return ""
    at = old.find(NOTES_MARKER)
    return "" if at < 0 else "\n" + old[at:]


if __name__ == "__main__":
    sys.exit(main())
