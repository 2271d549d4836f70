/*
 * Search benchmark, run inside a built page by bench/search-bench.sh (search-serve.py adds this
 * script to the page). It drives the real header box: focus (which loads the index), then for
 * each query types everything but the last character, waits for those results, and times the
 * last keystroke until its results are in the DOM ("dom") and until the next frame ("frame").
 * The measurements go back to the server as JSON.
 *
 * URL parameters: runs (per query, default 20), loads (extra cold index loads, default 5).
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

  var params = new URLSearchParams(window.location.search);
  var runs = Number(params.get('runs')) || 20;
  var loads = Number(params.get('loads')) || 5;

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
    var index = await window.cxsiteSearch.load(
      document.querySelector('form.site-search').getAttribute('data-search-index') +
      (document.documentElement.lang || 'en').split('-')[0] + '.json');
    out.pages = index.pages.length;
    out.terms = index.terms.length;
    out.firstLoad = { untilReady: performance.now() - started, fetch: timing.fetch, parse: timing.parse };

    // The first query of a page view runs on cold (not yet optimised) code: timed once, on its own.
    await type('');
    var done = results('refund');
    var t0 = performance.now();
    input.value = 'refund';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
    await done;
    out.firstQuery = performance.now() - t0;
    out.warmUp = index.timing.warmUp;
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
        var result = index.search(query, 20);
        out.queries.push({
          kind: kind,
          query: query,
          count: count,
          total: result.total,
          shown: document.querySelectorAll('#site-search-input-results [role="option"]').length,
          top: result.hits.slice(0, 20).map(function (hit) { return [hit.page, hit.score]; })
        });
      }
      out.kinds[kind] = { dom: stats(dom), frame: stats(painted) };
    }
    // Cold loads last: parsing several copies of the index leaves garbage that would slow the queries.
    document.title = 'bench: loads';
    var folder = document.querySelector('form.site-search').getAttribute('data-search-index');
    var url = folder + (document.documentElement.lang || 'en').split('-')[0] + '.json';
    for (var i = 0; i < loads; i++) {
      var fresh = await window.cxsiteSearch.load(url + '?cold=' + i);
      out.loads.push(fresh.timing);
    }
    out.load = {
      fetch: stats(out.loads.map(function (t) { return t.fetch; })),
      parse: stats(out.loads.map(function (t) { return t.parse; })),
      total: stats(out.loads.map(function (t) { return t.total; }))
    };

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
