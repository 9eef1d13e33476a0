/* nmo-teach quiz widget: checks answers in the page, offline, with plain form controls.
 * The feedback texts are prepared by the Python checker (nmo_teach.quiz) and stored,
 * obfuscated, in the section's data-key; this script only picks the one that applies.
 * Obfuscation, not secrecy: a quiz here is a self-check, not an exam.
 * Choice options are shuffled with nmo_teach.quiz.shuffle's seeded shuffle (FNV-1a + mulberry32
 * + Fisher-Yates, bit for bit the same), so `nmo-teach quiz CHAPTER --seed CODE` replays a view.
 * Retry policy (data-attempts): "practice" explains a wrong try and offers the answer on request;
 * "graded" keeps the first answer (localStorage), locks the question and shows the full feedback. */
(function () {
  "use strict";
  if (window.NmoQuiz) { window.NmoQuiz.initAll(); return; }
  var SALT = "nmo-teach:";
  var DETAILS = "@@DETAILS@@";
  var COUNT = "@@COUNT@@";
  var CODE_KEY = "nmo-quiz-seed";
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

  function fnv1a(text) {
    var h = 0x811c9dc5;
    new TextEncoder().encode(text).forEach(function (b) { h = Math.imul(h ^ b, 0x01000193) >>> 0; });
    return h >>> 0;
  }

  function mulberry32(a) {
    return function () {
      a = (a + 0x6d2b79f5) | 0;
      var t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  function optionOrder(chapter, qid, code, count) {
    var draw = mulberry32(fnv1a(chapter + "|" + qid + "|" + code));
    var order = [];
    for (var n = 0; n < count; n++) order.push(n);
    for (var i = count - 1; i > 0; i--) {
      var j = Math.floor(draw() * (i + 1));
      var keep = order[i]; order[i] = order[j]; order[j] = keep;
    }
    return order;
  }

  function store() {
    try { return window.localStorage; } catch (e) { return null; }
  }

  /* The order code: pinned by the widget (data-seed), else ?quiz-seed=, else this browser's own. */
  function orderCode(section) {
    if (section.hasAttribute("data-seed")) return section.getAttribute("data-seed");
    var fromUrl = new URLSearchParams(window.location.search).get("quiz-seed");
    if (fromUrl && /^[0-9A-Za-z-]{1,32}$/.test(fromUrl)) return fromUrl;
    var saved = store() && store().getItem(CODE_KEY);
    if (saved) return saved;
    var fresh = String(100000 + Math.floor(Math.random() * 900000));
    if (store()) store().setItem(CODE_KEY, fresh);
    return fresh;
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
  function judge(form, key, practice) {
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
        /* A wrong practice try explains the options chosen; the missed ones would give it away. */
        var lines = key.det.map(function (pair, i) {
          var took = picked.indexOf(i) >= 0;
          return (practice && !right && !took) ? "" : pair[took ? 1 : 0];
        });
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

  function updateScore(section, graded) {
    var score = section.querySelector(".nmo-quiz-score");
    var total = score.getAttribute("data-total");
    var first = section.querySelectorAll('form[data-first="right"]').length;
    if (graded) {
      var answered = section.querySelectorAll("form[data-first]").length;
      score.textContent = "Score (first answers count): " + first + " of " + total + " (" + answered + " answered).";
      return;
    }
    var right = section.querySelectorAll('form[data-state="right"]').length;
    score.textContent = "Answered correctly so far: " + right + " of " + total + " (right at the first try: " + first + ").";
  }

  /* The form's answer as plain data, to keep a graded first answer and to restore it. */
  function response(form) {
    var order = Array.prototype.map.call(form.querySelectorAll("li[data-pos]"), function (li) {
      return li.getAttribute("data-pos");
    });
    var box = form.querySelector("input[type=text]");
    return { picked: chosen(form), value: box ? box.value : null, order: order };
  }

  function restore(form, saved) {
    form.querySelectorAll("input[type=radio], input[type=checkbox]").forEach(function (input) {
      input.checked = saved.picked.indexOf(Number(input.value)) >= 0;
    });
    var box = form.querySelector("input[type=text]");
    if (box && saved.value !== null) box.value = saved.value;
    var list = form.querySelector("ol.nmo-quiz-order");
    if (list && saved.order.length) {
      saved.order.forEach(function (pos) { list.appendChild(list.querySelector('li[data-pos="' + pos + '"]')); });
    }
  }

  function lock(form) {
    form.setAttribute("data-locked", "");
    form.querySelectorAll("input, button").forEach(function (control) { control.disabled = true; });
  }

  function shuffleOptions(form, chapter, code) {
    var rows = Array.prototype.slice.call(form.querySelectorAll(".nmo-quiz-option"));
    if (!rows.length) return;
    var parent = rows[0].parentNode;
    optionOrder(chapter, form.getAttribute("data-qid"), code, rows.length).forEach(function (id) {
      parent.appendChild(rows[id]);
    });
  }

  function init(section) {
    if (section.hasAttribute("data-nmo-ready")) return;
    section.setAttribute("data-nmo-ready", "");
    var chapter = section.getAttribute("data-chapter");
    var keys = decode(section.getAttribute("data-key"), chapter);
    var graded = section.getAttribute("data-attempts") === "graded";
    var code = orderCode(section);
    section.setAttribute("data-code", code);
    section.querySelector("[data-role=code]").textContent = code;
    section.querySelectorAll("form.nmo-quiz-q").forEach(function (form, n) {
      if (form.hasAttribute("data-shuffle")) shuffleOptions(form, chapter, code);
      var slot = "nmo-quiz:" + chapter + ":" + form.getAttribute("data-qid") + ":" + code;
      var reveal = form.querySelector(".nmo-quiz-reveal");
      var answer = form.querySelector(".nmo-quiz-revealed");

      function check() {
        var result = judge(form, keys[n], !graded);
        var box = form.querySelector(".nmo-quiz-feedback");
        box.innerHTML = result[1] === "ask" ? "<p>" + result[0] + "</p>" : result[0];
        form.setAttribute("data-state", result[1]);
        if (result[1] !== "ask" && !form.hasAttribute("data-first")) form.setAttribute("data-first", result[1]);
        if (result[1] !== "ask" && graded) {
          if (store() && !store().getItem(slot)) store().setItem(slot, JSON.stringify(response(form)));
          lock(form);
        }
        if (!graded && result[1] === "wrong" && keys[n].ans) reveal.hidden = false;
        if (result[1] === "right") {  /* nothing left to reveal once the student has it right */
          reveal.hidden = true;
          answer.hidden = true;
          reveal.setAttribute("aria-expanded", "false");
          reveal.textContent = "Show the answer";
        }
        updateScore(section, graded);
      }

      form.addEventListener("submit", function (event) {
        event.preventDefault();
        if (!form.hasAttribute("data-locked")) check();
      });
      form.addEventListener("click", function (event) {
        var button = event.target.closest("button[data-move]");
        if (button) move(button);
      });
      reveal.addEventListener("click", function () {
        var open = reveal.getAttribute("aria-expanded") === "true";
        if (!open && !answer.innerHTML) answer.innerHTML = keys[n].ans;
        answer.hidden = open;
        reveal.setAttribute("aria-expanded", open ? "false" : "true");
        reveal.textContent = open ? "Show the answer" : "Hide the answer";
      });
      var saved = graded && store() && store().getItem(slot);
      if (saved) {
        restore(form, JSON.parse(saved));
        check();
      }
    });
  }

  function initAll() {
    document.querySelectorAll("section.nmo-quiz").forEach(init);
  }

  window.NmoQuiz = { initAll: initAll, optionOrder: optionOrder };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", initAll);
  else initAll();
})();
