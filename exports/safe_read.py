"""Reading a workbook nobody vouches for without letting it take the app down.

python-calamine is fast because it is Rust, and for the same reason a crafted file can end the
whole process: a worksheet dimension or one cell reference changed by a few bytes
("A1:XFD1048576") makes it allocate a dense range of 17 billion cells, a huge declared
shared-string count makes it reserve that many slots, and Rust answers a failed allocation by
aborting, not by raising. A GUI whose window dies with it loses the clerk's work. So:

1. **Look before reading** (:func:`precheck`, in the calling process, pure standard library,
   a few milliseconds for a normal roster): the file's size; for zip containers (.xlsx, .xlsm,
   .ods) the members' declared sizes, the total uncompressed size and the compression ratio
   (zip bombs), the ``<dimension>`` and every cell reference of each worksheet (scanned as a
   stream, never held whole) and the declared shared-string count against the part's real
   size. A file that fails gets a :class:`~exports.roster_reader.ReadProblem` with code
   ``file.too_large`` / ``file.crafted`` and is never opened by calamine.
2. **Read in a child process** (:func:`read_roster_isolated`) with a time budget and, on
   POSIX, an address-space limit (``RLIMIT_AS``): whatever the reader does in there, the
   worst case is a dead child, reported as ``file.crashed`` or ``file.timeout``. On Windows
   there is no ``RLIMIT_AS`` (and we use no job objects): the pre-checks and the timeout still
   hold, and a crash still only ends the child.

How the child is started (for packagers): a plain ``subprocess`` (not ``multiprocessing``,
which would re-import the caller's main module in the child). From source it is
``python -c "...child_main()" --cnscd-read-roster-child FILE MEMORY`` with our package root
on ``PYTHONPATH``; **frozen** (``sys.frozen``) it is the app's own executable with the
arguments ``--cnscd-read-roster-child FILE MEMORY``, which ``main.py`` hands to
:func:`child_main` before anything else (no Qt, no database, no window). The child imports
only this module, :mod:`exports.roster_reader` and python-calamine, and answers on its stdout
with length-prefixed pickles (progress, then the result). The parent polls every 50 ms,
relays progress, and kills the child on cancel or timeout.

Pure module: standard library and :mod:`exports.roster_reader` only.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import queue
import re
import struct
import subprocess
import sys
import threading
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from exports.roster_reader import (
    RawMember,
    ReadCancelled,
    ReadProblem,
    ReadResult,
    read_roster,
)

__all__ = ["Limits", "precheck", "read_roster_isolated"]


@dataclass(frozen=True)
class Limits:
    """What a roster may declare. A province's 500,000-member roster is about 30 MB zipped,
    300 MB of XML and 7 million cells; these leave room above that and none for abuse."""

    max_file_bytes: int = 250 * 1024 * 1024
    max_unzipped_bytes: int = 2 * 1024 * 1024 * 1024
    max_member_ratio: int = 200  # uncompressed / compressed, for members over 4 MB
    max_members: int = 10_000
    max_cells: int = 40_000_000  # rows x columns of one sheet's used range
    max_shared_strings: int = 20_000_000
    seconds_base: float = 30.0
    seconds_per_mb: float = 3.0
    memory_bytes: int = 3 * 1024 * 1024 * 1024  # address space of the child (POSIX)

    def seconds_for(self, size: int) -> float:
        return self.seconds_base + self.seconds_per_mb * size / (1024 * 1024)


LIMITS = Limits()

_DIMENSION_RE = re.compile(
    rb'<(?:\w+:)?dimension\s+ref="([A-Za-z]{1,8})(\d{1,12})(?::([A-Za-z]{1,8})(\d{1,12}))?"'
)
# a cell reference with a column beyond ZZ or a row of 7+ digits, or a row number of 7+ digits
_FAR_REF_RE = re.compile(rb' r="(?:([A-Za-z]{3,8})(\d{1,12})|([A-Za-z]{0,2})(\d{7,12}))"')
_SST_RE = re.compile(rb'<(?:\w+:)?sst\b[^>]*?\s(?:uniqueCount|count)="(\d{1,20})"')
_ODS_REPEAT_RE = re.compile(rb'number-(rows|columns)-repeated="(\d{1,12})"')
_CHUNK = 1 << 20


def _col_number(letters: bytes) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + (ch - 64)
    return n


class _Refused(Exception):
    def __init__(self, code: str, detail: str):
        super().__init__(detail)
        self.code = code
        self.detail = detail


def precheck(path: str | os.PathLike[str], limits: Limits = LIMITS) -> ReadProblem | None:
    """A problem when the file declares more than a roster can be, else None.

    Never raises on a bad file; files that are not zip containers (.xls) only get the size
    check here (the child process guards the rest)."""
    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError:
        return None  # the reader reports a missing file in its own words
    if size > limits.max_file_bytes:
        return ReadProblem(None, None, None, "file.too_large", f"{size} bytes")
    try:
        with p.open("rb") as fh:
            head = fh.read(4)
    except OSError:
        return None
    if head != b"PK\x03\x04":
        return None
    try:
        _check_zip(p, limits)
    except _Refused as e:
        return ReadProblem(None, None, None, e.code, e.detail)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError,
            NotImplementedError, RuntimeError) as e:
        # a truncated or corrupted container: refused here, in words the import has
        return ReadProblem(None, None, None, "file.corrupt", f"{type(e).__name__}: {e}"[:200])
    except Exception as e:  # noqa: BLE001 - zlib errors and the like: still a broken file
        return ReadProblem(None, None, None, "file.corrupt", f"{type(e).__name__}: {e}"[:200])
    return None


def _check_zip(path: Path, limits: Limits) -> None:
    with zipfile.ZipFile(path) as zf:
        infos = zf.infolist()
        if len(infos) > limits.max_members:
            raise _Refused("file.crafted", f"{len(infos)} zip members")
        total = 0
        for info in infos:
            total += info.file_size
            if info.file_size > 4 * 1024 * 1024:
                ratio = info.file_size / max(info.compress_size, 1)
                if ratio > limits.max_member_ratio:
                    raise _Refused("file.crafted", f"{info.filename}: ratio {ratio:.0f}")
        if total > limits.max_unzipped_bytes:
            raise _Refused("file.too_large", f"{total} bytes unzipped")
        names = {i.filename: i for i in infos}
        for info in infos:
            name = info.filename
            low = name.lower()
            if low.startswith("xl/worksheets/") and low.endswith(".xml"):
                _check_sheet(zf, info, limits)
            elif low == "xl/sharedstrings.xml":
                _check_shared_strings(zf, info, limits)
            elif low == "content.xml" and "mimetype" in names:
                _check_ods(zf, info, limits)


def _stream(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int):
    """The member's bytes in overlapping chunks, stopping (refused) past its declared size:
    a lying header cannot make us inflate more than it said."""
    read = 0
    tail = b""
    with zf.open(info) as fh:
        while True:
            chunk = fh.read(_CHUNK)
            if not chunk:
                break
            read += len(chunk)
            if read > max(info.file_size, 0) + _CHUNK or read > limit:
                raise _Refused("file.crafted", f"{info.filename}: more data than declared")
            yield tail + chunk
            tail = chunk[-256:]


def _check_sheet(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits) -> None:
    """The declared dimension, and every cell or row reference that reaches far: a column of
    three letters or more (beyond ZZ) or a row of seven digits or more. Ordinary references
    are skipped by the regular expression itself, so a 100,000-row sheet is scanned in a
    fraction of a second; anything subtler is the child process's memory budget's job."""
    for i, chunk in enumerate(_stream(zf, info, limits.max_unzipped_bytes)):
        if i == 0:
            m = _DIMENSION_RE.search(chunk)
            if m:
                c0, r0 = _col_number(m.group(1)), int(m.group(2))
                c1 = _col_number(m.group(3)) if m.group(3) else c0
                r1 = int(m.group(4)) if m.group(4) else r0
                cells = (abs(r1 - r0) + 1) * (abs(c1 - c0) + 1)
                if cells > limits.max_cells:
                    raise _Refused("file.crafted", f"{info.filename}: dimension {cells} cells")
        for m in _FAR_REF_RE.finditer(chunk):
            if m.group(1):
                letters, digits = m.group(1), m.group(2)
            else:
                letters, digits = m.group(3) or b"A", m.group(4)
            col, row = _col_number(letters), int(digits)
            if col > 16_384 or row > 1_048_576:
                raise _Refused("file.crafted", f"{info.filename}: cell beyond the sheet")
            # the used range starts at A1 at the most: its area from there
            if col * row > limits.max_cells:
                raise _Refused("file.crafted", f"{info.filename}: cells span {row} rows x "
                               f"{col} columns")


def _check_shared_strings(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits) -> None:
    with zf.open(info) as fh:
        head = fh.read(4096)
    for m in _SST_RE.finditer(head):
        declared = int(m.group(1))
        # each string takes at least "<si><t/></si>" (13 bytes) in the part
        if declared > limits.max_shared_strings or declared > info.file_size // 10 + 1000:
            raise _Refused("file.crafted", f"sharedStrings declares {declared}")


def _check_ods(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits) -> None:
    """Repeated rows x repeated columns of cells that hold a value make a dense range too;
    LibreOffice repeats empty cells to the sheet's end, which is harmless, so only the
    product of the largest repeats is bounded (generously)."""
    biggest = {b"rows": 1, b"columns": 1}
    for chunk in _stream(zf, info, limits.max_unzipped_bytes):
        for m in _ODS_REPEAT_RE.finditer(chunk):
            n = int(m.group(2))
            if n > 1_048_576 * 16:
                raise _Refused("file.crafted", f"content.xml repeats {n}")
            biggest[m.group(1)] = max(biggest[m.group(1)], n)
    # dense repeats are refused by the child's memory budget if they hold values; a single
    # repeat beyond the sheet's limits is crafted whatever it holds
    if biggest[b"rows"] > 1_048_576 or biggest[b"columns"] > 16_384:
        raise _Refused("file.crafted", "content.xml repeats beyond a sheet")


# --- the child process -----------------------------------------------------------------------

CHILD_FLAG = "--cnscd-read-roster-child"


def _limit_memory(limit: int) -> None:
    try:
        import resource
    except ImportError:  # Windows: no RLIMIT_AS; the timeout and the pre-checks remain
        return
    with contextlib.suppress(ValueError, OSError):
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _send(out: Any, message: tuple) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    out.write(struct.pack("<Q", len(data)))
    out.write(data)
    out.flush()


def child_main(argv: list[str] | None = None) -> int:  # pragma: no cover - in the child
    """The child: ``CHILD_FLAG PATH MEMORY``; answers on stdout as length-prefixed pickles
    ("progress", done, total, text)…, then ("result", ReadResult) or ("failed", code, why)."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == CHILD_FLAG:
        args = args[1:]
    path, memory = args[0], int(args[1])
    out = sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing else may write into the answer
    _limit_memory(memory)
    # started while the parent checks what the file declares: read only on its "go"
    if sys.stdin is None or sys.stdin.buffer.readline().strip() != b"go":
        return 0

    def progress(done: int, total: int, text: str = "") -> None:
        with contextlib.suppress(Exception):
            _send(out, ("progress", done, total, text))

    try:
        result = read_roster(path, progress=progress)
        # members as plain tuples: ten times faster to unpickle than dataclasses
        members = [(m.sheet, m.row, m.values, m.columns, m.village_hint, m.commune_hint,
                    m.left_hint) for m in result.members]
        _send(out, ("result", result.file, result.sheets, result.problems, members))
    except MemoryError:
        _send(out, ("failed", "file.too_large", "memory"))
    except BaseException as e:  # noqa: BLE001 - whatever happens, the parent gets an answer
        _send(out, ("failed", "file.unreadable", type(e).__name__))
    out.flush()
    # the answer is sent: leave without tearing down the workbook and thousands of rows
    os._exit(0)


def _child_command(path: str, memory: int) -> tuple[list[str], dict[str, str]]:
    """How to start the child: the frozen app runs itself with :data:`CHILD_FLAG` (main.py
    hands that straight to :func:`child_main`); from source, the same interpreter runs this
    module's ``child_main`` with our package root first on the path."""
    env = dict(os.environ)
    if getattr(sys, "frozen", False):
        return [sys.executable, CHILD_FLAG, path, str(memory)], env
    root = str(Path(__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
    code = "import sys; from exports.safe_read import child_main; sys.exit(child_main())"
    return [sys.executable, "-c", code, CHILD_FLAG, path,
            str(memory)], env


def _reader(stream: Any, messages: queue.Queue) -> None:
    """Thread: the child's answers, one message at a time, then None at the end."""
    # a broken pipe ends the answer
    with contextlib.suppress(Exception):
        while True:
            head = stream.read(8)
            if len(head) < 8:
                break
            (size,) = struct.unpack("<Q", head)
            data = stream.read(size)
            if len(data) < size:
                break
            messages.put(pickle.loads(data))  # our own child, our own types
    messages.put(None)


def _refused(path: str, code: str, detail: str) -> ReadResult:
    return ReadResult(str(path), [], [], [ReadProblem(None, None, None, code, detail)])


def read_roster_isolated(
    path: str | os.PathLike[str],
    *,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    limits: Limits = LIMITS,
) -> ReadResult:
    """:func:`exports.roster_reader.read_roster` for an untrusted file: pre-checked, then read
    in a child process within a time and memory budget. A file the checks refuse, a child
    that dies (a Rust abort, out of memory) or runs out of time gives a ``ReadResult`` with
    one file problem (``file.crafted``, ``file.too_large``, ``file.crashed``,
    ``file.timeout``); cancelling raises :class:`ReadCancelled` after ending the child."""
    try:
        size = Path(path).stat().st_size
    except OSError:
        size = 0
    # the child starts (imports, memory limit) while the file is checked here; it reads
    # only when told to
    command, env = _child_command(os.fspath(path), limits.memory_bytes)
    try:
        proc: subprocess.Popen | None = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, env=env,
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
        )
    except OSError:
        proc = None
    problem = precheck(path, limits)
    if proc is None or problem is not None:
        if proc is not None:
            _stop(proc)
        if problem is not None:
            return ReadResult(str(path), [], [], [problem])
        # no child possible here: read in process (the checks passed)
        return read_roster(path, progress=progress, cancelled=cancelled)
    try:
        assert proc.stdin is not None
        proc.stdin.write(b"go\n")
        proc.stdin.close()
    except OSError:
        pass  # the child died already: reported below as a crash
    messages: queue.Queue = queue.Queue()
    thread = threading.Thread(target=_reader, args=(proc.stdout, messages), daemon=True)
    thread.start()
    deadline = time.monotonic() + limits.seconds_for(size)
    try:
        while True:
            if cancelled is not None and cancelled():
                raise ReadCancelled()
            try:
                message = messages.get(timeout=0.05)
            except queue.Empty:
                if time.monotonic() > deadline:
                    return _refused(str(path), "file.timeout",
                                    f"{limits.seconds_for(size):.0f} s")
                continue
            if message is None:  # the child ended without an answer: it died
                with contextlib.suppress(subprocess.TimeoutExpired):
                    proc.wait(2)
                return _refused(str(path), "file.crashed", f"exit code {proc.returncode}")
            kind = message[0]
            if kind == "progress":
                if progress is not None:
                    progress(message[1], message[2], message[3])
                continue
            if kind == "result":
                _kind, file, sheets, problems, members = message
                return ReadResult(file, sheets, [RawMember(*m) for m in members], problems)
            return _refused(str(path), message[1], message[2])
    finally:
        _stop(proc)


def _stop(proc: subprocess.Popen) -> None:
    """End the child (if it still runs) and close its pipes."""
    if proc.poll() is None:
        proc.kill()
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(5)
    for stream in (proc.stdin, proc.stdout):
        if stream is not None:
            with contextlib.suppress(OSError):
                stream.close()


if __name__ == "__main__":  # pragma: no cover - a manual check: python -m exports.safe_read F
    found = precheck(sys.argv[1])
    print(found or read_roster_isolated(sys.argv[1]).problems)
