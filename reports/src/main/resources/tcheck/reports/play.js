// "You are the scheduler": walks the play tree embedded in the page. A position is either a decision
// (options, each a schedule token) or an end (the verdict of that run). Positions are keyed by the
// schedule prefix that leads to them; each keeps only the steps since its parent's decision.
(function () {
  'use strict';
  var tree = JSON.parse(document.getElementById('play-tree').textContent);
  var byPrefix = {};
  tree.positions.forEach(function (p) { byPrefix[p.prefix] = p; });
  var choices = [];
  var body = document.querySelector('#play-trace tbody');
  var question = document.getElementById('play-question');
  var options = document.getElementById('play-options');
  var end = document.getElementById('play-end');
  var replay = document.getElementById('play-replay');
  var schedule = document.getElementById('play-schedule');

  function prefixOf(k) { return choices.slice(0, k).join('.'); }

  function addSteps(steps, fresh) {
    steps.forEach(function (s) {
      var tr = document.createElement('tr');
      if (fresh) { tr.className = 'fresh'; }
      var state = Object.keys(s.state || {}).map(function (k) { return k + '=' + s.state[k]; }).join('  ');
      [s.step, s.thread, s.action, s.where || '', state, s.locks || ''].forEach(function (v, i) {
        var td = document.createElement('td');
        td.textContent = String(v);
        if (i >= 4) { td.className = 'state'; }
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
  }

  function render() {
    body.textContent = '';
    options.textContent = '';
    end.textContent = '';
    replay.textContent = '';
    end.className = '';
    var position = null;
    for (var k = 0; k <= choices.length; k++) {
      position = byPrefix[prefixOf(k)];
      if (!position) { break; }
      addSteps(position.steps, k === choices.length && k > 0);
    }
    var text = choices.join('.');
    schedule.textContent = text || '(none yet)';
    document.getElementById('play-undo').disabled = choices.length === 0;
    if (!position) {
      question.textContent = 'This position was not computed for the page (the tree has more positions than it keeps).';
      replay.textContent = 'Continue in a terminal: ./tcheck play ' + tree.scenario + ' --schedule ' + text;
      return;
    }
    var last = body.lastElementChild;
    if (last) { last.scrollIntoView({block: 'nearest'}); }
    if (position.verdict) {
      question.textContent = '';
      if (position.verdict === 'counterexample') {
        end.className = 'failed';
        end.textContent = (position.kind === 'data-race'
          ? 'The result was right this time, but the run has a ' + position.message
          : 'The program failed (' + position.kind + '): ' + position.message)
          + ' \u2014 you found the bug with ' + position.preemptions + ' preemption(s).';
      } else if (position.verdict === 'error') {
        end.textContent = 'The explorer could not run this: ' + position.message;
      } else {
        end.className = 'passed';
        end.textContent = 'The program ended without failing. Undo a choice or start again.';
      }
      replay.textContent = 'Replay this run: ./tcheck replay ' + tree.scenario + ' --schedule ' + text;
      return;
    }
    question.textContent = 'Step ' + (last ? Number(last.firstChild.textContent) + 1 : 1) + ': ' + position.question;
    position.options.forEach(function (o, i) {
      var b = document.createElement('button');
      b.type = 'button';
      b.className = 'play-option';
      b.setAttribute('data-token', o.token);
      b.textContent = (i + 1) + ') ' + o.thread + (o.next ? ' \u2014 ' + o.next : '');
      b.addEventListener('click', function () { choices.push(o.token); render(); });
      options.appendChild(b);
    });
  }

  document.getElementById('play-undo').addEventListener('click', function () { choices.pop(); render(); });
  document.getElementById('play-restart').addEventListener('click', function () { choices = []; render(); });
  document.addEventListener('keydown', function (ev) {
    var n = Number(ev.key);
    var buttons = options.querySelectorAll('button');
    if (n >= 1 && n <= buttons.length) { buttons[n - 1].click(); }
    if (ev.key === 'u' || ev.key === 'Backspace') { if (choices.length) { choices.pop(); render(); } }
  });
  render();
}());
