/* scgov-kg interactive map: plain JS on top of vis-network (no other libraries).
 * All text from the data is put into the page with textContent, never as HTML. */
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("scgov-data").textContent);
  var META = DATA.meta, S = META.strings;
  var DIM_NODE = { background: "rgba(200,200,200,0.35)", border: "rgba(180,180,180,0.35)" };
  var DIM_FONT = { color: "rgba(0,0,0,0.18)" };
  var DIM_EDGE = { color: "#dddddd", opacity: 0.15 };
  var HI_EDGE = { color: "#333333", opacity: 0.9 };

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }

  function tipElement(tip) {
    var box = el("div", null, "scgov-tip");
    box.appendChild(el("div", tip.head, "scgov-tip-head"));
    var table = el("table");
    (tip.rows || []).forEach(function (row) {
      var tr = el("tr");
      tr.appendChild(el("th", row[0]));
      tr.appendChild(el("td", row[1]));
      table.appendChild(tr);
    });
    box.appendChild(table);
    if (tip.evidence && tip.evidence.length) {
      box.appendChild(el("div", S.evidence, "scgov-tip-head"));
      var ul = el("ul");
      tip.evidence.forEach(function (ev) {
        var li = el("li");
        li.appendChild(el("b", ev.title));
        if (ev.date) { li.appendChild(document.createTextNode(" (" + ev.date + ")")); }
        if (ev.via) { li.appendChild(document.createTextNode(" \u00b7 " + ev.via)); }
        if (ev.quote) { li.appendChild(el("br")); li.appendChild(el("q", ev.quote)); }
        ul.appendChild(li);
      });
      box.appendChild(ul);
      if (tip.more) { box.appendChild(el("div", "+" + tip.more + " " + S.more)); }
    }
    return box;
  }

  /* Tooltips are our own DOM (built with textContent), not vis-network `title`s:
   * vis-data deep-copies items on update, which would break Element titles. */
  var TIPS = { node: {}, edge: {} };
  DATA.nodes.forEach(function (n) { TIPS.node[n.id] = n.tip; delete n.tip; n.baseColor = n.color; });
  DATA.edges.forEach(function (e) { TIPS.edge[e.id] = e.tip; delete e.tip; });
  var tooltip = el("div", null, "vis-tooltip scgov-tooltip");
  tooltip.id = "scgov-tooltip";
  tooltip.style.visibility = "hidden";
  function tooltipFor(type, id) {
    var tip = TIPS[type][id];
    return tip ? tipElement(tip) : null;
  }
  function showTip(type, id, pointer) {
    var content = tooltipFor(type, id);
    if (!content) { return; }
    tooltip.replaceChildren(content);
    tooltip.style.left = (pointer.x + 12) + "px";
    tooltip.style.top = (pointer.y + 12) + "px";
    tooltip.style.visibility = "visible";
  }
  function hideTip() { tooltip.style.visibility = "hidden"; }
  window.scgovTooltipFor = tooltipFor;

  var nodes = new vis.DataSet(DATA.nodes);
  var edges = new vis.DataSet(DATA.edges);
  var container = document.getElementById("scgov-map");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, DATA.options);
  container.appendChild(tooltip);
  network.on("hoverNode", function (p) { showTip("node", p.node, p.pointer.DOM); });
  network.on("hoverEdge", function (p) { showTip("edge", p.edge, p.pointer.DOM); });
  ["blurNode", "blurEdge", "dragStart", "zoom"].forEach(function (ev) { network.on(ev, hideTip); });
  window.scgovNetwork = network;
  window.scgovNodes = nodes;
  window.scgovEdges = edges;
  window.scgovReady = false;

  var status = document.getElementById("scgov-status");
  function markReady() {
    if (window.scgovReady) { return; }
    status.textContent = "";
    window.scgovReadyAt = performance.now();
    window.scgovReady = true;
    document.body.setAttribute("data-ready", "true");
    console.debug("scgov-ready " + window.scgovReadyAt);
  }
  if (DATA.options.physics && DATA.options.physics.enabled) {
    status.textContent = S.layout;
    network.on("stabilizationProgress", function (p) {
      status.textContent = S.layout + " " + Math.round(100 * p.iterations / p.total) + "%";
    });
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: false });
      network.fit();
      network.once("afterDrawing", markReady);
      network.redraw();
    });
  } else {
    network.once("afterDrawing", markReady);
    network.fit();
    network.redraw();
  }

  /* Neighbourhood highlight ------------------------------------------------ */
  var focused = null;
  function highlight(id) {
    focused = id;
    var keep = {};
    keep[id] = true;
    network.getConnectedNodes(id).forEach(function (n) { keep[n] = true; });
    nodes.update(nodes.get({ fields: ["id", "baseColor"] }).map(function (n) {
      var on = keep[n.id] === true;
      return { id: n.id, color: on ? n.baseColor : DIM_NODE, font: on ? { color: "#222222" } : DIM_FONT };
    }));
    edges.update(edges.get({ fields: ["id", "from", "to"] }).map(function (e) {
      return { id: e.id, color: (e.from === id || e.to === id) ? HI_EDGE : DIM_EDGE };
    }));
  }
  function resetHighlight() {
    if (focused === null) { return; }
    focused = null;
    nodes.update(nodes.get({ fields: ["id", "baseColor"] }).map(function (n) {
      return { id: n.id, color: n.baseColor, font: { color: "#343434" } };
    }));
    edges.update(edges.getIds().map(function (id) {
      return { id: id, color: DATA.options.edges.color };
    }));
  }
  network.on("click", function (p) {
    if (p.nodes.length) { highlight(p.nodes[0]); }
    else if (!p.edges.length) { resetHighlight(); network.unselectAll(); }
  });
  window.scgovHighlight = highlight;
  window.scgovReset = resetHighlight;

  /* Search ----------------------------------------------------------------- */
  var input = document.getElementById("scgov-search");
  var msg = document.getElementById("scgov-search-msg");
  var names = document.getElementById("scgov-names");
  var seen = {};
  DATA.nodes.forEach(function (n) {
    n.search.forEach(function (s) {
      if (seen[s]) { return; }
      seen[s] = true;
      var o = document.createElement("option");
      o.value = s;
      names.appendChild(o);
    });
  });
  function findNode(query) {
    var q = String(query).trim().toLowerCase();
    if (!q) { return null; }
    var tests = [
      function (s) { return s === q; },
      function (s) { return s.indexOf(q) === 0; },
      function (s) { return s.indexOf(q) >= 0; }
    ];
    for (var t = 0; t < tests.length; t++) {
      for (var i = 0; i < DATA.nodes.length; i++) {
        var n = DATA.nodes[i];
        if (n.search.some(function (s) { return tests[t](s.toLowerCase()); })) { return n.id; }
      }
    }
    return null;
  }
  function search(query) {
    var id = findNode(query);
    msg.textContent = id === null ? S.no_match : "";
    if (id === null) { return null; }
    var n = nodes.get(id);
    if (n.hidden) { setSector(n.sector, true); }
    network.selectNodes([id]);
    network.focus(id, { scale: 1.4, animation: { duration: 400 } });
    highlight(id);
    return id;
  }
  document.getElementById("scgov-search-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    search(input.value);
  });
  input.addEventListener("change", function () { search(input.value); });
  window.scgovSearch = search;

  /* Sector legend and toggles --------------------------------------------- */
  var hidden = {};
  var boxes = {};
  function setSector(key, visible) {
    hidden[key] = !visible;
    if (boxes[key]) { boxes[key].checked = visible; }
    nodes.update(nodes.get({ fields: ["id", "sector"] }).map(function (n) {
      return { id: n.id, hidden: hidden[n.sector] === true };
    }));
    edges.update(edges.get({ fields: ["id", "from", "to"] }).map(function (e) {
      return { id: e.id, hidden: nodes.get(e.from).hidden === true || nodes.get(e.to).hidden === true };
    }));
  }
  var list = document.getElementById("scgov-sectors");
  META.sectors.forEach(function (s) {
    var li = el("li"), label = el("label"), box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.setAttribute("data-sector", s.key);
    box.addEventListener("change", function () { setSector(s.key, box.checked); });
    boxes[s.key] = box;
    var sw = el("span", null, "scgov-swatch");
    sw.style.background = s.colour;
    label.appendChild(box);
    label.appendChild(sw);
    label.appendChild(document.createTextNode(s.label + " "));
    label.appendChild(el("span", "(" + s.count + ")", "scgov-count"));
    li.appendChild(label);
    list.appendChild(li);
  });
  window.scgovSetSector = setSector;
  var shapes = document.getElementById("scgov-shapes");
  META.shapes.forEach(function (s) { shapes.appendChild(el("li", s.symbol + " " + s.kind)); });
})();
