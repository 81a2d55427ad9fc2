"""Exceptions raised by graphctl; the CLI turns them into `Error: ...` and an exit code."""


class GraphctlError(Exception):
    """Base class for every error graphctl raises on purpose."""


class InputError(GraphctlError):
    """Bad input: a file that cannot be read, or a record that breaks the event contract.

    The message names the file and, where known, the line (or row) and what was wrong.
    """

    def __init__(self, message, *, path=None, line=None):
        self.path = path
        self.line = line
        where = ""
        if path is not None:
            where = f"{path}: " if line is None else f"{path}: line {line}: "
        super().__init__(f"{where}{message}")


class StoreError(GraphctlError):
    """The store cannot be opened, read or written (missing file, server down, bad credentials)."""


class AnalysisError(GraphctlError):
    """An analysis cannot run on the graph it was given (empty graph, unknown metric, ...)."""
