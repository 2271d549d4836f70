/*
 * cxsite search: the search box in the header (results as you type, a combobox) and the search
 * page (search/?q=...). Plain ES2017, no libraries, nothing loaded from other sites.
 *
 * The index is search/<lang>.json, written at build time, one per language; this script loads the
 * one of the page's <html lang> on first focus of the box. Its format is written by
 * src/main/java/io/cxsite/render/SearchIndex.java, SearchWords.java (folding: case and accents, o
 * for ø) and SearchPostings.java (the page lists); the query's Java mirror is the test class
 * src/test/java/io/cxsite/render/SearchQuery.java, and SearchIndexTest checks that both find and rank
 * the same hits. Change this file and those together.
 *
 * Page text reaches the DOM only through textContent: never through innerHTML.
 */
(function () {
  'use strict';

  var VERSION = 1;
  var HEADER_RESULTS = 8;
  var PAGE_RESULTS = 50;

  // ---------- Words: as SearchWords.java ----------

  var LETTERS = [['ø', 'o'], ['æ', 'ae'], ['œ', 'oe'], ['ß', 'ss'], ['ð', 'd'], ['đ', 'd'], ['ł', 'l'],
    ['þ', 'th'], ['ı', 'i'], ['ς', 'σ']];
  var MARKS = /[\u0300-\u036f]/g;
  var foldedLetters = Object.create(null);

  /** Letter by letter: lower case, the LETTERS, then accents dropped (SearchWords.fold). */
  function fold(text) {
    var out = '';
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      if (c < 128) {
        out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : text.charAt(i);
        continue;
      }
      var letter = String.fromCodePoint(text.codePointAt(i));
      i += letter.length - 1;
      var f = foldedLetters[letter];
      if (f === undefined) {
        f = letter.toLowerCase();
        for (var l = 0; l < LETTERS.length; l++) {
          f = f.split(LETTERS[l][0]).join(LETTERS[l][1]);
        }
        f = foldedLetters[letter] = f.normalize('NFD').replace(MARKS, '');
      }
      out += f;
    }
    return out;
  }

  /** A letter or digit of folded text (see SearchWords.isWordChar). */
  function isWordCode(c) {
    if (c < 128) {
      return (c >= 48 && c <= 57) || (c >= 97 && c <= 122);
    }
    var ch = String.fromCharCode(c);
    if (ch.toUpperCase() !== ch) {
      return true;
    }
    return (c >= 0x05d0 && c <= 0x05ea) || (c >= 0x0620 && c <= 0x064a) || (c >= 0x0e01 && c <= 0x0e4e) ||
      (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3041 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) ||
      (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7a3);
  }

  function words(text) {
    var folded = fold(text);
    var out = [];
    var start = -1;
    for (var i = 0; i <= folded.length; i++) {
      var word = i < folded.length && isWordCode(folded.charCodeAt(i));
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        out.push(folded.slice(start, i));
        start = -1;
      }
    }
    return out;
  }

  /** Three rows of the edit-distance table, reused: the typo scan calls distance() thousands of times. */
  var rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

  /** Edit distance with swaps of neighbours, or max + 1 once it must exceed max (SearchQuery.distance, test code). */
  function distance(a, b, max) {
    var la = a.length;
    var lb = b.length;
    if (Math.abs(la - lb) > max) {
      return max + 1;
    }
    if (rows[0].length <= lb) {
      rows = [new Int32Array(lb + 1), new Int32Array(lb + 1), new Int32Array(lb + 1)];
    }
    var before = rows[0];
    var previous = rows[1];
    var current = rows[2];
    for (var j = 0; j <= lb; j++) {
      previous[j] = j;
    }
    for (var i = 1; i <= la; i++) {
      current[0] = i;
      var rowMin = i;
      var ca = a.charCodeAt(i - 1);
      for (j = 1; j <= lb; j++) {
        var cb = b.charCodeAt(j - 1);
        var d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca === cb ? 0 : 1));
        if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
          d = Math.min(d, before[j - 2] + 1);
        }
        current[j] = d;
        if (d < rowMin) {
          rowMin = d;
        }
      }
      if (rowMin > max) {
        return max + 1;
      }
      var recycled = before;
      before = previous;
      previous = current;
      current = recycled;
    }
    return Math.min(previous[lb], max + 1);
  }

  // ---------- Page lists: as SearchPostings.java ----------

  var FINAL = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
  var CONTINUATION = '!#$%&\'()*+./:;<=>?@[]^{|}~';
  var SEPARATOR = 44; // ','
  var DIGITS = new Int16Array(128).fill(-1);
  for (var f = 0; f < FINAL.length; f++) {
    DIGITS[FINAL.charCodeAt(f)] = f;
  }
  for (var k = 0; k < CONTINUATION.length; k++) {
    DIGITS[CONTINUATION.charCodeAt(k)] = 64 + k;
  }

  /**
   * Reads a term's page lists (SearchQuery's decoding, test code) and adds each list's field weight to the
   * score of each of its pages: scores[page] += weights[field], without building the lists. Pages
   * scored for the first time are appended to touched; returns how many there are.
   */
  function addPostings(text, weights, scores, touched, count) {
    var field = 0;
    var weight = weights[0];
    var page = -1;
    var value = 0;
    var scale = 1;
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      if (c === SEPARATOR) {
        weight = weights[++field];
        page = -1;
        continue;
      }
      var digit = DIGITS[c];
      if (digit >= 64) {
        value += (digit - 64) * scale;
        scale *= CONTINUATION.length;
        continue;
      }
      page += value + digit * scale + 1;
      if (scores[page] === 0) {
        touched[count++] = page;
      }
      scores[page] += weight;
      value = 0;
      scale = 1;
    }
    return count;
  }

  // ---------- The index and the query: as SearchIndex.java and SearchQuery.java ----------

  function Index(data) {
    if (data.version !== VERSION) {
      throw new Error('search index version ' + data.version + ', expected ' + VERSION);
    }
    this.lang = data.lang;
    this.weights = data.weights;
    this.exact = data.quality[0];
    this.prefix = data.quality[1];
    this.typo = data.quality[2];
    this.sections = data.sections;
    this.pages = data.pages;
    this.terms = data.terms;
    this.postings = data.postings;
    this.byLength = null;
  }

  /** The first term not less than key (UTF-16 order, as Java's String.compareTo). */
  Index.prototype.lowerBound = function (key) {
    var low = 0;
    var high = this.terms.length;
    while (low < high) {
      var mid = (low + high) >>> 1;
      if (this.terms[mid] < key) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  };

  /** The terms a query word matches: [term number, quality] pairs. */
  Index.prototype.matches = function (word) {
    var found = [];
    var from = this.lowerBound(word);
    var to = this.lowerBound(word + '\uffff');
    for (var t = from; t < to; t++) {
      found.push([t, this.terms[t] === word ? this.exact : this.prefix]);
    }
    var max = word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
    if (max > 0) {
      if (!this.byLength) {
        this.byLength = [];
        for (t = 0; t < this.terms.length; t++) {
          var length = this.terms[t].length;
          (this.byLength[length] || (this.byLength[length] = [])).push(t);
        }
      }
      for (var l = word.length - max; l <= word.length + max; l++) {
        var same = this.byLength[l] || [];
        for (var i = 0; i < same.length; i++) {
          t = same[i];
          if ((t < from || t >= to) && distance(word, this.terms[t], max) <= max) {
            found.push([t, this.typo]);
          }
        }
      }
    }
    return found;
  };

  /**
   * The pages matching all words of the query, best first: {words, terms (a Set of the matched
   * folded terms, for highlighting), total (how many pages match), hits: [{page, score}], the best
   * limit of them (all when limit is left out)}.
   */
  Index.prototype.search = function (query, limit) {
    var all = words(query);
    var unique = [];
    for (var i = 0; i < all.length; i++) {
      if (unique.indexOf(all[i]) < 0) {
        unique.push(all[i]);
      }
    }
    var result = { words: unique, terms: new Set(), total: 0, hits: [] };
    if (!unique.length) {
      return result;
    }
    var n = this.pages.length;
    if (!this.scratch) {
      // Per page: the query's total, the current word's best, the current term's; and a page list.
      this.scratch = { total: new Int32Array(n), word: new Int32Array(n), term: new Int32Array(n),
        touched: new Int32Array(n), alive: new Int32Array(n) };
    }
    var total = this.scratch.total;
    var scores = this.scratch.word;
    var termScores = this.scratch.term;
    var touched = this.scratch.touched;
    var candidates = null;
    var alive = 0;
    for (var w = 0; w < unique.length; w++) {
      var matches = this.matches(unique[w]);
      var wordPages = [];
      for (var m = 0; m < matches.length; m++) {
        var quality = matches[m][1];
        result.terms.add(this.terms[matches[m][0]]);
        var count = addPostings(this.postings[matches[m][0]], this.weights, termScores, touched, 0);
        for (var p = 0; p < count; p++) {
          var page = touched[p];
          var s = termScores[page] * quality;
          termScores[page] = 0;
          if (scores[page] === 0) {
            wordPages.push(page);
          }
          if (s > scores[page]) {
            scores[page] = s;
          }
        }
      }
      if (candidates === null) {
        candidates = this.scratch.alive;
        for (i = 0; i < wordPages.length; i++) {
          candidates[alive++] = wordPages[i];
          total[wordPages[i]] = scores[wordPages[i]];
        }
      } else {
        var kept = 0;
        for (i = 0; i < alive; i++) {
          page = candidates[i];
          if (scores[page] > 0) {
            total[page] += scores[page];
            candidates[kept++] = page;
          } else {
            total[page] = 0;
          }
        }
        alive = kept;
      }
      for (i = 0; i < wordPages.length; i++) {
        scores[wordPages[i]] = 0;
      }
      if (!alive) {
        return result;
      }
    }
    result.total = alive;
    result.hits = limit > 0 && limit < alive ? bestHits(candidates, alive, total, limit) : sortedHits(candidates, alive, total);
    return result;
  };

  /** Every hit, sorted: higher score first, then lower page number (as SearchQuery.query, test code). */
  function sortedHits(candidates, count, total) {
    var hits = new Array(count);
    for (var i = 0; i < count; i++) {
      hits[i] = { page: candidates[i], score: total[candidates[i]] };
      total[candidates[i]] = 0;
    }
    return hits.sort(function (a, b) {
      return b.score - a.score || a.page - b.page;
    });
  }

  /** The first limit hits of the same order, without sorting them all: typing shows only a few. */
  function bestHits(candidates, count, total, limit) {
    var top = [];
    for (var i = 0; i < count; i++) {
      var page = candidates[i];
      var score = total[page];
      total[page] = 0;
      if (top.length === limit) {
        var last = top[limit - 1];
        if (score < last.score || (score === last.score && page > last.page)) {
          continue;
        }
        top.pop();
      }
      var at = top.length;
      while (at > 0 && (top[at - 1].score < score || (top[at - 1].score === score && top[at - 1].page > page))) {
        at--;
      }
      top.splice(at, 0, { page: page, score: score });
    }
    return top;
  }

  /**
   * Runs one throwaway query on the term with the longest page lists, so that the browser has
   * compiled the query code before the reader's first keystroke (the very first run is slow).
   */
  Index.prototype.warmUp = function () {
    var longest = 0;
    for (var t = 1; t < this.postings.length; t++) {
      if (this.postings[t].length > this.postings[longest].length) {
        longest = t;
      }
    }
    if (this.terms.length) {
      var started = performance.now();
      this.search(this.terms[longest], HEADER_RESULTS);
      this.timing.warmUp = performance.now() - started;
    }
  };

  // ---------- Loading ----------

  var loads = {};

  /** The index at url, fetched and parsed once per page view; timings in index.timing (ms). */
  function load(url) {
    if (!loads[url]) {
      var started = performance.now();
      loads[url] = fetch(url, { credentials: 'same-origin' }).then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status + ' for ' + url);
        }
        return response.text();
      }).then(function (text) {
        var fetched = performance.now();
        var index = new Index(JSON.parse(text));
        index.timing = { fetch: fetched - started, parse: performance.now() - fetched, total: performance.now() - started };
        return index;
      });
      loads[url].catch(function () {
        delete loads[url];
      });
    }
    return loads[url];
  }

  function language(tag) {
    var primary = (tag || '').toLowerCase().split(/[-_]/)[0];
    return /^[a-z]{2,8}$/.test(primary) ? primary : '';
  }

  /** The index of the page's language, else of the site's. */
  function loadFor(form) {
    var folder = form.getAttribute('data-search-index') || '/search/';
    var site = language(form.getAttribute('data-search-lang')) || 'en';
    var lang = language(document.documentElement.lang) || site;
    var loaded = load(folder + lang + '.json');
    return lang === site ? loaded : loaded.catch(function () {
      return load(folder + site + '.json');
    });
  }

  // ---------- Showing results ----------

  var DEFAULT_TEXTS = {
    label: 'Search',
    results: '{n} results',
    one: '1 result',
    none: 'No results for “{q}”',
    loading: 'Loading search…',
    error: 'Search is not available right now.',
    all: 'All {n} results',
    more: 'Show more results'
  };

  function texts(form) {
    var out = {};
    Object.keys(DEFAULT_TEXTS).forEach(function (key) {
      out[key] = (form && form.getAttribute('data-text-' + key)) || DEFAULT_TEXTS[key];
    });
    return out;
  }

  function countText(t, count, query) {
    if (count === 0) {
      return t.none.replace('{q}', query.trim());
    }
    return count === 1 ? t.one : t.results.replace('{n}', String(count));
  }

  function isWordAt(text, i) {
    var c = text.charCodeAt(i);
    if (c < 128) {
      return isWordCode(c + (c >= 65 && c <= 90 ? 32 : 0));
    }
    var folded = fold(text.charAt(i));
    return folded.length > 0 && isWordCode(folded.charCodeAt(0));
  }

  /** Appends text to parent with every word the query matched inside a <mark>. */
  function highlight(parent, text, result) {
    var plain = '';
    var i = 0;
    function flush() {
      if (plain) {
        parent.appendChild(document.createTextNode(plain));
        plain = '';
      }
    }
    while (i < text.length) {
      if (!isWordAt(text, i)) {
        plain += text.charAt(i++);
        continue;
      }
      var j = i + 1;
      while (j < text.length && isWordAt(text, j)) {
        j++;
      }
      var word = text.slice(i, j);
      var folded = fold(word);
      var hit = result.terms.has(folded) || result.words.some(function (w) {
        return folded.lastIndexOf(w, 0) === 0;
      });
      if (hit) {
        flush();
        var mark = document.createElement('mark');
        mark.textContent = word;
        parent.appendChild(mark);
      } else {
        plain += word;
      }
      i = j;
    }
    flush();
  }

  /** The link of one hit: title, section and snippet, matched words marked. */
  function hitLink(index, hit, result) {
    var page = index.pages[hit.page];
    var link = document.createElement('a');
    link.className = 'search-hit';
    link.href = page[1];
    var title = document.createElement('span');
    title.className = 'search-hit__title';
    highlight(title, page[0], result);
    link.appendChild(title);
    var section = index.sections[page[2]];
    if (section) {
      var label = document.createElement('span');
      label.className = 'search-hit__section';
      label.textContent = section;
      link.appendChild(label);
    }
    if (page[3]) {
      var snippet = document.createElement('span');
      snippet.className = 'search-hit__text';
      highlight(snippet, page[3], result);
      link.appendChild(snippet);
    }
    return link;
  }

  function announce(input, query, count, started) {
    input.dispatchEvent(new CustomEvent('cxsite:results', {
      bubbles: true,
      detail: { query: query, count: count, ms: performance.now() - started }
    }));
  }

  /** Runs fn once per task however many input events arrive meanwhile: results as you type, without a backlog. */
  function coalesce(fn) {
    var pending = false;
    return function () {
      if (!pending) {
        pending = true;
        setTimeout(function () {
          pending = false;
          fn();
        }, 0);
      }
    };
  }

  // ---------- The header box: an ARIA 1.2 combobox with a listbox popup ----------

  function HeaderBox(form) {
    this.form = form;
    this.input = form.querySelector('input[name="q"]');
    this.texts = texts(form);
    this.active = -1;
    this.index = null;
    this.result = null;
    var id = this.input.id || 'site-search-input';
    this.input.id = id;
    this.list = document.createElement('ul');
    this.list.id = id + '-results';
    this.list.className = 'site-search__results';
    this.list.setAttribute('role', 'listbox');
    this.list.setAttribute('aria-label', this.texts.label);
    this.list.hidden = true;
    this.status = document.createElement('p');
    this.status.className = 'visually-hidden';
    this.status.setAttribute('role', 'status');
    form.appendChild(this.list);
    form.appendChild(this.status);
    this.input.setAttribute('role', 'combobox');
    this.input.setAttribute('aria-autocomplete', 'list');
    this.input.setAttribute('aria-expanded', 'false');
    this.input.setAttribute('aria-controls', this.list.id);
    var box = this;
    var run = coalesce(function () {
      box.run();
    });
    this.input.addEventListener('focus', function () {
      box.load();
    });
    this.input.addEventListener('input', run);
    this.input.addEventListener('keydown', function (event) {
      box.key(event);
    });
    this.input.addEventListener('blur', function () {
      box.close();
    });
    // A click in the list must not blur the input before the link is followed.
    this.list.addEventListener('mousedown', function (event) {
      event.preventDefault();
    });
  }

  HeaderBox.prototype.load = function () {
    var box = this;
    if (!this.loading) {
      this.loading = loadFor(this.form).then(function (index) {
        box.index = index;
        box.input.dispatchEvent(new CustomEvent('cxsite:index', { bubbles: true, detail: index.timing }));
        if (box.input.value.trim() && document.activeElement === box.input) {
          box.run();
        } else {
          setTimeout(function () {
            index.warmUp();
          }, 0);
        }
        return index;
      }, function (error) {
        box.loading = null;
        box.status.textContent = box.texts.error;
        throw error;
      });
    }
    return this.loading;
  };

  HeaderBox.prototype.run = function () {
    var started = performance.now();
    var query = this.input.value;
    if (!this.index) {
      if (query.trim()) {
        this.status.textContent = this.texts.loading;
      }
      this.load().catch(function () {});
      return;
    }
    var result = this.index.search(query, HEADER_RESULTS);
    this.result = result;
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
    this.list.textContent = '';
    if (!result.words.length) {
      this.close();
      this.status.textContent = '';
      announce(this.input, query, 0, started);
      return;
    }
    var shown = result.hits;
    for (var i = 0; i < shown.length; i++) {
      this.list.appendChild(this.option(hitLink(this.index, shown[i], result), i));
    }
    if (result.total > shown.length) {
      var everything = document.createElement('a');
      everything.className = 'search-hit search-hit--all';
      everything.href = this.form.action.split('?')[0] + '?q=' + encodeURIComponent(query.trim());
      everything.textContent = this.texts.all.replace('{n}', String(result.total));
      this.list.appendChild(this.option(everything, shown.length));
    }
    if (!shown.length) {
      var none = document.createElement('li');
      none.className = 'site-search__empty';
      none.setAttribute('role', 'option');
      none.setAttribute('aria-disabled', 'true');
      none.textContent = countText(this.texts, 0, query);
      this.list.appendChild(none);
    }
    this.open();
    this.status.textContent = countText(this.texts, result.total, query);
    announce(this.input, query, result.total, started);
  };

  // The link itself is the option: an option holding a link would nest one control in another.
  HeaderBox.prototype.option = function (link, i) {
    var item = document.createElement('li');
    item.setAttribute('role', 'presentation');
    link.id = this.list.id + '-' + i;
    link.setAttribute('role', 'option');
    link.setAttribute('aria-selected', 'false');
    link.tabIndex = -1;
    item.appendChild(link);
    return item;
  };

  HeaderBox.prototype.options = function () {
    return this.list.querySelectorAll('[role="option"]:not([aria-disabled])');
  };

  HeaderBox.prototype.open = function () {
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  };

  HeaderBox.prototype.close = function () {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.select(-1);
  };

  HeaderBox.prototype.select = function (i) {
    var options = this.options();
    if (this.active >= 0 && options[this.active]) {
      options[this.active].setAttribute('aria-selected', 'false');
    }
    this.active = i;
    if (i >= 0 && options[i]) {
      options[i].setAttribute('aria-selected', 'true');
      this.input.setAttribute('aria-activedescendant', options[i].id);
      options[i].scrollIntoView({ block: 'nearest' });
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  };

  HeaderBox.prototype.key = function (event) {
    var count = this.options().length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        if (!count) {
          return;
        }
        event.preventDefault();
        if (this.list.hidden) {
          this.open();
        }
        var step = event.key === 'ArrowDown' ? 1 : -1;
        this.select(this.active < 0 ? (step > 0 ? 0 : count - 1) : (this.active + step + count) % count);
        break;
      case 'Enter':
        if (!this.list.hidden && this.active >= 0) {
          event.preventDefault();
          window.location.assign(this.options()[this.active].href);
        }
        break;
      case 'Escape':
        if (!this.list.hidden) {
          event.preventDefault();
          this.close();
        } else if (this.input.value) {
          event.preventDefault();
          this.input.value = '';
          this.status.textContent = '';
        }
        break;
      default:
    }
  };

  // ---------- The search page: a form and a list of result links ----------

  function SearchPage(root, form) {
    this.form = root.querySelector('form');
    this.input = this.form.querySelector('input[name="q"]');
    this.status = root.querySelector('[role="status"]');
    this.list = root.querySelector('.search-results');
    this.more = root.querySelector('.search-more');
    this.texts = texts(form);
    this.limit = PAGE_RESULTS;
    this.index = null;
    var page = this;
    var run = coalesce(function () {
      page.limit = PAGE_RESULTS;
      page.run();
    });
    this.input.value = new URLSearchParams(window.location.search).get('q') || '';
    this.input.addEventListener('input', run);
    this.form.addEventListener('submit', function (event) {
      event.preventDefault();
      page.run();
    });
    this.input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown') {
        var first = page.list.querySelector('a');
        if (first) {
          event.preventDefault();
          first.focus();
        }
      }
    });
    this.list.addEventListener('keydown', function (event) {
      page.key(event);
    });
    if (this.more) {
      this.more.addEventListener('click', function () {
        var next = page.limit;
        page.limit += PAGE_RESULTS;
        page.run();
        var link = page.list.querySelectorAll('a')[next];
        if (link) {
          link.focus();
        }
      });
    }
    if (this.input.value.trim()) {
      this.status.textContent = this.texts.loading;
    }
    loadFor(form || this.form).then(function (index) {
      page.index = index;
      page.input.dispatchEvent(new CustomEvent('cxsite:index', { bubbles: true, detail: index.timing }));
      page.run();
    }, function () {
      page.status.textContent = page.texts.error;
    });
  }

  SearchPage.prototype.run = function () {
    if (!this.index) {
      return;
    }
    var started = performance.now();
    var query = this.input.value;
    var url = window.location.pathname + (query.trim() ? '?q=' + encodeURIComponent(query.trim()) : '');
    window.history.replaceState(null, '', url);
    var result = this.index.search(query, this.limit);
    this.list.textContent = '';
    var shown = result.hits;
    for (var i = 0; i < shown.length; i++) {
      var item = document.createElement('li');
      item.appendChild(hitLink(this.index, shown[i], result));
      this.list.appendChild(item);
    }
    if (this.more) {
      this.more.hidden = result.total <= shown.length;
    }
    this.status.textContent = result.words.length ? countText(this.texts, result.total, query) : '';
    announce(this.input, query, result.total, started);
  };

  /** Up and down move between results, Escape goes back to the box. */
  SearchPage.prototype.key = function (event) {
    var links = Array.prototype.slice.call(this.list.querySelectorAll('a'));
    var at = links.indexOf(document.activeElement);
    if (event.key === 'ArrowDown' && at >= 0 && at < links.length - 1) {
      event.preventDefault();
      links[at + 1].focus();
    } else if (event.key === 'ArrowUp' && at >= 0) {
      event.preventDefault();
      (at === 0 ? this.input : links[at - 1]).focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.input.focus();
    }
  };

  // ---------- Start ----------

  window.cxsiteSearch = { fold: fold, words: words, distance: distance, Index: Index, load: load };

  function start() {
    var header = document.querySelector('form.site-search');
    if (header) {
      new HeaderBox(header);
    }
    var page = document.querySelector('.search-page');
    if (page) {
      new SearchPage(page, header);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
