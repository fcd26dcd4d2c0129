// Timeline and network pictures drawn as SVG from the JSON the server sends (no library, no CDN).
"use strict";

const SVG = "http://www.w3.org/2000/svg";

function el(name, attrs, parent) {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  if (parent) parent.appendChild(node);
  return node;
}

function label(parent, x, y, text, cls) {
  const t = el("text", {x, y, class: cls || ""}, parent);
  t.textContent = text;
  return t;
}

// "2017", "2017-09", "2017-09-03" → a fractional year.
function yearOf(date) {
  const [y, m, d] = date.split("-").map(Number);
  return y + ((m || 1) - 1) / 12 + ((d || 1) - 1) / 365;
}

function drawTimeline(box, items) {
  if (items.length === 0) { box.textContent = "No dated measure or event."; return; }
  const width = Math.max(box.clientWidth || 800, 400), height = 60 + 14 * Math.min(items.length, 30);
  const years = items.map((i) => yearOf(i.date));
  const lo = Math.floor(Math.min(...years)), hi = Math.floor(Math.max(...years)) + 1;
  const x = (v) => 40 + (width - 80) * (v - lo) / (hi - lo);
  const svg = el("svg", {width, height, viewBox: `0 0 ${width} ${height}`, role: "img"}, box);
  el("line", {x1: x(lo), x2: x(hi), y1: height - 25, y2: height - 25, class: "axis"}, svg);
  const step = Math.max(1, Math.ceil((hi - lo) / 12));
  for (let y = lo; y <= hi; y += step) label(svg, x(y), height - 8, String(y), "tick");
  items.forEach((item, i) => {
    const cx = x(yearOf(item.date)), cy = 20 + (i % 30) * 14;
    const dot = el("circle", {cx, cy, r: 5, class: `dot ${item.type} ${item.status || ""}`}, svg);
    const tip = el("title", {}, dot);
    tip.textContent = `${item.date} · ${item.title}`;
  });
}

function drawNetwork(box, data) {
  const nodes = data.nodes, edges = data.edges;
  if (nodes.length <= 1) { box.textContent = "No measure or event links this entity to others."; return; }
  const width = Math.max(box.clientWidth || 800, 400), height = 420;
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  // Fruchterman-Reingold with cooling: enough for the tens of nodes one entity has
  const k = 0.6 * Math.sqrt(width * height / nodes.length);
  nodes.forEach((n, i) => {
    const a = 2 * Math.PI * i / nodes.length;
    n.x = n.main ? width / 2 : width / 2 + Math.cos(a) * width / 4;
    n.y = n.main ? height / 2 : height / 2 + Math.sin(a) * height / 4;
  });
  let temperature = width / 8;
  for (let step = 0; step < 200; step++) {
    for (const a of nodes) {
      a.dx = 0; a.dy = 0;
      for (const b of nodes) {
        if (a === b) continue;
        const dx = a.x - b.x, dy = a.y - b.y, d = Math.max(Math.hypot(dx, dy), 0.01);
        a.dx += dx / d * k * k / d; a.dy += dy / d * k * k / d;
      }
    }
    for (const e of edges) {
      const a = nodes[index.get(e.source)], b = nodes[index.get(e.target)];
      const dx = a.x - b.x, dy = a.y - b.y, d = Math.max(Math.hypot(dx, dy), 0.01), f = d * d / k;
      a.dx -= dx / d * f; a.dy -= dy / d * f; b.dx += dx / d * f; b.dy += dy / d * f;
    }
    for (const n of nodes) {
      if (n.main) continue;
      const d = Math.max(Math.hypot(n.dx, n.dy), 0.01), move = Math.min(d, temperature);
      n.x = Math.min(width - 60, Math.max(20, n.x + n.dx / d * move));
      n.y = Math.min(height - 20, Math.max(20, n.y + n.dy / d * move));
    }
    temperature *= 0.97;
  }
  const svg = el("svg", {width, height, viewBox: `0 0 ${width} ${height}`, role: "img"}, box);
  for (const e of edges) {
    const a = nodes[index.get(e.source)], b = nodes[index.get(e.target)];
    const line = el("line", {x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: `edge ${e.role}`}, svg);
    el("title", {}, line).textContent = e.role;
  }
  for (const n of nodes) {
    const g = el("g", {class: `node ${n.type}${n.main ? " main" : ""}`}, svg);
    const shape = n.type === "measure" || n.type === "event"
      ? el("rect", {x: n.x - 5, y: n.y - 5, width: 10, height: 10}, g)
      : el("circle", {cx: n.x, cy: n.y, r: n.main ? 9 : 6}, g);
    el("title", {}, shape).textContent = n.label;
    if (n.type !== "measure" && n.type !== "event") label(g, n.x + 9, n.y + 4, n.label, "node-label");
  }
}

document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll(".chart[data-src]").forEach((box) => {
    fetch(box.dataset.src, {credentials: "same-origin"})
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(r.statusText))))
      .then((data) => (box.classList.contains("network") ? drawNetwork(box, data) : drawTimeline(box, data)))
      .catch((err) => { box.textContent = `Could not draw: ${err.message}`; });
  });
});
