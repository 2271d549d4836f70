/*
 * Search benchmark, run inside a built page by bench/search-bench.sh (search-serve.py adds this
 * script to the page). It drives the real header box: focus (which loads the index), then for
 * each query types everything but the last character, waits for those results, and times the
 * last keystroke until its results are in the DOM ("dom") and until the next frame ("frame").
 * The measurements go back to the server as JSON.
 *
 * It also types a first search a letter at a time and reports which files that fetched (the
 * first search's payload, script included).
 *
 * URL parameters: runs (per query, default 20).
 */
(function () {
  'use strict';

  var QUERIES = {
    exact: ['customer', 'refund', 'dashboard', 'escalation'],
    prefix: ['cust', 'refu', 'dashb', 'escal'],
    typo: ['custmer', 'refnud', 'dashbord', 'escalaton'],
    multi: ['customer feedback', 'refund policy review', 'churn risk signal', 'first response time'],
    letter: ['c', 's']
  };

  var FIRST_SEARCH = 'refund policy review';

  var params = new URLSearchParams(window.location.search);
  var runs = Number(params.get('runs')) || 20;

  function once(name, test) {
    return new Promise(function (resolve) {
      function handler(event) {
        if (!test || test(event)) {
          input.removeEventListener(name, handler);
          resolve(event);
        }
      }
      input.addEventListener(name, handler);
    });
  }

  function results(query) {
    return once('cxsite:results', function (event) {
      return event.detail.query === query;
    });
  }

  function frame() {
    return new Promise(function (resolve) {
      requestAnimationFrame(function () {
        resolve();
      });
      setTimeout(resolve, 100);
    });
  }

  function type(value) {
    var done = results(value);
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
    return done;
  }

  function stats(values) {
    var sorted = values.slice().sort(function (a, b) {
      return a - b;
    });
    function at(q) {
      return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
    }
    return { n: sorted.length, median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
  }

  var input;

  async function run() {
    input = document.getElementById('site-search-input');
    var out = { userAgent: navigator.userAgent, runs: runs, kinds: {}, queries: [], loads: [] };
    document.title = 'bench: loading';
    var ready = once('cxsite:index');
    var started = performance.now();
    input.focus();
    // A headless window may not have the system focus, and then focus() fires no event.
    if (document.activeElement !== input || !document.hasFocus()) {
      input.dispatchEvent(new FocusEvent('focus'));
    }
    var timing = (await ready).detail;
    var done;
    var folder = document.querySelector('form.site-search').getAttribute('data-search-index') +
      (document.documentElement.lang || 'en').split('-')[0] + '/';
    var index = await window.cxsiteSearch.load(folder);
    out.pages = index.count;
    out.shards = index.shardNames.size;
    out.firstLoad = { untilReady: performance.now() - started, manifest: timing.total };

    // The first search of a page view, typed a letter at a time as a reader would: cold code and
    // every shard fetched on the way. Its files (the script included) are the first search's payload.
    await type('');
    var t0 = performance.now();
    var first = FIRST_SEARCH;
    for (var c = 1; c <= first.length; c++) {
      await type(first.slice(0, c));
    }
    out.firstQuery = performance.now() - t0;
    out.firstQueryText = first;
    out.firstFiles = performance.getEntriesByType('resource').map(function (entry) {
      return new URL(entry.name).pathname;
    }).filter(function (path) {
      return path.indexOf('/__bench__/') < 0;
    });
    // Then one untimed round of every query, so that the timed runs see a warmed-up page.
    for (var warm in QUERIES) {
      for (var w = 0; w < QUERIES[warm].length; w++) {
        await type(QUERIES[warm][w]);
      }
    }

    document.title = 'bench: queries';
    for (var kind in QUERIES) {
      var dom = [];
      var painted = [];
      for (var q = 0; q < QUERIES[kind].length; q++) {
        var query = QUERIES[kind][q];
        var count = 0;
        for (var r = 0; r < runs; r++) {
          await type('');
          await type(query.slice(0, -1));
          done = results(query);
          t0 = performance.now();
          input.dispatchEvent(new KeyboardEvent('keydown', { key: query.slice(-1), bubbles: true }));
          input.value = query;
          input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: query.slice(-1) }));
          count = (await done).detail.count;
          dom.push(performance.now() - t0);
          await frame();
          painted.push(performance.now() - t0);
        }
        var result = index.search(query, 20, '');
        out.queries.push({
          kind: kind,
          query: query,
          count: count,
          total: result.total,
          shown: document.querySelectorAll('#site-search-input-results [role="option"]').length,
          top: result.hits.slice(0, 20).map(function (hit) { return [hit.page, hit.matched, hit.score]; })
        });
      }
      out.kinds[kind] = { dom: stats(dom), frame: stats(painted) };
    }
    await fetch('/__bench__/results', { method: 'POST', body: JSON.stringify(out) });
    document.title = 'search bench done';
  }

  // After the page's deferred scripts, js/search.js among them.
  window.addEventListener('load', function () {
    run().catch(function (error) {
      fetch('/__bench__/results', { method: 'POST', body: JSON.stringify({ error: String(error && error.stack || error) }) });
    });
  });
})();
