// The workbench's behaviour: quote selection in a document, keyboard shortcuts in the review
// queue. No inline script anywhere (the Content Security Policy forbids it); text is only ever
// set with textContent.
"use strict";

// Offsets in code points (what the server's Python strings count), from the text container's start.
function codePointOffset(container, node, offset) {
  const range = document.createRange();
  range.selectNodeContents(container);
  range.setEnd(node, offset);
  return Array.from(range.toString()).length;
}

function watchSelection() {
  const text = document.getElementById("doc-text");
  const form = document.getElementById("add-fact");
  if (!text || !form) return;
  const update = () => {
    const sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return;
    const range = sel.getRangeAt(0);
    if (!text.contains(range.startContainer) || !text.contains(range.endContainer)) return;
    const start = codePointOffset(text, range.startContainer, range.startOffset);
    const end = codePointOffset(text, range.endContainer, range.endOffset);
    if (end <= start) return;
    document.getElementById("sel-start").value = start;
    document.getElementById("sel-end").value = end;
    document.getElementById("sel-quote").value = Array.from(text.textContent).slice(start, end).join("");
  };
  document.addEventListener("selectionchange", update);
  text.addEventListener("mouseup", update);
}

function queueKeys() {
  const items = Array.from(document.querySelectorAll("ol.queue > li.item"));
  if (items.length === 0) return;
  let current = 0;
  const select = (i) => {
    items[current].classList.remove("current");
    current = Math.max(0, Math.min(items.length - 1, i));
    items[current].classList.add("current");
    items[current].scrollIntoView({block: "nearest"});
  };
  select(0);
  const press = (selector) => {
    const button = items[current].querySelector(selector);
    if (button) button.click();
  };
  document.addEventListener("keydown", (event) => {
    const typing = /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName);
    if (event.key === "Escape" && typing) { event.target.blur(); return; }
    if (typing || event.ctrlKey || event.metaKey || event.altKey) return;
    const actions = {
      j: () => select(current + 1), k: () => select(current - 1),
      a: () => press("button.accept"), r: () => press("button.reject"), u: () => press("button.unsure"),
      e: () => { const d = items[current].querySelector("details.edit"); if (d) { d.open = true; const f = d.querySelector("input"); if (f) f.focus(); } },
      c: () => { const f = items[current].querySelector("input.comment"); if (f) f.focus(); },
      o: () => press("a.source"),
    };
    if (actions[event.key]) { event.preventDefault(); actions[event.key](); }
  });
}

// Enter in a comment box must not submit the form's first button (Accept) by accident.
function guardComments() {
  document.querySelectorAll("form.decide input.comment").forEach((input) => {
    input.addEventListener("keydown", (event) => { if (event.key === "Enter") event.preventDefault(); });
  });
}

document.addEventListener("DOMContentLoaded", () => {
  watchSelection();
  queueKeys();
  guardComments();
  const mark = document.getElementById("q");
  if (mark) mark.scrollIntoView({block: "center"});
});
