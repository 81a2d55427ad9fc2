// graphctl's page: draws the actor network with vis-network, offline, names shown only as text.
(function () {
  "use strict";

  const data = JSON.parse(document.getElementById("graphctl-data").textContent);
  const container = document.getElementById("graph");
  const tooltip = document.getElementById("tooltip");

  const SHAPES = { state: "dot", official: "triangle", organisation: "square", other: "diamond" };
  // Legend shapes drawn with CSS so the page needs no image and no SVG namespace.
  const LEGEND_SHAPES = {
    state: "circle(50%)",
    official: "polygon(50% 0, 100% 100%, 0 100%)",
    organisation: "inset(8%)",
    other: "polygon(50% 0, 100% 50%, 50% 100%, 0 50%)",
  };
  const KIND_NAMES = {
    state: "State", official: "Official", organisation: "Organisation", other: "Other",
  };
  const POLARITY = {
    cooperation: { colour: "47,158,68", name: "Cooperation" },
    conflict: { colour: "224,49,49", name: "Conflict" },
    neutral: { colour: "134,142,150", name: "Neutral or unknown" },
    represents: { colour: "66,99,235", name: "Official of a state" },
  };
  const PALETTE = [
    "#4e79a7", "#f28e2b", "#b07aa1", "#76b7b2", "#edc948", "#ff9da7",
    "#9c755f", "#17becf", "#bcbd22", "#8c564b", "#e377c2", "#1f77b4",
  ];
  const NO_BLOC = "#adb5bd";
  const DIM = "rgba(222,226,230,0.45)";
  const DIM_EDGE = "rgba(222,226,230,0.25)";
  const BIG = data.ties.length > 3000;

  const nodeById = new Map(data.nodes.map((n) => [n.id, n]));
  const blocColour = new Map(data.blocs.map((b, i) => [b.id, colourFor(i)]));
  const withEvents = new Set();
  data.ties.forEach((t) => {
    if (t.polarity !== "represents") { withEvents.add(t.from); withEvents.add(t.to); }
  });
  const allDates = Array.from(new Set(data.ties.flatMap((t) => t.dates.filter(Boolean)))).sort();

  function colourFor(index) {
    if (index < PALETTE.length) return PALETTE[index];
    return "hsl(" + ((index * 137.5) % 360).toFixed(0) + ",55%,55%)";
  }

  function nodeColour(node) {
    const fill = node.bloc === null || node.bloc === undefined
      ? NO_BLOC : (blocColour.get(node.bloc) || NO_BLOC);
    return {
      background: fill, border: "#495057",
      highlight: { background: fill, border: "#000" },
      hover: { background: fill, border: "#000" },
    };
  }

  function edgeWidth(weight) {
    return Math.min(1 + 1.5 * Math.log2(Math.max(weight, 1)), 12);
  }

  function edgeColour(polarity, dim) {
    if (dim) return { color: DIM_EDGE, highlight: DIM_EDGE, hover: DIM_EDGE };
    const rgb = POLARITY[polarity].colour;
    return {
      color: "rgba(" + rgb + ",0.6)", highlight: "rgba(" + rgb + ",1)", hover: "rgba(" + rgb + ",1)",
    };
  }

  // ---- state: filters, highlight --------------------------------------------------------------

  const state = {
    polarity: { cooperation: true, conflict: true, neutral: true, represents: true },
    from: 0,
    to: Math.max(allDates.length - 1, 0),
    focus: null, // null, or {nodes: Set, edges: Set}
    query: "",
    visibleNodes: new Set(),
    tieCount: new Map(), // tie id -> events in the date range (0: hidden)
  };

  function fullRange() {
    return state.from === 0 && state.to === Math.max(allDates.length - 1, 0);
  }

  function inRange(date) {
    if (fullRange()) return true;
    return Boolean(date) && date >= allDates[state.from] && date <= allDates[state.to];
  }

  function eventsInRange(tie) {
    if (fullRange()) return tie.events;
    let count = 0;
    for (const date of tie.dates) if (inRange(date)) count += 1;
    return count;
  }

  // ---- vis-network ----------------------------------------------------------------------------

  const nodes = new vis.DataSet(data.nodes.map((n) => ({
    id: n.id, label: n.name, x: n.x, y: n.y, size: n.size,
    shape: SHAPES[n.kind] || SHAPES.other, color: nodeColour(n), font: { color: "#212529" },
  })));
  const edges = new vis.DataSet(data.ties.map((t) => ({
    id: t.id, from: t.from, to: t.to,
    color: edgeColour(t.polarity, false),
    width: t.polarity === "represents" ? 1.5 : edgeWidth(t.weight),
    dashes: t.polarity === "represents" ? [6, 4] : false,
    arrows: t.polarity === "represents" ? "" : { to: { enabled: true, scaleFactor: 0.5 } },
  })));

  const network = new vis.Network(container, { nodes: nodes, edges: edges }, {
    autoResize: true,
    physics: { enabled: false },
    layout: { improvedLayout: false, randomSeed: 7 },
    interaction: {
      hover: true, tooltipDelay: 80, keyboard: false, multiselect: false,
      hideEdgesOnDrag: BIG, hideEdgesOnZoom: BIG,
    },
    nodes: {
      borderWidth: 1,
      font: { size: 12, face: "system-ui, DejaVu Sans, Arial, sans-serif", strokeWidth: 3,
        strokeColor: "#ffffff" },
    },
    edges: { smooth: false, arrowStrikethrough: false, selectionWidth: 1.5, hoverWidth: 0.5 },
  });

  const api = {
    counts: data.counts,
    network: network,
    nodes: nodes,
    edges: edges,
    ready: false,
    readyMs: null,
    visibleNodes: () => state.visibleNodes.size,
    visibleTies: () => edges.get({ filter: (e) => !e.hidden }).length,
    visibleEvents: () => {
      let total = 0;
      state.tieCount.forEach((count) => { total += count; });
      return total;
    },
    highlighted: () => (state.focus ? state.focus.nodes.size : 0),
    tooltipFor: (what, id) => (what === "node" ? nodeTip(id) : edgeTip(id)),
    dates: allDates,
  };
  window.graphctl = api;

  network.once("afterDrawing", () => {
    api.ready = true;
    api.readyMs = performance.now();
    document.documentElement.dataset.ready = "true";
  });
  network.fit({ animation: false });

  // ---- filters --------------------------------------------------------------------------------

  function applyFilters() {
    const active = new Set();
    state.tieCount = new Map();
    for (const tie of data.ties) {
      if (tie.polarity === "represents") continue;
      const count = state.polarity[tie.polarity] ? eventsInRange(tie) : 0;
      state.tieCount.set(tie.id, count);
      if (count > 0) { active.add(tie.from); active.add(tie.to); }
    }
    state.visibleNodes = new Set(
      data.nodes.filter((n) => !withEvents.has(n.id) || active.has(n.id)).map((n) => n.id));
    const nodeUpdates = [];
    nodes.forEach((item) => {
      const hidden = !state.visibleNodes.has(item.id);
      if (Boolean(item.hidden) !== hidden) nodeUpdates.push({ id: item.id, hidden: hidden });
    });
    const edgeUpdates = [];
    for (const tie of data.ties) {
      let hidden;
      let width;
      if (tie.polarity === "represents") {
        hidden = !(state.polarity.represents && state.visibleNodes.has(tie.from) &&
          state.visibleNodes.has(tie.to));
      } else {
        const count = state.tieCount.get(tie.id);
        hidden = count === 0;
        width = edgeWidth(tie.weight * (count / tie.events));
      }
      const item = edges.get(tie.id);
      if (Boolean(item.hidden) !== hidden || (width !== undefined && !hidden && item.width !== width)) {
        const update = { id: tie.id, hidden: hidden };
        if (width !== undefined && !hidden) update.width = width;
        edgeUpdates.push(update);
      }
    }
    if (nodeUpdates.length) nodes.update(nodeUpdates);
    if (edgeUpdates.length) edges.update(edgeUpdates);
    if (state.query) search(state.query, false);
    else if (state.focus) setFocus(state.focus.centres);
    showCounts();
  }

  function showCounts() {
    const ties = api.visibleTies();
    document.getElementById("shown").textContent =
      "Showing " + state.visibleNodes.size + " of " + data.counts.nodes + " actors, " +
      ties + " of " + data.counts.ties + " ties, " + api.visibleEvents() + " of " +
      data.counts.events + " events.";
  }

  function buildPolarityFilter() {
    const section = document.getElementById("polarity-filter");
    const present = new Set(data.ties.map((t) => t.polarity));
    for (const name of Object.keys(POLARITY)) {
      if (!present.has(name)) continue;
      const label = document.createElement("label");
      label.className = "check";
      const box = document.createElement("input");
      box.type = "checkbox";
      box.checked = true;
      box.id = "show-" + name;
      box.addEventListener("change", () => { state.polarity[name] = box.checked; applyFilters(); });
      const line = document.createElement("span");
      line.className = "swatch-line" + (name === "represents" ? " dashed" : "");
      line.style.borderTopColor = "rgb(" + POLARITY[name].colour + ")";
      const text = document.createElement("span");
      const count = data.ties.filter((t) => t.polarity === name).length;
      text.textContent = POLARITY[name].name + " (" + count + ")";
      label.append(box, line, text);
      section.append(label);
    }
  }

  function buildDateFilter() {
    const section = document.getElementById("date-filter");
    if (allDates.length < 2) { section.hidden = true; return; }
    const from = document.getElementById("date-from");
    const to = document.getElementById("date-to");
    for (const input of [from, to]) input.max = String(allDates.length - 1);
    from.value = "0";
    to.value = String(allDates.length - 1);
    const labels = () => {
      document.getElementById("date-from-label").textContent = allDates[state.from];
      document.getElementById("date-to-label").textContent = allDates[state.to];
    };
    const changed = (which) => {
      let a = Number(from.value);
      let b = Number(to.value);
      if (a > b) {
        if (which === "from") { b = a; to.value = String(b); } else { a = b; from.value = String(a); }
      }
      state.from = a;
      state.to = b;
      labels();
      applyFilters();
    };
    from.addEventListener("input", () => changed("from"));
    to.addEventListener("input", () => changed("to"));
    labels();
  }

  // ---- highlight: search and click --------------------------------------------------------------

  function setFocus(centres) {
    const keepNodes = new Set();
    const keepEdges = new Set();
    for (const id of centres) if (state.visibleNodes.has(id)) keepNodes.add(id);
    const centreSet = new Set(keepNodes);
    edges.forEach((edge) => {
      if (edge.hidden) return;
      if (centreSet.has(edge.from) || centreSet.has(edge.to)) {
        keepEdges.add(edge.id);
        keepNodes.add(edge.from);
        keepNodes.add(edge.to);
      }
    });
    state.focus = { centres: centres, nodes: keepNodes, edges: keepEdges };
    paint();
  }

  function clearFocus() {
    state.focus = null;
    paint();
  }

  function paint() {
    const focus = state.focus;
    nodes.update(data.nodes.map((n) => {
      const dim = focus !== null && !focus.nodes.has(n.id);
      return {
        id: n.id,
        color: dim ? { background: DIM, border: DIM } : nodeColour(n),
        font: { color: dim ? "#ced4da" : "#212529" },
      };
    }));
    edges.update(data.ties.map((t) => ({
      id: t.id, color: edgeColour(t.polarity, focus !== null && !focus.edges.has(t.id)),
    })));
  }

  function matching(query) {
    const q = query.toLowerCase();
    return data.nodes.filter((n) => state.visibleNodes.has(n.id) &&
      (n.name.toLowerCase().includes(q) || String(n.id).toLowerCase().includes(q)))
      .map((n) => n.id);
  }

  function search(query, move) {
    state.query = query.trim();
    const status = document.getElementById("search-status");
    if (!state.query) {
      status.textContent = "";
      clearFocus();
      return;
    }
    const found = matching(state.query);
    status.textContent = found.length === 0 ? "No actor matches." :
      found.length === 1 ? "1 actor matches." : found.length + " actors match.";
    if (found.length === 0) { clearFocus(); return; }
    setFocus(found);
    if (move && found.length <= 50) {
      network.fit({ nodes: Array.from(state.focus.nodes), animation: false });
    }
  }

  function buildSearch() {
    const input = document.getElementById("search");
    const list = document.getElementById("actor-names");
    const names = Array.from(new Set(data.nodes.map((n) => n.name))).sort();
    for (const name of names.slice(0, 5000)) {
      const option = document.createElement("option");
      option.value = name;
      list.append(option);
    }
    input.addEventListener("input", () => search(input.value, false));
    input.addEventListener("change", () => search(input.value, true));
  }

  network.on("click", (params) => {
    hideTooltip();
    if (params.nodes.length) {
      setFocus([params.nodes[0]]);
    } else if (state.query) {
      search(state.query, false);
    } else {
      clearFocus();
    }
  });

  // ---- tooltips: built with textContent, never parsed as HTML ---------------------------------

  function element(tag, text, className) {
    const el = document.createElement(tag);
    if (text !== undefined && text !== null) el.textContent = String(text);
    if (className) el.className = className;
    return el;
  }

  function formatScore(value) {
    if (Number.isInteger(value)) return String(value);
    return Math.abs(value) >= 100 ? value.toFixed(0) : Number(value.toPrecision(3)).toString();
  }

  function nameOf(id) {
    const node = nodeById.get(id);
    return node ? node.name : String(id);
  }

  function nodeTip(id) {
    const node = nodeById.get(id);
    const box = element("div");
    if (!node) return box;
    box.append(element("div", node.name + (node.name !== String(node.id) ? " (" + node.id + ")" : ""),
      "tip-title"));
    const list = element("dl");
    const row = (term, value) => {
      if (value === null || value === undefined || value === "") return;
      list.append(element("dt", term), element("dd", value));
    };
    row("Kind", KIND_NAMES[node.kind] || node.kind);
    if (node.state && node.state !== node.id) row("State", nameOf(node.state));
    row("Role", node.role);
    if (data.blocs.length) row("Bloc", node.bloc === null ? "unaligned" : "Bloc " + node.bloc);
    for (const metric of Object.keys(node.scores).sort()) {
      row(metric + (metric === data.size_metric ? " (size)" : ""), formatScore(node.scores[metric]));
    }
    box.append(list);
    return box;
  }

  function edgeTip(id) {
    const tie = data.ties[id];
    const box = element("div");
    if (!tie) return box;
    if (tie.polarity === "represents") {
      box.append(element("div", nameOf(tie.from) + " represents " + nameOf(tie.to), "tip-title"));
      if (tie.role) box.append(element("div", "Role: " + tie.role));
      return box;
    }
    const count = eventsInRange(tie);
    box.append(element("div", nameOf(tie.from) + " \u2192 " + nameOf(tie.to) + ": " +
      POLARITY[tie.polarity].name.toLowerCase() + ", " + count + (count === 1 ? " event" : " events") +
      (fullRange() ? "" : " in the date range"), "tip-title"));
    const list = element("ol");
    let shown = 0;
    for (const detail of tie.details) {
      if (!inRange(detail.date)) continue;
      const item = element("li");
      item.append(element("div", (detail.date || "undated") + ": " + detail.what));
      if (detail.text) item.append(element("div", "\u201c" + detail.text + "\u201d", "evidence"));
      const source = [detail.doc, detail.window].filter(Boolean).join(", ");
      if (source) item.append(element("div", "Source: " + source, "source"));
      list.append(item);
      shown += 1;
    }
    box.append(list);
    if (count > shown) box.append(element("div", "\u2026 and " + (count - shown) + " older events"));
    return box;
  }

  function showTooltip(content, pointer) {
    tooltip.replaceChildren(content);
    tooltip.hidden = false;
    const frame = container.getBoundingClientRect();
    let left = frame.left + pointer.x + 14;
    let top = frame.top + pointer.y + 14;
    const size = tooltip.getBoundingClientRect();
    if (left + size.width > window.innerWidth - 8) left = Math.max(8, left - size.width - 28);
    if (top + size.height > window.innerHeight - 8) top = Math.max(8, window.innerHeight - size.height - 8);
    tooltip.style.left = left + "px";
    tooltip.style.top = top + "px";
  }

  function hideTooltip() {
    tooltip.hidden = true;
    tooltip.replaceChildren();
  }

  network.on("hoverNode", (p) => showTooltip(nodeTip(p.node), p.pointer.DOM));
  network.on("hoverEdge", (p) => showTooltip(edgeTip(p.edge), p.pointer.DOM));
  network.on("blurNode", hideTooltip);
  network.on("blurEdge", hideTooltip);
  network.on("dragStart", hideTooltip);
  network.on("zoom", hideTooltip);

  // ---- legend -----------------------------------------------------------------------------------

  function buildLegend() {
    const kinds = document.getElementById("legend-kinds");
    const present = new Set(data.nodes.map((n) => n.kind));
    for (const kind of Object.keys(SHAPES)) {
      if (!present.has(kind)) continue;
      const row = element("div", null, "legend-row");
      const mark = element("span", null, "swatch");
      mark.style.borderRadius = "0";
      mark.style.border = "none";
      mark.style.background = "#495057";
      mark.style.clipPath = LEGEND_SHAPES[kind];
      row.append(mark, element("span", KIND_NAMES[kind]));
      kinds.append(row);
    }
    const blocs = document.getElementById("legend-blocs");
    if (!data.blocs.length) {
      blocs.append(element("p", "No blocs computed: every actor is grey.", "members"));
    }
    data.blocs.forEach((bloc) => {
      const row = element("div", null, "legend-row");
      const swatch = element("span", null, "swatch");
      swatch.style.background = blocColour.get(bloc.id);
      const text = element("div");
      text.append(element("div", "Bloc " + bloc.id + " (" + bloc.members.length + ")"));
      const names = bloc.members.slice(0, 8).join(", ") +
        (bloc.members.length > 8 ? ", \u2026" : "");
      text.append(element("div", names, "members"));
      row.append(swatch, text);
      blocs.append(row);
    });
    if (data.blocs.length && data.nodes.some((n) => n.bloc === null || n.bloc === undefined)) {
      const row = element("div", null, "legend-row");
      const swatch = element("span", null, "swatch");
      swatch.style.background = NO_BLOC;
      row.append(swatch, element("span", "Unaligned or not placed"));
      blocs.append(row);
    }
    document.getElementById("legend-size").textContent = data.size_metric
      ? "Size: " + data.size_metric + ". Width: events." : "All actors one size. Width: events.";
  }

  buildPolarityFilter();
  buildDateFilter();
  buildSearch();
  buildLegend();
  applyFilters();
})();
