// Upload with drag and drop, then poll the job until the report is added (or refused).
"use strict";
(function () {
  const form = document.getElementById("upload-form");
  if (!form) return;
  const zone = document.getElementById("drop-zone");
  const input = document.getElementById("upload-file");
  const status = document.getElementById("upload-status");

  function say(text, failed) {
    status.textContent = text;
    status.className = failed ? "error" : "";
  }

  async function poll(url) {
    for (let i = 0; i < 600; i++) {
      const reply = await fetch(url, { headers: { Accept: "application/json" } });
      const job = await reply.json();
      if (job.next) { window.location.assign(job.next); return; }
      if (job.state === "failed") { say("error: " + job.name + ": " + job.reason, true); return; }
      const step = job.steps.indexOf(job.step) + 1;
      say(job.name + ": step " + step + " of " + job.steps.length + ", " + job.step_label + " ...", false);
      status.dataset.step = job.step;
      await new Promise((done) => setTimeout(done, 300));
    }
  }

  async function send(file) {
    say("Sending " + file.name + " ...", false);
    const reply = await fetch("/_serve/upload", {
      method: "POST",
      body: file,
      headers: { "X-CSRF-Token": form.dataset.csrf, "X-File-Name": encodeURIComponent(file.name),
                 Accept: "application/json", "Content-Type": "application/octet-stream" },
    });
    const job = await reply.json();
    if (!reply.ok) { say("error: " + file.name + ": " + job.reason, true); return; }
    await poll(job.status);
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (input.files.length) send(input.files[0]);
  });
  zone.addEventListener("dragover", (event) => { event.preventDefault(); zone.classList.add("over"); });
  zone.addEventListener("dragleave", () => zone.classList.remove("over"));
  zone.addEventListener("drop", (event) => {
    event.preventDefault();
    zone.classList.remove("over");
    if (event.dataTransfer.files.length) send(event.dataTransfer.files[0]);
  });
})();
