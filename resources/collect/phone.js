// The drawing page: strokes of points in 0..1 of the square pad, sent as JSON to "drawings".
// No library, no build step, nothing from the internet: this file and phone.html are all there is.
"use strict";

// The page's words in the app's language: the server puts {English: shown} in phone.html's
// "texts" block (the app lists these texts for its translators, in visualizer/collecting.py);
// a text it lacks is shown in English.
const TEXTS = (() => {
  try { return JSON.parse(document.getElementById("texts").textContent) || {}; } catch (e) { return {}; }
})();
function T(english) { return (typeof TEXTS[english] === "string" && TEXTS[english]) || english; }

const WORDS = {
  ask: "Draw a {digit}",
  thanks: T("Thank you! Your digit is with the teacher. Draw another?"),
  sending: T("Sending…"),
  empty: T("Draw a digit first."),
  offline: T("Could not reach the teacher's computer. Try again."),
};
const BRUSH = 22 / 280;   // the teacher's canvas' brush, as a share of the pad's width
const MIN_STEP = 0.004;   // points closer than this (share of the pad) add nothing

const pad = document.getElementById("pad");
const ink = pad.getContext("2d");
const sendButton = document.getElementById("send");
const status = document.getElementById("status");
let strokes = [];
let current = null;
let label = null;

// Each phone names itself once (kept in this browser), so the server can pace each device.
const device = (() => {
  try {
    let id = localStorage.getItem("device");
    if (!id) { id = Math.random().toString(36).slice(2, 12); localStorage.setItem("device", id); }
    return id;
  } catch (e) { return Math.random().toString(36).slice(2, 12); }
})();

function say(text, kind) { status.textContent = text; status.className = kind || ""; }

// The page's own words (marked data-text, or data-text-label for an aria-label), in the language.
function translatePage() {
  for (const e of document.querySelectorAll("[data-text]")) e.textContent = T(e.textContent.trim());
  for (const e of document.querySelectorAll("[data-text-label]")) {
    e.setAttribute("aria-label", T(e.getAttribute("aria-label")));
  }
}

// "Draw a {digit}" with the digit in bold, wherever the language puts it (made once: the digit
// asked for changes only the bold element's text).
function buildAsk() {
  const parts = T(WORDS.ask).split("{digit}");
  const digit = document.getElementById("digit");
  document.getElementById("ask").replaceChildren(parts[0], digit, parts.slice(1).join(""));
}

function chooseLabel(d) {
  label = d;
  for (const b of document.querySelectorAll("#digits button")) {
    b.setAttribute("aria-pressed", String(Number(b.dataset.digit) === d));
  }
  document.getElementById("digit").textContent = String(d);
}

function buildDigits() {
  const row = document.getElementById("digits");
  for (let d = 0; d <= 9; d++) {
    const b = document.createElement("button");
    b.type = "button"; b.textContent = String(d); b.dataset.digit = String(d);
    b.addEventListener("click", () => chooseLabel(d));
    row.appendChild(b);
  }
}

function redraw() {
  ink.clearRect(0, 0, pad.width, pad.height);
  ink.lineWidth = BRUSH * pad.width; ink.lineCap = "round"; ink.lineJoin = "round";
  ink.strokeStyle = "#14183a"; ink.fillStyle = "#14183a";
  for (const s of strokes) {
    ink.beginPath();
    ink.moveTo(s[0][0] * pad.width, s[0][1] * pad.height);
    if (s.length === 1) ink.lineTo(s[0][0] * pad.width + 0.01, s[0][1] * pad.height);
    for (const [x, y] of s.slice(1)) ink.lineTo(x * pad.width, y * pad.height);
    ink.stroke();
  }
  sendButton.disabled = strokes.length === 0;
}

function point(event) {
  const r = pad.getBoundingClientRect();
  const clamp = (v) => Math.min(1, Math.max(0, v));
  return [clamp((event.clientX - r.left) / r.width), clamp((event.clientY - r.top) / r.height)]
    .map((v) => Math.round(v * 10000) / 10000);
}

pad.addEventListener("pointerdown", (e) => {
  e.preventDefault();
  pad.setPointerCapture(e.pointerId);
  current = [point(e)];
  strokes.push(current);
  if (status.className === "thanks") say("");
  redraw();
});
pad.addEventListener("pointermove", (e) => {
  if (!current) return;
  e.preventDefault();
  const p = point(e), last = current[current.length - 1];
  if (Math.hypot(p[0] - last[0], p[1] - last[1]) < MIN_STEP) return;
  current.push(p);
  redraw();
});
for (const end of ["pointerup", "pointercancel", "pointerleave"]) {
  pad.addEventListener(end, () => { current = null; });
}

function clearPad() { strokes = []; current = null; redraw(); }

async function send() {
  if (!strokes.length) { say(WORDS.empty, "problem"); return; }
  sendButton.disabled = true;
  say(WORDS.sending);
  try {
    const answer = await fetch("drawings", {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Device": device },
      body: JSON.stringify({ label: label, strokes: strokes }),
    });
    const reply = await answer.json();
    if (!answer.ok) { say(reply.error || WORDS.offline, "problem"); sendButton.disabled = false; return; }
    clearPad();
    chooseLabel(reply.ask);
    say(WORDS.thanks, "thanks");
  } catch (e) {
    say(WORDS.offline, "problem");
    sendButton.disabled = false;
  }
}

async function askForDigit() {
  try {
    const answer = await fetch("wanted", { headers: { "X-Device": device } });
    chooseLabel((await answer.json()).ask);
  } catch (e) {
    chooseLabel(Math.floor(Math.random() * 10));
  }
}

document.getElementById("clear").addEventListener("click", clearPad);
sendButton.addEventListener("click", send);
translatePage();
buildAsk();
buildDigits();
redraw();
askForDigit();
