(function () {
  "use strict";
  // Everything shown from the report goes on screen through textContent: nothing is parsed as HTML.
  var text = document.getElementById("text");
  var dataNode = document.getElementById("data");
  if (!text || !dataNode) { return; }
  var data = JSON.parse(dataNode.textContent);
  var card = document.getElementById("card");
  var pinned = null;

  function el(tag, content, cls) {
    var node = document.createElement(tag);
    if (content !== undefined && content !== null) { node.textContent = String(content); }
    if (cls) { node.className = cls; }
    return node;
  }
  function refOf(node) {
    return node.id || node.getAttribute("data-r") || "";
  }
  function pieces(ref) {
    var first = document.getElementById(ref);
    var rest = text.querySelectorAll('[data-r="' + ref + '"]');
    var all = first ? [first] : [];
    for (var i = 0; i < rest.length; i++) { all.push(rest[i]); }
    return all;
  }
  function checksUsing(ref) {
    var out = [];
    var links = document.querySelectorAll("#checks a.fl");
    for (var i = 0; i < links.length; i++) {
      if (links[i].getAttribute("href") === "#" + ref) {
        var li = links[i].closest("li.chk");
        if (li && out.indexOf(li) < 0) { out.push(li); }
      }
    }
    return out;
  }
  function rows(table, index) {
    var dl = el("dl");
    var row = table.rows[index] || [];
    for (var i = 0; i < table.cols.length; i++) {
      if (row[i] === null || row[i] === undefined) { continue; }
      dl.appendChild(el("dt", table.cols[i]));
      dl.appendChild(el("dd", data.strings[row[i]]));
    }
    return dl;
  }
  function section(ref) {
    var kind = ref.charAt(0), index = +ref.slice(1);
    var box = document.createDocumentFragment();
    var first = pieces(ref).map(function (p) { return p.textContent; }).join("");
    box.appendChild(el("h3", (data.names[kind] || kind) + ": " + first));
    if (data.cards[kind]) { box.appendChild(rows(data.cards[kind], index)); }
    var used = checksUsing(ref);
    if (used.length) {
      var ul = el("ul");
      used.forEach(function (li) {
        var item = el("li", li.querySelector(".v").textContent + " " + li.querySelector(".claim").textContent);
        ul.appendChild(item);
      });
      box.appendChild(el("h3", "checks using it"));
      box.appendChild(ul);
    }
    return box;
  }
  function show(node, pin) {
    while (card.firstChild) { card.removeChild(card.firstChild); }
    var seen = {};
    for (var n = node; n && n !== text; n = n.parentElement) {
      if (!n.classList.contains("m")) { continue; }
      var ref = refOf(n);
      if (!ref || seen[ref]) { continue; }
      seen[ref] = true;
      card.appendChild(section(ref));
    }
    if (!card.firstChild) { hide(); return; }
    card.hidden = false;
    card.classList.toggle("pinned", !!pin);
    var box = node.getBoundingClientRect();
    var top = box.bottom + 6, left = Math.max(4, Math.min(box.left, window.innerWidth - card.offsetWidth - 8));
    if (top + card.offsetHeight > window.innerHeight - 4) { top = Math.max(4, box.top - card.offsetHeight - 6); }
    card.style.left = left + "px";
    card.style.top = top + "px";
  }
  function hide() {
    card.hidden = true;
    pinned = null;
  }
  var flashed = [];
  function flash(nodes) {
    flashed.forEach(function (p) { p.classList.remove("flash"); });
    flashed = nodes;
    nodes.forEach(function (p) {
      p.classList.remove("flash");
      void p.offsetWidth;
      p.classList.add("flash");
    });
  }

  // Repairs of damaged spans, shown after them by the stylesheet.
  (data.repairs || []).forEach(function (repair, k) {
    var node = document.getElementById("c" + k);
    if (node && repair !== null) { node.setAttribute("data-repair", repair); }
  });

  text.addEventListener("mouseover", function (e) {
    if (pinned) { return; }
    var node = e.target.closest ? e.target.closest(".m") : null;
    if (node && text.contains(node)) { show(node, false); } else { hide(); }
  });
  text.addEventListener("mouseleave", function () { if (!pinned) { hide(); } });
  text.addEventListener("click", function (e) {
    var node = e.target.closest ? e.target.closest(".m") : null;
    if (!node) { hide(); return; }
    var noise = node.closest(".noise");
    if (noise && document.body.classList.contains("hide-noise")) { noise.classList.toggle("open"); }
    if (pinned === node) { hide(); return; }
    pinned = node;
    show(node, true);
  });

  var hideNoise = document.getElementById("hide-noise");
  if (hideNoise) {
    hideNoise.addEventListener("change", function () {
      document.body.classList.toggle("hide-noise", hideNoise.checked);
    });
  }

  // Checks: a figure link scrolls to the figure and flashes it.
  var checks = document.getElementById("checks");
  checks.addEventListener("click", function (e) {
    var link = e.target.closest ? e.target.closest("a.fl") : null;
    if (!link) { return; }
    e.preventDefault();
    var ref = link.getAttribute("href").slice(1);
    var found = pieces(ref);
    if (found.length) {
      found[0].scrollIntoView({ block: "center" });
      flash(found);
      pinned = found[0];
      show(found[0], true);
    }
  });

  // Keyboard: n / j the next failed check, p / k the previous one (each opens its first figure's card),
  // Esc closes the card.
  var failed = Array.prototype.slice.call(document.querySelectorAll("#checks li.chk.bad"));
  var current = -1;
  function step(by) {
    if (!failed.length) { return; }
    if (current >= 0) { failed[current].classList.remove("current"); }
    current = (current + by + failed.length) % failed.length;
    var li = failed[current];
    li.classList.add("current");
    li.scrollIntoView({ block: "nearest" });
    var figures = [];
    li.querySelectorAll("a.fl").forEach(function (a) {
      figures = figures.concat(pieces(a.getAttribute("href").slice(1)));
    });
    if (figures.length) {
      figures[0].scrollIntoView({ block: "center" });
      flash(figures);
      // the card of the first figure, pinned: a keyboard reader sees the values without a mouse
      pinned = figures[0];
      show(figures[0], true);
    }
    document.body.setAttribute("data-current-check", li.id);
  }
  document.addEventListener("keydown", function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey) { return; }
    var t = e.target || {};
    if (t.isContentEditable || t.tagName === "TEXTAREA" || (t.tagName === "INPUT" && t.type !== "checkbox")) { return; }
    if (e.key === "n" || e.key === "j") { step(1); e.preventDefault(); }
    else if (e.key === "p" || e.key === "k") { step(-1); e.preventDefault(); }
    else if (e.key === "Escape") { hide(); }
  });
})();
