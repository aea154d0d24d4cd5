// Optional enhancement of the search index page: while a rebuild runs, ask the status endpoint every 1.5 s and update
// the page in place (the live region announces the progress politely), then show the result and the button again.
// Without JavaScript the page keeps its "Show the current progress" link; no timed reload (WCAG 2.2.1).
(function () {
  "use strict";
  var root = document.getElementById("rebuild");
  var status = document.getElementById("rebuild-status");
  if (!root || !status || root.getAttribute("data-running") !== "true" || !window.fetch) {
    return;
  }

  var url = root.getAttribute("data-status-url");
  var note = document.getElementById("rebuild-note");
  var refresh = document.getElementById("rebuild-refresh");
  var start = document.getElementById("rebuild-start");
  var every = 1500;
  var maxFailures = 3;
  var failures = 0;
  var timer = null;
  var inFlight = false;
  var stopped = false;

  // The same grouping as the page's "N0" in the invariant culture: 12,345.
  function count(value) {
    return Number(value).toLocaleString("en-US");
  }

  // Only a real change touches the DOM, so the live region speaks only when there is something new.
  function setText(id, text) {
    var element = document.getElementById(id);
    if (element && text !== null && text !== undefined && element.textContent !== text) {
      element.textContent = text;
    }
  }

  function showIndex(state) {
    setText("index-state", state.state);
    setText("index-documents", count(state.documents));
    setText("index-position", state.position);
    setText("index-folder", state.folder || "\u2014");
  }

  function showRunning(rebuild) {
    var number = status.querySelector("strong");
    var text = count(rebuild.indexed);
    if (number && number.textContent !== text) {
      number.textContent = text;
    }
  }

  function showResult(rebuild) {
    var failed = rebuild.error !== null && rebuild.error !== undefined;
    var line = "Last rebuild " + (failed ? "failed" : "finished") + " " + rebuild.finishedAtKyiv + ": " + count(rebuild.indexed) + " documents.";
    var parts = [document.createTextNode(line)];
    if (failed) {
      var error = document.createElement("span");
      error.className = "error";
      error.textContent = rebuild.error;
      parts.push(document.createElement("br"), error);
    }

    status.replaceChildren.apply(status, parts);
    if (note) {
      note.hidden = true;
    }

    if (start) {
      start.hidden = false;
    }

    root.setAttribute("data-running", "false");
  }

  // Polling stopped (signed out, no rights any more, server unreachable): the no-script link is the way on.
  function giveUp() {
    stopped = true;
    if (refresh) {
      refresh.hidden = false;
    }
  }

  function schedule() {
    if (!stopped && timer === null) {
      timer = window.setTimeout(poll, every);
    }
  }

  function failed() {
    failures += 1;
    if (failures >= maxFailures) {
      giveUp();
    } else {
      schedule();
    }
  }

  function poll() {
    timer = null;
    if (stopped || inFlight || document.hidden) {
      return; // a hidden page resumes on visibilitychange
    }

    inFlight = true;
    fetch(url, { headers: { Accept: "application/json" }, cache: "no-store", credentials: "same-origin", redirect: "manual" })
      .then(function (response) {
        // A redirect is the sign-in page (the session ended); 401/403 will not get better by asking again.
        if (response.type === "opaqueredirect" || response.status === 401 || response.status === 403) {
          return { refused: true };
        }

        if (!response.ok) {
          throw new Error("HTTP " + response.status);
        }

        return response.json();
      })
      .then(function (state) {
        inFlight = false;
        if (state.refused) {
          giveUp();
          return;
        }

        failures = 0;
        showIndex(state);
        if (state.rebuild.running) {
          showRunning(state.rebuild);
          schedule();
        } else if (state.rebuild.finishedAtKyiv) {
          stopped = true;
          showResult(state.rebuild);
        } else {
          // Not running and never finished cannot follow a running page; let the server render what it knows.
          stopped = true;
          window.location.reload();
        }
      })
      .catch(function () {
        inFlight = false;
        failed();
      });
  }

  document.addEventListener("visibilitychange", function () {
    if (!document.hidden && !stopped && timer === null && !inFlight) {
      poll();
    }
  });

  if (refresh) {
    refresh.hidden = true;
  }

  schedule();
})();
