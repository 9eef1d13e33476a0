/* nmo-teach practice cases: one synthetic patient at a time from a pool built with the book.
 * The pool (keys included) sits gzip-compressed and base64-encoded in the section's data-pool;
 * a case's key, deciding item and trace are put into the page only after the student checks
 * an answer. */
(function () {
  "use strict";

  function decode(text) {
    var raw = atob(text);
    var bytes = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).text().then(JSON.parse);
  }

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    if (cls) node.className = cls;
    return node;
  }

  function shuffled(count) {
    var order = [];
    for (var i = 0; i < count; i++) order.push(i);
    for (var j = count - 1; j > 0; j--) {
      var k = Math.floor(Math.random() * (j + 1));
      var t = order[j]; order[j] = order[k]; order[k] = t;
    }
    return order;
  }

  function init(section) {
    if (section.hasAttribute("data-nmo-loading")) return;
    section.setAttribute("data-nmo-loading", "");
    decode(section.getAttribute("data-pool")).then(function (pool) { start(section, pool); });
  }

  function start(section, pool) {
    var S = pool.s;
    var box = section.querySelector(".nmo-practice-case");
    var form = section.querySelector("form");
    var legend = form.querySelector("legend");
    var check = form.querySelector(".nmo-practice-check");
    var feedback = section.querySelector(".nmo-practice-feedback");
    var score = section.querySelector(".nmo-practice-score");
    var order = shuffled(pool.cases.length);
    var position = -1, right = 0, answered = 0, committed = false;

    function show(focus) {
      position = (position + 1) % order.length;
      var item = pool.cases[order[position]];
      committed = false;
      box.replaceChildren();
      box.appendChild(el("p", "Case " + (position + 1) + " of " + order.length + " (variant " + item.n + "). " + pool.note, "nmo-practice-heading"));
      item.f.forEach(function (section) {
        box.appendChild(el("p", S[section[0]], "nmo-practice-group"));
        var list = el("ul");
        section[1].forEach(function (line) { list.appendChild(el("li", S[line])); });
        box.appendChild(list);
      });
      item.g.forEach(function (pair) {
        var fig = el("figure", null, "nmo-practice-figure");
        fig.innerHTML = S[pair[0]];
        fig.appendChild(el("figcaption", S[pair[1]]));
        box.appendChild(fig);
      });
      legend.textContent = S[item.q];
      form.querySelectorAll("input").forEach(function (input) { input.checked = false; input.disabled = false; });
      check.disabled = false;
      feedback.replaceChildren();
      section.removeAttribute("data-state");
      if (focus) box.focus();
    }

    function judge(event) {
      event.preventDefault();
      if (committed) return;
      var picked = form.querySelector("input:checked");
      if (!picked) { feedback.replaceChildren(el("p", "Choose a verdict first.")); return; }
      var item = pool.cases[order[position]];
      var ok = Number(picked.value) === item.k;
      committed = true;
      answered += 1;
      if (ok) right += 1;
      form.querySelectorAll("input").forEach(function (input) { input.disabled = true; });
      check.disabled = true;
      section.setAttribute("data-state", ok ? "right" : "wrong");
      var label = form.querySelector("label[for='" + picked.id + "']").textContent;
      var parts = [
        el("p", ok ? "Right." : "Not quite: you chose \u201c" + label + "\u201d.", "nmo-practice-verdict"),
        el("p", "The engine's verdict: " + S[item.o] + "."),
        el("p", "Deciding item: " + S[item.d[0]] + " (" + S[item.d[1]] + "): " + S[item.d[2]] + ".", "nmo-practice-deciding"),
        el("p", "What flips it: " + S[item.v[0]] + ". Here: " + S[item.v[1]] + "; with " + S[item.v[2]] +
          " instead, the verdict would be " + S[item.v[3]] + "."),
        el("p", S[item.v[4]])
      ];
      var details = el("details", null, "nmo-practice-trace");
      details.appendChild(el("summary", "The engine's full trace"));
      var trace = el("ul");
      item.t.forEach(function (line) { trace.appendChild(el("li", S[line])); });
      details.appendChild(trace);
      parts.push(details);
      feedback.replaceChildren.apply(feedback, parts);
      score.textContent = "Right so far: " + right + " of " + answered + ".";
    }

    form.addEventListener("submit", judge);
    section.querySelector(".nmo-practice-next").addEventListener("click", function () { show(true); });
    show(false);
    section.setAttribute("data-nmo-ready", "");
  }

  function initAll() { document.querySelectorAll("section.nmo-practice").forEach(init); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", initAll);
  else initAll();
})();
