"""Drive Debian's chromium, headless and offline, through playwright (no browser download)."""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"

#: Flags that keep chromium quiet and off the network: the page under test may reach nothing
#: (no proxy answers, no name resolves), and chromium's own background traffic is off.
FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
    "--proxy-server=http://127.0.0.1:9",
    "--proxy-bypass-list=<-loopback>",
    "--host-resolver-rules=MAP * ~NOTFOUND",
]


def available() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    if not Path(CHROMIUM).exists():
        return f"{CHROMIUM} is missing: run scripts/install_chromium.sh"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is missing: pip install -e '.[test]'"
    return None


@dataclass
class Visit:
    """A loaded page and what happened while it loaded: requests, console errors, dialogs."""

    page: object
    url: str
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@contextlib.contextmanager
def browser():
    """Yield a playwright Browser running Debian's chromium with a fresh profile."""
    from playwright.sync_api import sync_playwright

    profile = tempfile.mkdtemp(prefix="graphctl-chromium-")
    try:
        with sync_playwright() as pw:
            context = pw.chromium.launch_persistent_context(
                profile,
                executable_path=CHROMIUM,
                args=FLAGS,
                headless=True,
                viewport={"width": 1400, "height": 900},
                service_workers="block",
            )
            try:
                yield context
            finally:
                context.close()
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def visit(context, path, *, ready="window.graphctl && window.graphctl.ready", timeout=30_000):
    """Open the file `path` in a new tab, block every other request, wait until `ready` holds.

    Every request other than the page itself is recorded in ``requests`` and aborted, so a test
    can assert that the page fetched nothing. Console errors, uncaught exceptions and dialogs
    (``alert`` and friends, dismissed) are recorded too.
    """
    url = Path(path).resolve().as_uri()
    page = context.new_page()
    seen = Visit(page=page, url=url)

    def route(request_route):
        if request_route.request.url == url:
            request_route.continue_()
        else:
            request_route.abort()

    # Routing aborts what goes to the network; the request event also sees file:// loads.
    page.route("**/*", route)
    page.on("request", lambda r: seen.requests.append(r.url) if r.url != url else None)
    page.on(
        "console",
        lambda message: seen.errors.append(message.text) if message.type == "error" else None,
    )
    page.on("pageerror", lambda exc: seen.errors.append(f"uncaught: {exc}"))

    def dialog(d):
        seen.dialogs.append(f"{d.type}: {d.message}")
        d.dismiss()

    page.on("dialog", dialog)
    page.goto(url)
    if ready:
        page.wait_for_function(ready, timeout=timeout)
    return seen


def drawn_pixels(page) -> int:
    """How many pixels of the network's canvas are not background (white or transparent)."""
    return page.evaluate(
        """() => {
            const canvas = document.querySelector('#graph canvas');
            const ctx = canvas.getContext('2d');
            const px = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
            let drawn = 0;
            for (let i = 0; i < px.length; i += 4) {
                if (px[i + 3] > 0 && (px[i] < 245 || px[i + 1] < 245 || px[i + 2] < 245)) drawn++;
            }
            return drawn;
        }"""
    )


def node_point(page, node) -> dict:
    """Where node `node` is drawn, in page coordinates (for mouse moves and clicks)."""
    return page.evaluate(
        """(id) => {
            const net = window.graphctl.network;
            const p = net.canvasToDOM(net.getPositions([id])[id]);
            const box = document.getElementById('graph').getBoundingClientRect();
            return {x: box.left + p.x, y: box.top + p.y};
        }""",
        node,
    )
