// okr-portal theme script: alignment map interaction and in-browser search. Plain
// JavaScript, no libraries, nothing fetched from outside the site. Without it every page
// still reads and every map link works; this only adds panning, zooming, highlighting,
// keyboard moves, search, and the reload of a page left open on an office screen.
(function () {
  'use strict';

  // ---------------------------------------------------------------- alignment maps

  function numbers(element, name) {
    var value = element.getAttribute(name);
    return value ? value.split(' ') : [];
  }

  function setUpMap(viewport) {
    var svg = viewport.querySelector('svg.okr-map');
    if (!svg) return;
    // A box's number (data-node) is its place in the order boxes are written.
    var nodes = svg.querySelectorAll('.map-node');
    var nodeAt = function (index) { return index === undefined ? null : nodes[Number(index)] || null; };
    var edges = svg.querySelectorAll('.map-edges path');
    // Each box's neighbours, from the arrows: what it serves (up) and who serves it (down).
    var up = {};
    var down = {};
    edges.forEach(function (edge) {
      var from = edge.getAttribute('data-from');
      var to = edge.getAttribute('data-to');
      (up[from] = up[from] || []).push(to);
      (down[to] = down[to] || []).push(from);
    });
    nodes.forEach(function (node) {
      var index = node.getAttribute('data-node');
      node.setAttribute('data-up', (up[index] || []).join(' '));
      node.setAttribute('data-down', (down[index] || []).join(' '));
    });

    // Everything an objective serves (up) and everything that serves it (down).
    function reach(start, attribute) {
      var seen = {};
      var stack = [start];
      while (stack.length) {
        var index = stack.pop();
        if (seen[index]) continue;
        seen[index] = true;
        var node = nodeAt(index);
        if (node) stack.push.apply(stack, numbers(node, attribute));
      }
      return seen;
    }
    function highlight(node) {
      var start = node.getAttribute('data-node');
      var up = reach(start, 'data-up');
      var down = reach(start, 'data-down');
      svg.classList.add('lit');
      nodes.forEach(function (other) {
        var index = other.getAttribute('data-node');
        other.classList.toggle('lit', !!(up[index] || down[index]));
      });
      edges.forEach(function (edge) {
        var from = edge.getAttribute('data-from');
        var to = edge.getAttribute('data-to');
        edge.classList.toggle('lit', !!((up[from] && up[to]) || (down[from] && down[to])));
      });
    }
    function clear() {
      svg.classList.remove('lit');
      svg.querySelectorAll('.lit').forEach(function (element) { element.classList.remove('lit'); });
    }
    svg.addEventListener('mouseover', function (event) {
      var node = event.target.closest('.map-node');
      if (node) highlight(node); else clear();
    });
    svg.addEventListener('mouseleave', clear);
    svg.addEventListener('focusin', function (event) {
      var node = event.target.closest('.map-node');
      if (node) highlight(node);
    });
    svg.addEventListener('focusout', clear);

    // Arrow keys follow the drawing: up to what it serves, down to a contributor, along the row.
    svg.addEventListener('keydown', function (event) {
      var node = event.target.closest('.map-node');
      if (!node) return;
      var next = null;
      if (event.key === 'ArrowUp') next = nodeAt(numbers(node, 'data-up')[0]);
      else if (event.key === 'ArrowDown') next = nodeAt(numbers(node, 'data-down')[0]);
      else if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
        var sibling = event.key === 'ArrowLeft' ? node.previousElementSibling : node.nextElementSibling;
        if (sibling && sibling.getAttribute('data-row') === node.getAttribute('data-row')) next = sibling;
      } else return;
      event.preventDefault();
      if (next) {
        next.focus();
        if (next.scrollIntoView) next.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      }
    });

    // Zoom by resizing the drawing (its viewBox keeps the proportions); pan by scrolling.
    var width = Number(svg.getAttribute('width'));
    var height = Number(svg.getAttribute('height'));
    var scale = 1;
    // The smallest text in a drawing is 11 px: below this scale it would be under 10 px.
    var readable = 10 / 11;
    function zoom(factor, centreX, centreY) {
      var next = Math.min(3, Math.max(0.1, scale * factor));
      var rect = viewport.getBoundingClientRect();
      var x = centreX === undefined ? viewport.clientWidth / 2 : centreX - rect.left;
      var y = centreY === undefined ? viewport.clientHeight / 2 : centreY - rect.top;
      var pointX = (viewport.scrollLeft + x) / scale;
      var pointY = (viewport.scrollTop + y) / scale;
      scale = next;
      svg.setAttribute('width', String(Math.round(width * scale)));
      svg.setAttribute('height', String(Math.round(height * scale)));
      viewport.scrollLeft = pointX * scale - x;
      viewport.scrollTop = pointY * scale - y;
    }
    var labels = (viewport.getAttribute('data-map-controls') || '+|-|Fit').split('|');
    var controls = document.createElement('div');
    controls.className = 'map-controls';
    [['+', labels[0], function () { zoom(1.25); }],
     ['−', labels[1], function () { zoom(0.8); }],
     ['⤢', labels[2], function () { zoom(Math.min(1, Math.max(readable, viewport.clientWidth / width)) / scale); }]].forEach(function (spec) {
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = spec[0];
      button.title = spec[1];
      button.setAttribute('aria-label', spec[1]);
      button.addEventListener('click', spec[2]);
      controls.appendChild(button);
    });
    viewport.insertBefore(controls, svg);
    // The buttons stay at the frame's top as it scrolls: a first view that starts lower in
    // the drawing keeps its first line of boxes below them, as the drawing's top is.
    var covered = controls.offsetHeight + 16;
    viewport.addEventListener('wheel', function (event) {
      if (!event.ctrlKey) return;
      event.preventDefault();
      zoom(event.deltaY < 0 ? 1.1 : 0.9, event.clientX, event.clientY);
    }, { passive: false });
    viewport.addEventListener('keydown', function (event) {
      if (event.target.closest('.map-controls')) return;
      if (event.key === '+' || event.key === '=') zoom(1.25);
      else if (event.key === '-') zoom(0.8);
    });

    var drag = null;
    viewport.addEventListener('pointerdown', function (event) {
      if (event.button !== 0 || event.target.closest('.map-controls')) return;
      drag = { x: event.clientX, y: event.clientY, left: viewport.scrollLeft, top: viewport.scrollTop, moved: false };
    });
    viewport.addEventListener('pointermove', function (event) {
      if (!drag) return;
      var dx = event.clientX - drag.x;
      var dy = event.clientY - drag.y;
      if (!drag.moved && Math.abs(dx) + Math.abs(dy) < 5) return;
      drag.moved = true;
      viewport.classList.add('dragging');
      viewport.scrollLeft = drag.left - dx;
      viewport.scrollTop = drag.top - dy;
    });
    function endDrag() {
      viewport.classList.remove('dragging');
      // A drag that ends on a box is not a click on it.
      if (drag && drag.moved) {
        var swallow = function (event) { event.preventDefault(); event.stopPropagation(); };
        viewport.addEventListener('click', swallow, { capture: true, once: true });
        setTimeout(function () { viewport.removeEventListener('click', swallow, { capture: true }); }, 0);
      }
      drag = null;
    }
    viewport.addEventListener('pointerup', endDrag);
    viewport.addEventListener('pointerleave', function () { if (drag) endDrag(); });

    // Start with the whole width in view when the text stays readable, else at the smallest
    // readable scale; centred on what the view is about (an owner's or team's objectives),
    // else on the company's row.
    var start = Math.min(1, Math.max(readable, viewport.clientWidth / width));
    if (start !== 1) zoom(start);
    var focus = svg.querySelectorAll('.map-node.focus');
    var centre = focus.length ? focus : svg.querySelectorAll('.map-node[data-row="0"]');
    if (centre.length) {
      var frame = viewport.getBoundingClientRect();
      var extent = screenExtent(centre);
      // Centred when it fits; wider than the frame (a phone), from its left end, so the
      // first box shows whole and the next leads on, instead of every box cut in half.
      if (extent.right - extent.left + 32 <= viewport.clientWidth) {
        viewport.scrollLeft += (extent.left + extent.right) / 2 - (frame.left + viewport.clientWidth / 2);
      } else {
        viewport.scrollLeft += extent.left - 16 - frame.left;
      }
      if (focus.length) {
        // The frame shrinks to those lines, so it neither starts nor ends mid-box.
        var view = focusWindow(focus);
        var wanted = Math.ceil(view.bottom - view.top + covered + 16);
        // One line alone (a phone held sideways) keeps the frame and what shows below it.
        if (wanted < viewport.clientHeight && view.lines > 1) {
          viewport.style.height = wanted + 'px';
          viewport.style.height = (2 * wanted - viewport.clientHeight) + 'px';
        }
        viewport.scrollTop += view.top - covered - frame.top;
      } else if (extent.bottom > frame.top + viewport.clientHeight) {
        // Without an owner, the company's row stays at the top unless the frame ends above it.
        viewport.scrollTop += extent.bottom - (frame.top + viewport.clientHeight) + 16;
      }
    }

    // The screen box around `nodes`.
    function screenExtent(nodes) {
      var extent = {left: Infinity, right: -Infinity, top: Infinity, bottom: -Infinity};
      [].forEach.call(nodes, function (node) {
        var box = node.getBoundingClientRect();
        extent.left = Math.min(extent.left, box.left);
        extent.right = Math.max(extent.right, box.right);
        extent.top = Math.min(extent.top, box.top);
        extent.bottom = Math.max(extent.bottom, box.bottom);
      });
      return extent;
    }

    // On a drawing about an owner (its page, a team's focused view): the lines of boxes to
    // show (their top and bottom on screen), always whole, as a frame that starts or ends
    // mid-box reads as a broken drawing: from the line its objectives serve down through the
    // line of their contributors, as far as that fits, then as many lines above as still
    // fit, then below. Lines, not rows: a long row is wrapped onto several lines. Only boxes
    // in view sideways count.
    function focusWindow(nodes) {
      var lines = [];
      var frame = viewport.getBoundingClientRect();
      [].forEach.call(svg.querySelectorAll('.map-node'), function (node) {
        var box = node.getBoundingClientRect();
        // Boxes scrolled out of view sideways take no room (a phone shows a column).
        if (!node.classList.contains('focus') && (box.right <= frame.left || box.left >= frame.right)) return;
        var line = lines.filter(function (l) { return Math.abs(l.top - box.top) < 1; })[0];
        if (line) line.bottom = Math.max(line.bottom, box.bottom);
        else lines.push({top: box.top, bottom: box.bottom});
      });
      lines.sort(function (a, b) { return a.top - b.top; });
      function lineOf(node) {
        var top = node.getBoundingClientRect().top;
        for (var i = 0; i < lines.length; i++) if (Math.abs(lines[i].top - top) < 1) return i;
        return 0;
      }
      var indices = [].map.call(nodes, lineOf);
      var first = Math.min.apply(null, indices), last = Math.max.apply(null, indices);
      function fits(from, to) { return lines[to].bottom - lines[from].top + covered + 16 <= viewport.clientHeight; }
      // A frame too low for even the line above and the owner's first line starts at the
      // owner's (a phone held sideways).
      var start = first > 0 && fits(first - 1, first) ? first - 1 : first, end = start;
      while (end + 1 < lines.length && end + 1 <= last + 1 && fits(start, end + 1)) end++;
      while (start > 0 && fits(start - 1, end)) start--;
      while (end + 1 < lines.length && fits(start, end + 1)) end++;
      return {top: lines[start].top, bottom: lines[end].bottom, lines: end - start + 1};
    }
  }

  // ---------------------------------------------------------------- alignment tree

  // Narrows the tree to one team and its sub-teams (a team's name, as the list offers it)
  // or to the owners whose name holds the text typed; what the matches serve stays shown
  // around them, so each keeps its place in the tree.
  // Whether a team is `root` or below it, given each team's parent (the tree filter and the
  // people filter select a team with its sub-teams).
  function teamTest(parentOf) {
    return function (team, root) {
      for (var steps = 0; team && steps < 100; steps++) {
        if (team === root) return true;
        team = parentOf[team];
      }
      return false;
    };
  }

  function setUpTree(section) {
    var filter = section.querySelector('.tree-filter');
    var input = filter && filter.querySelector('input');
    if (!input) return;
    filter.hidden = false;
    var count = filter.querySelector('.tree-count');
    var teamByName = {};
    var parentOf = {};
    section.querySelectorAll('datalist option').forEach(function (option) {
      teamByName[option.value.toLowerCase()] = option.getAttribute('data-team');
      parentOf[option.getAttribute('data-team')] = option.getAttribute('data-parent');
    });
    var items = Array.prototype.slice.call(section.querySelectorAll('li[data-team]'));
    var inTeam = teamTest(parentOf);
    function ownerOf(item) {
      var name = item.querySelector('.owner-name');
      return name ? name.textContent.toLowerCase() : '';
    }
    input.addEventListener('input', function () {
      var text = input.value.trim().toLowerCase();
      items.forEach(function (item) { item.classList.remove('match', 'context'); item.hidden = false; });
      section.querySelectorAll('.tree-group').forEach(function (group) { group.hidden = false; });
      if (!text) { count.textContent = ''; return; }
      var root = teamByName[text];
      var matches = 0;
      items.forEach(function (item) {
        var match = root !== undefined ? inTeam(item.getAttribute('data-team'), root) : ownerOf(item).indexOf(text) >= 0;
        if (!match) return;
        matches++;
        item.classList.add('match');
        for (var above = item.parentElement.closest('li'); above; above = above.parentElement.closest('li')) {
          above.classList.add('context');
          var details = above.querySelector('details');
          if (details) details.open = true;
        }
      });
      items.forEach(function (item) { item.hidden = !item.classList.contains('match') && !item.classList.contains('context'); });
      section.querySelectorAll('.tree-group').forEach(function (group) {
        group.hidden = !group.querySelector('li.match, li.context');
      });
      count.textContent = (section.getAttribute('data-tree-count') || '{count}').replace('{count}', String(matches));
    });
  }

  // ------------------------------------------------------- people filter

  // The people table filtered by team (with its sub-teams), location and employment; without
  // script the form stays hidden and everyone is listed.
  function setUpPeopleFilter(form) {
    var table = form.parentElement.querySelector('.people-table');
    if (!table) return;
    form.hidden = false;
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
    var parentOf = {};
    form.querySelectorAll('select[name=team] option[data-parent]').forEach(function (option) {
      parentOf[option.value] = option.getAttribute('data-parent');
    });
    var inTeam = teamTest(parentOf);
    var output = form.querySelector('.people-count');
    function apply() {
      var team = form.elements.team.value, location = form.elements.location.value, employment = form.elements.employment.value;
      var shown = 0;
      rows.forEach(function (row) {
        var match = (!team || inTeam(row.getAttribute('data-team'), team))
          && (!location || row.getAttribute('data-location') === location)
          && (!employment || row.getAttribute('data-employment') === employment);
        row.hidden = !match;
        if (match) shown++;
      });
      output.textContent = team || location || employment ? (form.getAttribute('data-count') || '{count}').replace('{count}', String(shown)) : '';
    }
    form.addEventListener('change', apply);
    form.addEventListener('submit', function (event) { event.preventDefault(); });
  }

  // ---------------------------------------------------------------- search

  // Must match SearchIndex.normalize and SearchIndex.hash in Sources/OKRSearch.
  function normalize(text) {
    return text.normalize('NFKD').replace(/[\u0300-\u036F]/g, '').normalize('NFKC').toLowerCase().replace(/[\u30A1-\u30F6]/g, function (kana) {
      return String.fromCharCode(kana.charCodeAt(0) - 0x60);
    }).replace(/\s+/gu, ' ').trim();
  }
  function shardOf(points, count) {
    var hash = 2166136261;
    for (var i = 0; i < points.length; i++) hash = Math.imul(hash ^ points[i].codePointAt(0), 16777619) >>> 0;
    return hash % count;
  }

  function SearchIndex(url) {
    this.url = url;
    this.files = {};
    this.postingLists = {};
  }
  SearchIndex.prototype.load = function (name) {
    if (!this.files[name]) {
      var self = this;
      this.files[name] = fetch(this.url + name).then(function (response) {
        if (!response.ok) throw new Error(name + ': ' + response.status);
        return response.json();
      });
      this.files[name].catch(function () { delete self.files[name]; });
    }
    return this.files[name];
  };
  SearchIndex.prototype.postings = function (gram, meta) {
    var self = this;
    if (this.postingLists[gram]) return Promise.resolve(this.postingLists[gram]);
    var shard = shardOf(Array.from(gram), meta.gramShards);
    return this.load('grams-' + shard + '.json').then(function (table) {
      var gaps = table[gram] || [];
      var list = new Array(gaps.length);
      var running = 0;
      for (var i = 0; i < gaps.length; i++) { running += gaps[i]; list[i] = running; }
      self.postingLists[gram] = list;
      return list;
    });
  };
  // Documents holding every gram of the query, then holding the query itself.
  SearchIndex.prototype.search = function (query, limit) {
    var self = this;
    // "@li.na", as notes mention people, is the id li.na.
    var text = normalize(query).replace(/^@(?=\S)/, '');
    var points = Array.from(text);
    // The first character starts loading the index's description, so the second one,
    // the first real query, waits only for its own files.
    var meta = this.load('meta.json');
    if (points.length < 2) {
      meta.catch(function () {});
      return Promise.resolve({ tooShort: true, results: [] });
    }
    return meta.then(function (meta) {
      // Two characters look up their pair; longer queries their triples, which narrow
      // much better than pairs.
      var length = Math.min(points.length, 3);
      var grams = [];
      for (var i = 0; i + length <= points.length; i++) {
        var gram = points.slice(i, i + length).join('');
        if (grams.indexOf(gram) < 0) grams.push(gram);
      }
      // A handful of grams spread over the query narrows enough; the check below is exact.
      if (grams.length > 6) {
        var picked = [];
        for (var k = 0; k < 6; k++) picked.push(grams[Math.round(k * (grams.length - 1) / 5)]);
        grams = picked;
      }
      return Promise.all(grams.map(function (gram) { return self.postings(gram, meta); })).then(function (lists) {
        lists.sort(function (a, b) { return a.length - b.length; });
        var candidates = lists[0];
        for (var l = 1; l < lists.length && candidates.length; l++) candidates = intersect(candidates, lists[l]);
        return self.verify(candidates, text, limit, meta);
      });
    });
  };
  SearchIndex.prototype.verify = function (candidates, text, limit, meta) {
    var self = this;
    var results = [];
    var position = 0;
    var batch = 1;
    function next() {
      if (position >= candidates.length || results.length >= limit) {
        return { results: results, more: position < candidates.length };
      }
      var shard = Math.floor(candidates[position] / meta.documentsPerShard);
      // Candidates share every gram with the query but need not contain it. When a
      // shard holds too few real matches, the next ones are fetched together, twice as many
      // each time (1, 2, 4, 8), instead of one after another.
      var ahead = [shard];
      for (var c = position; c < candidates.length && ahead.length < batch; c++) {
        var later = Math.floor(candidates[c] / meta.documentsPerShard);
        if (ahead.indexOf(later) < 0) { ahead.push(later); self.load('docs-' + later + '.json').catch(function () {}); }
      }
      batch = Math.min(batch * 2, 8);
      return self.load('docs-' + shard + '.json').then(function (documents) {
        while (position < candidates.length && Math.floor(candidates[position] / meta.documentsPerShard) === shard) {
          var document = documents[candidates[position] % meta.documentsPerShard];
          position++;
          if (document[4].indexOf(text) >= 0) {
            results.push({ kind: document[0], label: document[1], detail: document[2], path: document[3] });
            if (results.length >= limit) break;
          }
        }
        return next();
      });
    }
    return Promise.resolve().then(next);
  };
  function intersect(a, b) {
    var out = [];
    var i = 0;
    var j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] === b[j]) { out.push(a[i]); i++; j++; } else if (a[i] < b[j]) i++; else j++;
    }
    return out;
  }

  var indexes = {};
  function indexAt(url) {
    if (!indexes[url]) indexes[url] = new SearchIndex(url);
    return indexes[url];
  }

  function renderResults(container, outcome, form) {
    var kinds = (form.getAttribute('data-kinds') || '||').split('|');
    var messages = (form.getAttribute('data-messages') || '|||').split('|');
    var base = form.getAttribute('data-base') || '';
    container.textContent = '';
    if (outcome.tooShort || !outcome.results.length) {
      var note = document.createElement('p');
      note.textContent = outcome.tooShort ? messages[0] : messages[1];
      container.appendChild(note);
      return;
    }
    var list = document.createElement('ul');
    outcome.results.forEach(function (result) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = base + result.path;
      link.className = 'search-result result-' + result.kind;
      var kind = document.createElement('span');
      kind.className = 'result-kind';
      kind.textContent = kinds[['person', 'team', 'objective'].indexOf(result.kind)] || result.kind;
      var label = document.createElement('span');
      label.className = 'result-label';
      label.textContent = result.label;
      var detail = document.createElement('span');
      detail.className = 'result-detail';
      detail.textContent = result.detail;
      link.appendChild(kind);
      link.appendChild(label);
      link.appendChild(detail);
      item.appendChild(link);
      list.appendChild(item);
    });
    container.appendChild(list);
    return list;
  }

  function setUpSearchBox(form) {
    var input = form.querySelector('input[type=search]');
    var panel = form.querySelector('.search-results');
    var index = indexAt(form.getAttribute('data-index'));
    var messages = (form.getAttribute('data-messages') || '|||').split('|');
    var latest = 0;
    input.addEventListener('focus', function () { index.load('meta.json').catch(function () {}); });
    input.addEventListener('input', function () {
      var query = input.value;
      var ticket = ++latest;
      if (!query.trim()) { panel.hidden = true; return; }
      index.search(query, 8).then(function (outcome) {
        if (ticket !== latest) return;
        renderResults(panel, outcome, form);
        if (outcome.results.length) {
          var all = document.createElement('p');
          var link = document.createElement('a');
          link.href = form.getAttribute('action') + '?q=' + encodeURIComponent(query);
          link.textContent = messages[3];
          all.appendChild(link);
          panel.appendChild(all);
        }
        panel.hidden = false;
      }, function () {
        if (ticket === latest) panel.hidden = true;
      });
    });
    form.addEventListener('keydown', function (event) {
      var links = Array.prototype.slice.call(panel.querySelectorAll('a'));
      var at = links.indexOf(document.activeElement);
      if (event.key === 'ArrowDown' && links.length) {
        event.preventDefault();
        links[Math.min(at + 1, links.length - 1)].focus();
      } else if (event.key === 'ArrowUp' && at >= 0) {
        event.preventDefault();
        if (at === 0) input.focus(); else links[at - 1].focus();
      } else if (event.key === 'Escape') {
        panel.hidden = true;
        input.focus();
      }
    });
    form.addEventListener('focusout', function (event) {
      if (!event.relatedTarget || !form.contains(event.relatedTarget)) panel.hidden = true;
    });
  }

  // An objective's cycle, from its address: other cycles' pages carry the cycle
  // (people/ana/2026-Q3/#O1), the current cycle's do not (people/ana/#O1).
  function cycleOf(path, cycles, current) {
    var parts = path.split('#')[0].split('/');
    for (var i = 0; i < parts.length; i++) if (cycles.indexOf(parts[i]) >= 0) return parts[i];
    return current;
  }

  function setUpSearchPage(form, box) {
    var input = form.querySelector('input[type=search]');
    var cycle = form.querySelector('select[name=cycle]');
    var cycles = cycle ? Array.prototype.map.call(cycle.options, function (option) { return option.value; }).filter(Boolean) : [];
    var container = document.querySelector('.search-page-results');
    var index = indexAt(box.getAttribute('data-index'));
    var latest = 0;
    function run() {
      var query = input.value;
      var ticket = ++latest;
      if (!query.trim()) { container.textContent = ''; return; }
      index.search(query, 200).then(function (outcome) {
        if (ticket !== latest) return;
        // One cycle's objectives; people and teams belong to every cycle.
        if (cycle && cycle.value) {
          var current = cycle.getAttribute('data-current');
          outcome.results = outcome.results.filter(function (result) {
            return result.kind !== 'objective' || cycleOf(result.path, cycles, current) === cycle.value;
          });
        }
        renderResults(container, outcome, box);
      });
    }
    function remember() {
      if (!window.history.replaceState) return;
      var query = '?q=' + encodeURIComponent(input.value) + (cycle && cycle.value ? '&cycle=' + encodeURIComponent(cycle.value) : '');
      window.history.replaceState(null, '', query);
    }
    var parameters = new URLSearchParams(window.location.search);
    var initial = parameters.get('q');
    if (initial) input.value = initial;
    if (cycle && cycles.indexOf(parameters.get('cycle')) >= 0) cycle.value = parameters.get('cycle');
    if (cycle) cycle.addEventListener('change', function () { run(); remember(); });
    input.addEventListener('input', function () {
      run();
      remember();
    });
    form.addEventListener('submit', function (event) { event.preventDefault(); run(); });
    run();
  }

  // The dashboard by kind of employment: one choice shows its section and hides the rest.
  // Without script every section shows, everyone's figures first.
  function setUpEmploymentSwitch(form) {
    var parts = document.querySelectorAll('[data-employment-part]');
    form.hidden = false;
    function apply() {
      var chosen = form.elements.employment.value;
      parts.forEach(function (part) { part.hidden = part.getAttribute('data-employment-part') !== chosen; });
    }
    form.addEventListener('change', apply);
    form.addEventListener('submit', function (event) { event.preventDefault(); });
    apply();
  }

  // ---------------------------------------------------------------- office screens

  // A page opened with ?refresh=N (seconds, 60 at least, a day at most) loads itself again
  // every N seconds, so a screen on an office wall shows each new build without anyone
  // touching it. The site is static: this is the only way it learns of a new build. The
  // office screen asks for it itself (`<body data-refresh>`); a script, not a
  // `<meta http-equiv="refresh">`, so a reader's assistive technology is not reloaded
  // under them with no way to stop it.
  function scheduleRefresh() {
    var asked = /[?&]refresh=(\d+)/.exec(location.search);
    var given = asked ? asked[1] : document.body.getAttribute('data-refresh');
    if (!given) return;
    var seconds = Math.max(60, Math.min(86400, Number(given)));
    window.okrPortalRefreshSeconds = seconds;
    setTimeout(function () { location.reload(); }, seconds * 1000);
  }

  // The office screen pages through what does not fit one screen (a company with many
  // objectives): every 20 seconds it scrolls on by most of a screen, and back to the top
  // after the end. Not within a minute of someone using the mouse, keys or touch, so a
  // reader at a desk is not moved away from what they read.
  function setUpScreenPaging() {
    var lastUse = 0;
    ['pointermove', 'pointerdown', 'keydown', 'wheel', 'touchstart'].forEach(function (type) {
      window.addEventListener(type, function () { lastUse = Date.now(); }, { passive: true });
    });
    var calm = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    // Whether there was anything to page through.
    function turn() {
      var height = document.documentElement.scrollHeight;
      if (height <= window.innerHeight + 2) return false;
      var atEnd = window.scrollY + window.innerHeight >= height - 2;
      window.scrollTo({ top: atEnd ? 0 : window.scrollY + Math.round(window.innerHeight * 0.9), behavior: calm ? 'auto' : 'smooth' });
      return true;
    }
    window.okrPortalScreenTurn = turn;  // for tests
    setInterval(function () { if (Date.now() - lastUse > 60000) turn(); }, 20000);
  }

  function start() {
    scheduleRefresh();
    if (document.body.classList.contains('tv')) setUpScreenPaging();
    document.querySelectorAll('.map-viewport').forEach(setUpMap);
    document.querySelectorAll('.alignment-tree').forEach(setUpTree);
    document.querySelectorAll('form.people-filter').forEach(setUpPeopleFilter);
    document.querySelectorAll('form.employment-switch').forEach(setUpEmploymentSwitch);
    var box = document.querySelector('form[data-search=box]');
    if (box) {
      setUpSearchBox(box);
      var pageForm = document.querySelector('form[data-search=page]');
      if (pageForm) setUpSearchPage(pageForm, box);
      // For measuring and for tests: the same search the box runs.
      window.okrPortalSearch = function (query, limit) { return indexAt(box.getAttribute('data-index')).search(query, limit || 8); };
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})();
