// Steps through the swimlane: previous/next buttons, arrow keys, Home/End, click on a row.
// The current step is highlighted; later steps are dimmed so a class can follow the interleaving.
(function () {
  'use strict';
  var table = document.getElementById('swimlane');
  var allRows = Array.prototype.slice.call(document.querySelectorAll('#swimlane tbody tr.step'));
  if (!allRows.length) { return; }
  // folded (the default) steps only through the rows a fold shows; "show all steps" through every row
  function visible() {
    return allRows.filter(function (row) { return !(table.classList.contains('folded') && row.classList.contains('fold-hidden')); });
  }
  var rows = visible();
  var prev = document.getElementById('prev-step');
  var next = document.getElementById('next-step');
  var counter = document.getElementById('step-counter');
  var detail = document.getElementById('step-detail');
  var message = detail.getAttribute('data-message') || '';
  var current = 0;

  function text(id, value) { document.getElementById(id).textContent = value; }

  // The Java source beside the trace: each thread's line after the shown step (the row's data-at,
  // [[thread, lane, file, line, step], ...]) highlighted in its lane's colour and scrolled into its box.
  var code = document.getElementById('java-source');
  var whereNow = document.getElementById('where-now');
  function showCode(row) {
    if (!code || !whereNow) { return; }
    Array.prototype.forEach.call(code.querySelectorAll('.sl.at'), function (line) {
      line.classList.remove('at');
      line.className = line.className.replace(/\bt\d+\b/g, '').replace(/\s+/g, ' ').trim();
      line.querySelector('.who').textContent = '';
    });
    whereNow.textContent = '';
    var at = [];
    try { at = JSON.parse(row.getAttribute('data-at') || '[]'); } catch (e) { at = []; }
    var latest = {}; // file -> the line to scroll its box to
    var thread = row.getAttribute('data-thread');
    at.forEach(function (p) {
      var name = p[0], lane = 't' + (((p[1] % 8) + 8) % 8), file = p[2], number = p[3], step = p[4];
      var line = document.getElementById('src-' + file + '-' + number);
      if (!line) { return; }
      line.classList.add('at');
      if (!line.className.match(/\bt\d+\b/)) { line.classList.add(lane); } // the first thread on a line colours it
      var chip = document.createElement('span');
      chip.className = 'chip ' + lane;
      chip.setAttribute('data-thread', name);
      chip.textContent = name;
      line.querySelector('.who').appendChild(chip);
      var now = document.createElement('span');
      now.className = 'chip ' + lane + (name === thread ? ' current' : '');
      now.setAttribute('data-thread', name);
      now.setAttribute('data-where', file + ':' + number);
      var who = document.createElement('b');
      who.textContent = name;
      now.appendChild(who);
      now.appendChild(document.createTextNode(' ' + file + ':' + number + ' (step ' + step + ')'));
      whereNow.appendChild(now);
      // each box shows all its threads' lines when they fit, else the shown step's thread's (else the latest)
      var rank = name === thread ? Infinity : step;
      var seen = latest[file] || (latest[file] = { rank: -1, line: line, lines: [] });
      seen.lines.push(line);
      if (seen.rank < rank) { seen.rank = rank; seen.line = line; }
    });
    if (!at.length) { whereNow.textContent = 'no thread is in these files yet'; }
    Object.keys(latest).forEach(function (file) {
      var main = latest[file].line, box = main.parentNode;
      var top = main.offsetTop, bottom = main.offsetTop + main.offsetHeight;
      latest[file].lines.forEach(function (line) {
        var t = Math.min(top, line.offsetTop), b = Math.max(bottom, line.offsetTop + line.offsetHeight);
        if (b - t <= box.clientHeight - 8) { top = t; bottom = b; }
      });
      if (top < box.scrollTop || bottom > box.scrollTop + box.clientHeight) {
        var room = box.clientHeight - (bottom - top);
        box.scrollTop = Math.max(0, top - Math.min(room / 2, box.clientHeight / 3));
      }
    });
  }

  function show(index) {
    current = Math.max(0, Math.min(rows.length - 1, index));
    rows.forEach(function (row, k) {
      row.classList.toggle('current', k === current);
      row.classList.toggle('future', k > current);
    });
    var row = rows[current];
    counter.textContent = 'step ' + (current + 1) + ' of ' + rows.length;
    var folded = table.classList.contains('folded') && row.hasAttribute('data-fold-steps');
    text('sd-step', folded ? 'steps ' + row.getAttribute('data-fold-steps') : 'step ' + row.getAttribute('data-step'));
    text('sd-thread', row.getAttribute('data-thread'));
    text('sd-action', row.getAttribute(folded ? 'data-fold-action' : 'data-action'));
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
    var marks = row.getAttribute(folded ? 'data-fold-marks' : 'data-marks') || '';
    detail.classList.toggle('failing', failing);
    var failNote = document.getElementById('sd-failing');
    failNote.hidden = !failing;
    failNote.textContent = failing ? 'fails here' + (message ? ': ' + message : '') : '';
    var marksNote = document.getElementById('sd-marks');
    if (marksNote) {
      marksNote.hidden = !marks;
      marksNote.textContent = marks;
    }
    showCode(row);
    prev.disabled = current === 0;
    next.disabled = current === rows.length - 1;
    // the sticky step box covers the top of the page: a row scrolled into view must land below it
    var stepper = document.getElementById('stepper');
    if (stepper) { document.documentElement.style.setProperty('--stepper-h', stepper.offsetHeight + 'px'); }
    // ... unless the reader is looking at the code under the trace: stepping there must not pull the page up
    var codePane = document.getElementById('code');
    var atCode = codePane && codePane.getBoundingClientRect().top < window.innerHeight / 2;
    if (row.scrollIntoView && !atCode) { row.scrollIntoView({ block: 'nearest' }); }
  }

  prev.addEventListener('click', function () { show(current - 1); });
  next.addEventListener('click', function () { show(current + 1); });
  allRows.forEach(function (row) { row.addEventListener('click', function () { show(rows.indexOf(row)); }); });
  var allSteps = document.getElementById('all-steps');
  if (allSteps) {
    allSteps.addEventListener('change', function () {
      var step = rows[current].getAttribute('data-step');
      table.classList.toggle('folded', !allSteps.checked);
      rows = visible();
      var k = rows.findIndex(function (row) { return Number(row.getAttribute('data-step')) >= Number(step); });
      show(k < 0 ? rows.length - 1 : k);
    });
  }
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
    if (allRows.some(function (row) { return row.getAttribute('data-step') === m[1] && row.classList.contains('fold-hidden'); })) {
      table.classList.remove('folded'); // a link to a step the folded view hides opens all steps
      if (allSteps) { allSteps.checked = true; }
      rows = visible();
    }
    rows.forEach(function (row, k) { if (row.getAttribute('data-step') === m[1]) { start = k; } });
  }
  show(start);
})();
