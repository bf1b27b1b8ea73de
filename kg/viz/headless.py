"""Drive headless Chromium over the DevTools protocol, standard library only.

Chromium is started with ``--remote-debugging-pipe``: DevTools messages are JSON
texts ending in a NUL byte, written to the browser's fd 3 and read from its fd 4, so
no websocket client, selenium or chromedriver is needed and no port is opened.

The network is blocked three ways: a dead proxy (``127.0.0.1:9``, loopback included),
DevTools offline emulation, and request interception (``Fetch``) that fails every
request whose URL is not ``file:``/``data:``/``blob:``/``about:``. Every request the
page attempts is recorded (``Page.requests``; non-local ones in
``Page.external_requests``), as are console errors, uncaught exceptions and dialogs.

Example
-------
>>> with HeadlessChromium() as browser:                  # doctest: +SKIP
...     page = browser.open("/tmp/map.html")
...     page.wait_for("window.scgovReady === true")
...     n = page.evaluate("scgovNodes.length")
...     png = page.screenshot("/tmp/map.png")
...     assert not page.external_requests and not page.console_errors
"""

import base64
import json
import os
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path

CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome",
              "/usr/bin/google-chrome-stable")
LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:")
ALERT_TRAP = """
window.__scgovDialogs = [];
['alert', 'confirm', 'prompt'].forEach(function (name) {
  window[name] = function (m) { window.__scgovDialogs.push(name + ':' + String(m)); };
});
"""


class BrowserError(RuntimeError):
    """Chromium failed, exited, or a DevTools command returned an error."""


def find_chromium():
    """Return the path of a Chromium/Chrome binary, or None.

    ``$SCGOV_CHROMIUM`` wins; then the Debian paths and ``PATH``.

    Returns
    -------
    str or None
        Executable path.
    """
    env = os.environ.get("SCGOV_CHROMIUM")
    if env:
        return env if os.access(env, os.X_OK) else None
    for cand in CANDIDATES:
        if os.access(cand, os.X_OK):
            return cand
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def launch_flags(user_data_dir, width, height):
    """Return the command-line flags of an isolated, offline headless Chromium.

    Parameters
    ----------
    user_data_dir : str
        Fresh profile folder.
    width, height : int
        Window size in CSS pixels.

    Returns
    -------
    list of str
        Flags (without the binary).
    """
    return ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--no-default-browser-check",
            "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--disable-extensions", "--disable-default-apps",
            "--disable-dev-shm-usage", "--mute-audio", "--hide-scrollbars",
            "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
            f"--user-data-dir={user_data_dir}", f"--window-size={width},{height}",
            "--remote-debugging-pipe", "about:blank"]


def _high_pipe():
    """Return a close-on-exec pipe whose fds are >= 10, so that dup2 onto 3/4 never collides."""
    import fcntl

    ends = []
    for fd in os.pipe():
        ends.append(fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10))
        os.close(fd)
    return tuple(ends)


class HeadlessChromium:
    """A headless Chromium process controlled over a DevTools pipe.

    Parameters
    ----------
    binary : str, optional
        Browser executable; default :func:`find_chromium`.
    width, height : int
        Viewport size.
    timeout : float
        Default seconds to wait for a DevTools reply.
    """

    def __init__(self, binary=None, *, width=1280, height=800, timeout=30.0):
        self.binary = binary or find_chromium()
        if not self.binary:
            raise BrowserError("Chromium not found (apt-get install -y chromium)")
        self.width, self.height, self.timeout = width, height, timeout
        self._next_id = 0
        self._replies = {}
        self._cond = threading.Condition()
        self._listeners = []
        self._proc = None
        self._dir = None

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc):
        self.close()

    def start(self):
        """Launch the browser and start reading its DevTools pipe."""
        self._dir = tempfile.mkdtemp(prefix="scgov-chromium-")
        to_child_r, self._to_child = _high_pipe()
        self._from_child, from_child_w = _high_pipe()

        def wire_fds():  # runs in the child before exec: DevTools wants fds 3 and 4
            os.dup2(to_child_r, 3)
            os.dup2(from_child_w, 4)

        self._stderr = open(os.path.join(self._dir, "stderr.log"), "wb")
        self._proc = subprocess.Popen(
            [self.binary, *launch_flags(os.path.join(self._dir, "profile"),
                                        self.width, self.height)],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=self._stderr,
            preexec_fn=wire_fds, close_fds=False)
        os.close(to_child_r)
        os.close(from_child_w)
        threading.Thread(target=self._read_loop, daemon=True).start()
        self.call("Browser.getVersion")

    def close(self):
        """Close the browser (politely, then by force) and delete its profile."""
        if self._proc is None:
            return
        try:
            self.send("Browser.close")
            self._proc.wait(timeout=10)
        except (BrowserError, OSError, subprocess.TimeoutExpired):
            self._proc.kill()
            self._proc.wait(timeout=10)
        for fd in (self._to_child, self._from_child):
            try:
                os.close(fd)
            except OSError:
                pass
        self._stderr.close()
        self._proc = None
        shutil.rmtree(self._dir, ignore_errors=True)

    def stderr_text(self):
        """Return what the browser printed on stderr so far (for failure messages)."""
        try:
            return Path(self._dir, "stderr.log").read_text(errors="replace")
        except OSError:
            return ""

    # -- DevTools transport ---------------------------------------------------------
    def send(self, method, params=None, session=None):
        """Send a DevTools command without waiting; return its message id."""
        with self._cond:
            self._next_id += 1
            msg_id = self._next_id
        msg = {"id": msg_id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        data = json.dumps(msg).encode() + b"\0"
        try:
            while data:
                data = data[os.write(self._to_child, data):]
        except OSError as exc:
            raise BrowserError(f"browser pipe closed: {exc}") from exc
        return msg_id

    def call(self, method, params=None, session=None, timeout=None):
        """Send a DevTools command and return its ``result``.

        Raises
        ------
        BrowserError
            On a protocol error, a timeout, or if the browser exited.
        """
        msg_id = self.send(method, params, session)
        deadline = time.monotonic() + (timeout or self.timeout)
        with self._cond:
            while msg_id not in self._replies:
                left = deadline - time.monotonic()
                if left <= 0 or self._proc is None or self._proc.poll() is not None:
                    raise BrowserError(f"no reply to {method}; stderr:\n{self.stderr_text()[-2000:]}")
                self._cond.wait(min(left, 0.5))
            reply = self._replies.pop(msg_id)
        if "error" in reply:
            raise BrowserError(f"{method}: {reply['error']}")
        return reply.get("result", {})

    def _read_loop(self):
        """Read NUL-separated messages; store replies, dispatch events."""
        buf = b""
        while True:
            try:
                chunk = os.read(self._from_child, 1 << 20)
            except OSError:
                chunk = b""
            if not chunk:
                with self._cond:
                    self._cond.notify_all()
                return
            buf += chunk
            *messages, buf = buf.split(b"\0")
            for raw in messages:
                self._dispatch(json.loads(raw))

    def _dispatch(self, msg):
        """Route one DevTools message."""
        if "id" in msg:
            with self._cond:
                self._replies[msg["id"]] = msg
                self._cond.notify_all()
            return
        for listener in list(self._listeners):
            listener(msg)

    # -- pages --------------------------------------------------------------------------
    def open(self, target, *, block_network=True, wait_load=True, timeout=60.0):
        """Open a file path or URL in a new tab.

        Parameters
        ----------
        target : str or os.PathLike
            Local file (turned into a ``file://`` URL) or URL.
        block_network : bool
            Emulate offline and fail every non-local request (they are still recorded).
        wait_load : bool
            Wait for the ``load`` event.
        timeout : float
            Seconds to wait for ``load``.

        Returns
        -------
        Page
            The opened page.
        """
        url = str(target)
        if "://" not in url and not url.startswith(("about:", "data:")):
            url = Path(url).resolve().as_uri()
        target_id = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.call("Target.attachToTarget",
                            {"targetId": target_id, "flatten": True})["sessionId"]
        page = Page(self, session, target_id)
        page.prepare(block_network)
        page.navigate(url, wait_load=wait_load, timeout=timeout)
        return page


class Page:
    """One browser tab attached with a flat DevTools session (see :meth:`HeadlessChromium.open`)."""

    def __init__(self, browser, session, target_id):
        self.browser, self.session, self.target_id = browser, session, target_id
        self.requests = []  # every URL the page asked for, in order
        self.console_errors = []  # console.error/assert, uncaught exceptions, error log entries
        self.console = []  # every console message as (type, text)
        self.dialogs = []  # native dialogs that opened
        self._loaded = threading.Event()
        browser._listeners.append(self._on_event)

    @property
    def external_requests(self):
        """Distinct URLs the page tried to fetch that are not ``file:``/``data:``/``blob:``/``about:``."""
        return list(dict.fromkeys(u for u in self.requests if not u.startswith(LOCAL_SCHEMES)))

    def call(self, method, params=None, timeout=None):
        """Send a DevTools command to this page and return its result."""
        return self.browser.call(method, params, self.session, timeout)

    def prepare(self, block_network):
        """Enable the domains that record requests, logs and dialogs; block the network."""
        for domain in ("Page", "Runtime", "Network", "Log"):
            self.call(f"{domain}.enable")
        self.call("Page.addScriptToEvaluateOnNewDocument", {"source": ALERT_TRAP})
        self.call("Emulation.setDeviceMetricsOverride",
                  {"width": self.browser.width, "height": self.browser.height,
                   "deviceScaleFactor": 1, "mobile": False})
        if block_network:
            self.call("Network.emulateNetworkConditions",
                      {"offline": True, "latency": 0, "downloadThroughput": 0,
                       "uploadThroughput": 0})
            self.call("Fetch.enable", {"patterns": [{"urlPattern": "*"}]})

    def navigate(self, url, *, wait_load=True, timeout=60.0):
        """Go to ``url``; optionally wait for the ``load`` event."""
        self._loaded.clear()
        result = self.call("Page.navigate", {"url": url})
        if result.get("errorText"):
            raise BrowserError(f"navigation to {url} failed: {result['errorText']}")
        if wait_load and not self._loaded.wait(timeout):
            raise BrowserError(f"{url} did not load within {timeout} s")

    def _on_event(self, msg):
        """Record requests, console output, errors and dialogs of this page."""
        if msg.get("sessionId") != self.session:
            return
        method, p = msg.get("method"), msg.get("params", {})
        if method == "Network.requestWillBeSent":
            self.requests.append(p["request"]["url"])
        elif method == "Fetch.requestPaused":
            self._on_paused(p)
        elif method == "Page.loadEventFired":
            self._loaded.set()
        elif method == "Runtime.consoleAPICalled":
            text = " ".join(str(a.get("value", a.get("description", ""))) for a in p.get("args", []))
            self.console.append((p.get("type"), text))
            with self.browser._cond:
                self.browser._cond.notify_all()
            if p.get("type") in ("error", "assert"):
                self.console_errors.append(text)
        elif method == "Runtime.exceptionThrown":
            d = p.get("exceptionDetails", {})
            self.console_errors.append(d.get("exception", {}).get("description") or d.get("text"))
        elif method == "Log.entryAdded" and p["entry"].get("level") == "error":
            e = p["entry"]
            self.console_errors.append(f"{e.get('text')} {e.get('url', '')}".strip())
        elif method == "Page.javascriptDialogOpening":
            self.dialogs.append(p.get("message"))
            self.browser.send("Page.handleJavaScriptDialog", {"accept": False}, self.session)

    def _on_paused(self, p):
        """Let local requests through; record and fail everything else."""
        url = p["request"]["url"]
        if url.startswith(LOCAL_SCHEMES):
            self.browser.send("Fetch.continueRequest", {"requestId": p["requestId"]}, self.session)
            return
        self.requests.append(url)
        self.browser.send("Fetch.failRequest", {"requestId": p["requestId"],
                                                "errorReason": "InternetDisconnected"},
                          self.session)

    def evaluate(self, expression, *, timeout=None, await_promise=False):
        """Evaluate a JS expression in the page and return its value (JSON-able).

        Raises
        ------
        BrowserError
            If the expression throws.
        """
        result = self.call("Runtime.evaluate", {"expression": expression,
                                                "returnByValue": True,
                                                "awaitPromise": await_promise},
                           timeout)
        if "exceptionDetails" in result:
            d = result["exceptionDetails"]
            raise BrowserError(d.get("exception", {}).get("description") or d.get("text"))
        return result["result"].get("value")

    def wait_for(self, expression, *, timeout=60.0, interval=0.1):
        """Poll until ``expression`` is truthy; return the seconds waited.

        Raises
        ------
        TimeoutError
            If it stays falsy for ``timeout`` seconds.
        """
        start = time.monotonic()
        while True:
            if self.evaluate(f"!!({expression})"):
                return time.monotonic() - start
            if time.monotonic() - start > timeout:
                raise TimeoutError(f"{expression!r} still false after {timeout} s; "
                                   f"console errors: {self.console_errors[:5]}")
            time.sleep(interval)

    def wait_for_console(self, prefix, *, timeout=60.0):
        """Wait for a console message starting with ``prefix``; return its text.

        Unlike :meth:`wait_for` this needs no round trip to a page whose main thread
        may be busy for tens of seconds (e.g. vis-network physics on a large graph).

        Raises
        ------
        TimeoutError
            If no such message arrives within ``timeout`` seconds.
        """
        deadline = time.monotonic() + timeout
        cond = self.browser._cond
        with cond:
            while True:
                for _, text in self.console:
                    if text.startswith(prefix):
                        return text
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"no console message {prefix!r} within {timeout} s")
                cond.wait(min(left, 0.5))

    def mouse(self, kind, x, y, button="none", clicks=0):
        """Dispatch a mouse event (``mouseMoved``, ``mousePressed``, ``mouseReleased``) at CSS px."""
        self.call("Input.dispatchMouseEvent", {"type": kind, "x": x, "y": y,
                                               "button": button, "clickCount": clicks})

    def click(self, x, y):
        """Click the left button at ``(x, y)``."""
        self.mouse("mouseMoved", x, y)
        self.mouse("mousePressed", x, y, "left", 1)
        self.mouse("mouseReleased", x, y, "left", 1)

    def screenshot(self, path=None):
        """Capture the viewport as PNG; write it to ``path`` if given; return the bytes."""
        data = base64.b64decode(self.call("Page.captureScreenshot", {"format": "png"})["data"])
        if path:
            Path(path).write_bytes(data)
        return data

    def close(self):
        """Close this tab."""
        if self._on_event in self.browser._listeners:
            self.browser._listeners.remove(self._on_event)
        self.browser.call("Target.closeTarget", {"targetId": self.target_id})
