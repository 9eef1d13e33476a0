/* nmo-teach quiz widget: checks answers in the page, offline, with plain form controls.
 * The feedback texts are prepared by the Python checker (nmo_teach.quiz) and stored,
 * obfuscated, in the section's data-key; this script only picks the one that applies.
 * Obfuscation, not secrecy: a quiz here is a self-check, not an exam. */
(function () {
  "use strict";
  if (window.NmoQuiz) { window.NmoQuiz.initAll(); return; }
  var SALT = "nmo-teach:";
  var DETAILS = "@@DETAILS@@";
  var COUNT = "@@COUNT@@";
  var ASK = {
    choice: "Choose an option first.",
    multi: "Choose at least one option first.",
    num: "Type a number first, such as 12 or 0.5.",
    text: "Type an answer first."
  };

  function decode(text, chapter) {
    var raw = atob(text);
    var salt = new TextEncoder().encode(SALT + chapter);
    var bytes = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i) ^ salt[i % salt.length];
    return JSON.parse(new TextDecoder().decode(bytes));
  }

  function chosen(form) {
    return Array.prototype.map.call(form.querySelectorAll("input:checked"), function (input) {
      return Number(input.value);
    });
  }

  function toNumber(text, unit) {
    var cleaned = text.trim().replace(",", ".");
    if (unit && cleaned.toLowerCase().endsWith(unit.toLowerCase())) {
      cleaned = cleaned.slice(0, cleaned.length - unit.length).trim();
    }
    if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(cleaned)) return null;
    return Number(cleaned);
  }

  /* Returns [html, state] where state is "right", "wrong" or "ask" (no answer given yet). */
  function judge(form, key) {
    var picked, value, right;
    switch (key.k) {
      case "choice":
        picked = chosen(form);
        if (!picked.length) return [ASK.choice, "ask"];
        return [key.fb[picked[0]], key.ok[picked[0]] ? "right" : "wrong"];
      case "multi":
        picked = chosen(form);
        if (!picked.length) return [ASK.multi, "ask"];
        right = picked.length === key.c.length && key.c.every(function (c) { return picked.indexOf(c) >= 0; });
        var lines = key.det.map(function (pair, i) { return pair[picked.indexOf(i) >= 0 ? 1 : 0]; });
        return [key.fb[right ? 1 : 0].replace(DETAILS, lines.join("")), right ? "right" : "wrong"];
      case "num":
        value = toNumber(form.querySelector("input").value, key.unit);
        if (value === null) return [ASK.num, "ask"];
        right = Math.abs(value - key.v) <= key.tol;
        return [key.fb[right ? 1 : 0], right ? "right" : "wrong"];
      case "text":
        value = form.querySelector("input").value;
        if (!value.trim()) return [ASK.text, "ask"];
        right = key.p.some(function (p) { return new RegExp(p, "i").test(value); });
        return [key.fb[right ? 1 : 0], right ? "right" : "wrong"];
      case "ord":
        var places = 0;
        form.querySelectorAll("li[data-pos]").forEach(function (li, i) {
          if (key.o[Number(li.getAttribute("data-pos"))] === i) places += 1;
        });
        right = places === key.o.length;
        return [right ? key.fb[1] : key.fb[0].replace(COUNT, String(places)), right ? "right" : "wrong"];
    }
    throw new Error("nmo-quiz: unknown question kind " + key.k);
  }

  function move(button) {
    var li = button.closest("li");
    var list = li.parentNode;
    var step = Number(button.getAttribute("data-move"));
    var other = step < 0 ? li.previousElementSibling : li.nextElementSibling;
    var items = Array.prototype.slice.call(list.children);
    var name = li.querySelector(".nmo-quiz-item").textContent;
    if (other) list.insertBefore(li, step < 0 ? other : other.nextElementSibling);
    button.focus();
    var position = Array.prototype.indexOf.call(list.children, li) + 1;
    var live = list.parentNode.querySelector("[data-role=moves]");
    live.textContent = (other ? "“" + name + "” is now at position " : "“" + name + "” is already at position ") +
      position + " of " + items.length + ".";
  }

  function updateScore(section) {
    var score = section.querySelector(".nmo-quiz-score");
    var right = section.querySelectorAll('form[data-state="right"]').length;
    score.textContent = "Answered correctly so far: " + right + " of " + score.getAttribute("data-total") + ".";
  }

  function init(section) {
    if (section.hasAttribute("data-nmo-ready")) return;
    section.setAttribute("data-nmo-ready", "");
    var keys = decode(section.getAttribute("data-key"), section.getAttribute("data-chapter"));
    section.querySelectorAll("form.nmo-quiz-q").forEach(function (form, n) {
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        var result = judge(form, keys[n]);
        var box = form.querySelector(".nmo-quiz-feedback");
        box.innerHTML = result[1] === "ask" ? "<p>" + result[0] + "</p>" : result[0];
        form.setAttribute("data-state", result[1]);
        updateScore(section);
      });
      form.addEventListener("click", function (event) {
        var button = event.target.closest("button[data-move]");
        if (button) move(button);
      });
    });
  }

  function initAll() {
    document.querySelectorAll("section.nmo-quiz").forEach(init);
  }

  window.NmoQuiz = { initAll: initAll };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", initAll);
  else initAll();
})();
