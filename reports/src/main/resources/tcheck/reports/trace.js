// Steps through the swimlane: previous/next buttons, arrow keys, Home/End, click on a row.
// The current step is highlighted; later steps are dimmed so a class can follow the interleaving.
(function () {
  'use strict';
  var rows = Array.prototype.slice.call(document.querySelectorAll('#swimlane tbody tr.step'));
  if (!rows.length) { return; }
  var prev = document.getElementById('prev-step');
  var next = document.getElementById('next-step');
  var counter = document.getElementById('step-counter');
  var detail = document.getElementById('step-detail');
  var message = detail.getAttribute('data-message') || '';
  var current = 0;

  function text(id, value) { document.getElementById(id).textContent = value; }

  function show(index) {
    current = Math.max(0, Math.min(rows.length - 1, index));
    rows.forEach(function (row, k) {
      row.classList.toggle('current', k === current);
      row.classList.toggle('future', k > current);
    });
    var row = rows[current];
    counter.textContent = 'step ' + (current + 1) + ' of ' + rows.length;
    text('sd-step', 'step ' + row.getAttribute('data-step'));
    text('sd-thread', row.getAttribute('data-thread'));
    text('sd-action', row.getAttribute('data-action'));
    text('sd-where', row.getAttribute('data-where'));
    var state = document.getElementById('sd-state');
    state.textContent = '';
    Array.prototype.forEach.call(row.querySelectorAll('td.state:not(.unrecorded)'), function (cell) {
      if (cell.classList.contains('sync') && !cell.textContent) { return; } // a free lock nobody waits for
      var item = document.createElement('span');
      var key = document.createElement('b');
      key.textContent = cell.getAttribute('data-key') + ' = ';
      item.appendChild(key);
      item.appendChild(document.createTextNode(cell.textContent));
      state.appendChild(item);
    });
    text('sd-threads', row.getAttribute('data-threads') || '');
    var failing = row.classList.contains('failing');
    detail.classList.toggle('failing', failing);
    var failNote = document.getElementById('sd-failing');
    failNote.hidden = !failing;
    failNote.textContent = failing ? 'fails here' + (message ? ': ' + message : '') : '';
    prev.disabled = current === 0;
    next.disabled = current === rows.length - 1;
    // the sticky step box covers the top of the page: a row scrolled into view must land below it
    var stepper = document.getElementById('stepper');
    if (stepper) { document.documentElement.style.setProperty('--stepper-h', stepper.offsetHeight + 'px'); }
    if (row.scrollIntoView) { row.scrollIntoView({ block: 'nearest' }); }
  }

  prev.addEventListener('click', function () { show(current - 1); });
  next.addEventListener('click', function () { show(current + 1); });
  rows.forEach(function (row, k) { row.addEventListener('click', function () { show(k); }); });
  document.addEventListener('keydown', function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey) { return; }
    var to = null;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') { to = current + 1; }
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') { to = current - 1; }
    else if (e.key === 'Home') { to = 0; }
    else if (e.key === 'End') { to = rows.length - 1; }
    if (to !== null) { e.preventDefault(); show(to); }
  });

  // #step-N in the address opens the page at that step (links from slides, the CLI).
  var start = 0;
  var m = /^#step-(\d+)$/.exec(window.location.hash);
  if (m) {
    rows.forEach(function (row, k) { if (row.getAttribute('data-step') === m[1]) { start = k; } });
  }
  show(start);
})();
