/*
 * cxsite search: the search box in the header (results as you type, a combobox) and the search
 * page (search/?q=...). Plain ES2017, no libraries, nothing loaded from other sites.
 *
 * The index is search/<lang>/, written at build time, one per language: a manifest (index.json)
 * loaded on first focus of the box, term shards (t/) loaded as a query needs them, typo key
 * shards (k/) only for a word that matched nothing in its own term shard, and page shards (p/)
 * for the hits shown. Its format is written by src/main/java/io/cxsite/render/
 * SearchIndexFiles.java, SearchTypoKeys.java (typo keys), SearchIndex.java (ranking),
 * SearchWords.java (folding: case and accents, o for ø), SearchLanguage.java (stop words and
 * stems, shipped as rules in the manifest) and SearchPostings.java (the page lists); the query's
 * Java mirror is the test class
 * src/test/java/io/cxsite/render/SearchQuery.java, and SearchIndexTest and SearchLanguageTest check
 * that both find and rank the same hits. Change this file and those together.
 *
 * Page text reaches the DOM only through textContent: never through innerHTML.
 */
(function () {
  'use strict';

  var VERSION = 2;
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

  // ---------- Stems and stop words: the engine of SearchLanguage.java, its rules from the manifest ----------

  var VOWELS = 'aeiouy';
  var MIN_STEM = 3;

  function keeps(stem) {
    if (stem.length < MIN_STEM) {
      return false;
    }
    for (var i = 0; i < stem.length; i++) {
      if (VOWELS.indexOf(stem.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  function Language(rules) {
    this.stop = new Set(rules.stop);
    this.steps = rules.steps;
    this.compounds = rules.compounds;
  }

  /** A stop word, or one letter (SearchLanguage.isStop). */
  Language.prototype.isStop = function (word) {
    return (word.length < 2 && !(word >= '0' && word <= '9')) || this.stop.has(word);
  };

  /** In each step the longest suffix whose removal keeps a stem (SearchLanguage.stem). */
  Language.prototype.stem = function (word) {
    var stem = word;
    for (var s = 0; s < this.steps.length; s++) {
      var rules = this.steps[s];
      var best = null;
      for (var r = 0; r < rules.length; r++) {
        var suffix = rules[r][0];
        var cut = stem.length - suffix.length;
        if (cut >= 0 && stem.slice(cut) === suffix && (best === null || suffix.length > best[0].length) &&
            keeps(stem.slice(0, cut) + rules[r][1])) {
          best = rules[r];
        }
      }
      if (best) {
        stem = stem.slice(0, stem.length - best[0].length) + best[1];
      }
    }
    return stem;
  };

  // ---------- Page lists: as SearchPostings.java ----------

  var FINAL = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
  var CONTINUATION = '!#$%&\'()*+./:;<=>?@[]^{|}~';
  var SEPARATOR = 44; // ','
  var MAX_COUNT = 4;
  var DIGITS = new Int16Array(128).fill(-1);
  for (var f = 0; f < FINAL.length; f++) {
    DIGITS[FINAL.charCodeAt(f)] = f;
  }
  for (var k = 0; k < CONTINUATION.length; k++) {
    DIGITS[CONTINUATION.charCodeAt(k)] = 64 + k;
  }

  /**
   * Reads a term's page lists and adds each field's BM25 part to acc[page]: weight * count *
   * (k1 + 1) / (count + norm), where norm is the page's length norm for the body and k1 for the
   * short fields (SearchIndex). Pages seen for the first time go into touched; returns how many.
   */
  function addPostings(text, index, acc, touched) {
    var count = 0;
    var field = 0;
    var weight = index.weights[0];
    var k1 = index.k1;
    var body = index.weights.length - 1;
    var page = -1;
    var value = 0;
    var scale = 1;
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      if (c === SEPARATOR) {
        weight = index.weights[++field];
        page = -1;
        continue;
      }
      var digit = DIGITS[c];
      if (digit >= 64) {
        value += (digit - 64) * scale;
        scale *= CONTINUATION.length;
        continue;
      }
      var number = value + digit * scale;
      page += Math.floor(number / MAX_COUNT) + 1;
      if (acc[page] === 0) {
        touched[count++] = page;
      }
      var tf = number % MAX_COUNT + 1;
      var norm = field === body ? index.norms[DIGITS[index.docs.charCodeAt(page)] >> 1] : k1;
      acc[page] += weight * tf * (k1 + 1) / (tf + norm);
      value = 0;
      scale = 1;
    }
    return count;
  }

  // ---------- The index: as SearchIndexFiles.java ----------

  /** The shard of a term: its first two characters (SearchIndexFiles.shardKey and shardName). */
  function shardName(term) {
    var name = '';
    for (var i = 0; i < Math.min(2, term.length); i++) {
      var c = term.charCodeAt(i);
      name += (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? term.charAt(i) : '_' + ('000' + c.toString(16)).slice(-4);
    }
    return name;
  }

  function Index(manifest, folder) {
    if (manifest.version !== VERSION) {
      throw new Error('search index version ' + manifest.version + ', expected ' + VERSION);
    }
    this.folder = folder;
    this.lang = manifest.lang;
    this.weights = manifest.weights;
    this.quality = manifest.quality;
    this.k1 = manifest.k1;
    this.norms = manifest.norms;
    this.language = new Language(manifest.rules);
    this.synonyms = manifest.synonyms;
    this.sections = manifest.sections;
    this.docs = manifest.docs;
    this.count = manifest.pages;
    this.pageShard = manifest.pageShard;
    this.shardNames = new Set(manifest.shards);
    this.shards = Object.create(null);
    this.keyShardNames = new Set(manifest.keyShards || []);
    this.keyShards = Object.create(null);
    this.pageShards = Object.create(null);
    this.missing = null;
    this.analysed = null;
    this.scratch = null;
  }

  /** The loaded shard that would hold term, or null (none such, or not loaded yet: then noted in missing). */
  Index.prototype.shard = function (term) {
    var name = shardName(term);
    if (!this.shardNames.has(name)) {
      return null;
    }
    var shard = this.shards[name];
    if (!shard && this.missing) {
      this.missing.add('t/' + name);
    }
    return shard || null;
  };

  /** Whether the shard that would hold term is there but not loaded yet. */
  Index.prototype.unloaded = function (term) {
    var name = shardName(term);
    return this.shardNames.has(name) && !this.shards[name];
  };

  /** The terms stored under a typo key (SearchTypoKeys), [] when none or its key shard is not loaded yet (noted). */
  Index.prototype.typoKey = function (key) {
    var name = shardName(key);
    if (!this.keyShardNames.has(name)) {
      return [];
    }
    var shard = this.keyShards[name];
    if (!shard) {
      if (this.missing) {
        this.missing.add('k/' + name);
      }
      return [];
    }
    var at = lowerBound(shard.keys, key);
    return at < shard.keys.length && shard.keys[at] === key ? shard.terms[at].split(' ') : [];
  };

  /** What a word looks up in the typo keys: itself, without its first letter, without its second (SearchTypoKeys.probes). */
  function typoProbes(word) {
    return word.length < 3 ? [word] : [word, word.slice(1), word.charAt(0) + word.slice(2)];
  }

  /**
   * The terms a slip in the first two letters of stem may have come from, sorted: those under
   * its probes in the typo keys, and its probes without a letter when they are terms.
   */
  Index.prototype.typoCandidates = function (stem) {
    var found = new Set();
    var probes = typoProbes(stem);
    for (var i = 0; i < probes.length; i++) {
      this.typoKey(probes[i]).forEach(function (term) {
        found.add(term);
      });
      if (i > 0 && this.has(probes[i])) {
        found.add(probes[i]);
      }
    }
    found.delete(stem);
    return Array.from(found).sort();
  };

  /** The first term of the shard not less than key (UTF-16 order, as Java's String.compareTo). */
  function lowerBound(terms, key) {
    var low = 0;
    var high = terms.length;
    while (low < high) {
      var mid = (low + high) >>> 1;
      if (terms[mid] < key) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  Index.prototype.has = function (term) {
    var shard = this.shard(term);
    if (!shard) {
      return false;
    }
    var at = lowerBound(shard.terms, term);
    return at < shard.terms.length && shard.terms[at] === term;
  };

  Index.prototype.postings = function (term) {
    var shard = this.shard(term);
    return shard ? shard.postings[lowerBound(shard.terms, term)] : '';
  };

  // ---------- The query: as SearchQuery.java (test code) ----------

  var EXACT = 0;
  var PREFIX = 1;
  var TYPO = 2;
  var PREFIX_LIMIT = 30;

  /** True when the query ends in a letter or digit: its last word is still being typed. */
  function endsInWord(query) {
    var folded = fold(query);
    return folded.length > 0 && isWordCode(folded.charCodeAt(folded.length - 1));
  }

  /**
   * The query as groups of alternative terms: one group per word that is not a stop word (every
   * word when all are), a group per part of a split compound, and a group for two neighbouring
   * words that are one term when joined ("e faktura"). A group's alternatives: [term, kind].
   */
  Index.prototype.analyse = function (query) {
    var all = words(query);
    var language = this.language;
    var typing = endsInWord(query);
    var stopOnly = all.every(function (w) {
      return language.isStop(w);
    });
    var groups = [];
    var seen = new Set();
    for (var i = 0; i < all.length; i++) {
      var word = all[i];
      if (seen.has(word) || (!stopOnly && language.isStop(word))) {
        continue;
      }
      seen.add(word);
      this.wordGroups(word, typing && i === all.length - 1, groups);
    }
    for (i = 0; i + 1 < all.length; i++) {
      var joined = language.stem(all[i] + all[i + 1]);
      if (!seen.has(joined) && this.has(joined)) {
        seen.add(joined);
        groups.push({ word: all[i] + all[i + 1], alts: [[joined, EXACT]] });
      }
    }
    return groups;
  };

  Index.prototype.wordGroups = function (word, typed, groups) {
    var stem = this.language.stem(word);
    var alts = [];
    var have = new Set();
    function add(term, kind) {
      if (!have.has(term)) {
        have.add(term);
        alts.push([term, kind]);
      }
    }
    if (this.has(stem)) {
      add(stem, EXACT);
    }
    for (var s = 0; s < this.synonyms.length; s++) {
      if (this.synonyms[s].indexOf(stem) >= 0) {
        for (var t = 0; t < this.synonyms[s].length; t++) {
          if (this.has(this.synonyms[s][t])) {
            add(this.synonyms[s][t], EXACT);
          }
        }
      }
    }
    if (typed && word.length >= 2) {
      var shard = this.shard(word);
      if (shard) {
        var end = Math.min(lowerBound(shard.terms, word + '\uffff'), lowerBound(shard.terms, word) + PREFIX_LIMIT);
        for (var p = lowerBound(shard.terms, word); p < end; p++) {
          add(shard.terms[p], PREFIX);
        }
      }
    }
    if (!alts.length && this.language.compounds) {
      var parts = this.split(word);
      if (parts) {
        groups.push({ word: word, alts: [[parts[0], EXACT]] }, { word: word, alts: [[parts[1], EXACT]] });
        return;
      }
    }
    if (!alts.length) {
      this.near(stem, stem.length >= 8 ? 2 : stem.length >= 4 ? 1 : 0, false).forEach(function (term) {
        add(term, TYPO);
      });
    }
    groups.push({ word: word, alts: alts });
  };

  /**
   * The terms within max edits of stem that share its shard, in shard order; when there are none,
   * those its typo keys find in other shards, in term order (forms: only those with a form).
   */
  Index.prototype.near = function (stem, max, forms) {
    var found = [];
    var shard = max > 0 ? this.shard(stem) : null;
    if (max <= 0 || this.unloaded(stem)) {
      return found;
    }
    for (var t = 0; shard && t < shard.terms.length; t++) {
      var term = shard.terms[t];
      if (term !== stem && (!forms || shard.forms[t]) && distance(stem, term, max) <= max) {
        found.push(term);
      }
    }
    if (!found.length) {
      var candidates = this.typoCandidates(stem);
      for (t = 0; t < candidates.length; t++) {
        var other = this.shard(candidates[t]);
        if (other && (!forms || other.forms[lowerBound(other.terms, candidates[t])])
            && distance(stem, candidates[t], max) <= max) {
          found.push(candidates[t]);
        }
      }
    }
    return found;
  };

  /**
   * A compound as two terms of the index: "elrakningen" as el + rakning, "fakturafragor" as
   * faktur + frag, "betalningsproblem" as betalning + problem (a linking s). Of the splits whose
   * parts are both terms and neither a stop word, the one with the longest shorter part; the
   * first of equals.
   */
  Index.prototype.split = function (word) {
    var best = null;
    var bestSize = 0;
    for (var i = 2; i + 3 <= word.length; i++) {
      var right = this.language.stem(word.slice(i));
      if (this.language.isStop(right) || !this.has(right)) {
        continue;
      }
      var left = this.leftPart(word.slice(0, i));
      var size = Math.min(i, word.length - i);
      if (left !== null && size > bestSize) {
        best = [left, right];
        bestSize = size;
      }
    }
    return best;
  };

  /** The first part of a compound as a term: as written, its stem, or without a linking s; never a stop word. */
  Index.prototype.leftPart = function (left) {
    var tries = [left, this.language.stem(left)];
    if (left.length >= 4 && left.charAt(left.length - 1) === 's') {
      tries.push(left.slice(0, -1), this.language.stem(left.slice(0, -1)));
    }
    for (var i = 0; i < tries.length; i++) {
      if (!this.language.isStop(tries[i]) && this.has(tries[i])) {
        return tries[i];
      }
    }
    return null;
  };

  /**
   * Runs fn, loads the term and typo key shards it looked for, and runs it again until it needs
   * none more; resolves to its last value, then exact.
   */
  Index.prototype.loading = function (fn) {
    var index = this;
    this.missing = new Set();
    var value = fn();
    var missing = this.missing;
    this.missing = null;
    if (!missing.size) {
      return Promise.resolve(value);
    }
    return Promise.all(Array.from(missing).map(function (path) {
      return fetchJson(index.folder + path + '.json').then(function (shard) {
        (path.charAt(0) === 'k' ? index.keyShards : index.shards)[path.slice(2)] = shard;
      });
    })).then(function () {
      return index.loading(fn);
    });
  };

  /** Loads the shards the query needs, then resolves: search() and analyse() are then exact. */
  Index.prototype.ready = function (query) {
    var index = this;
    return this.loading(function () {
      return index.analyse(query);
    }).then(function (groups) {
      // search() reuses this analysis: every shard it looked at is loaded.
      index.analysed = { query: query, groups: groups };
      return index;
    });
  };

  /** Everything a query shows: its result, the hits' pages loaded, and a "did you mean" when nothing matched. */
  Index.prototype.answer = function (query, limit, scope) {
    var index = this;
    return this.ready(query).then(function () {
      var result = index.search(query, limit, scope);
      var suggestion = result.total ? Promise.resolve('') : index.loading(function () {
        return index.suggest(query);
      });
      return suggestion.then(function (text) {
        result.suggestion = text;
        return index.pagesFor(result.hits);
      }).then(function () {
        return result;
      });
    });
  };

  /** Whether p is customer help (the help centre's scope), and its length bucket's BM25 norm. */
  Index.prototype.isHelp = function (page) {
    return (DIGITS[this.docs.charCodeAt(page)] & 1) === 1;
  };

  /**
   * The pages matching any group of the query, best first: {groups, terms (a Set of the matched
   * terms, for highlighting), total, hits: [{page, matched, score}], the best limit of them}.
   * scope 'help' keeps customer help only.
   */
  Index.prototype.search = function (query, limit, scope) {
    var groups = this.analysed && this.analysed.query === query ? this.analysed.groups : this.analyse(query);
    var n = this.count;
    if (!this.scratch) {
      this.scratch = { total: new Float64Array(n), best: new Float64Array(n), tf: new Float64Array(n),
        matched: new Int32Array(n), touched: new Int32Array(n) };
    }
    var sc = this.scratch;
    var result = { groups: groups, terms: new Set(), total: 0, hits: [] };
    var candidates = [];
    for (var g = 0; g < groups.length; g++) {
      var groupPages = [];
      for (var a = 0; a < groups[g].alts.length; a++) {
        var term = groups[g].alts[a][0];
        var quality = this.quality[groups[g].alts[a][1]];
        result.terms.add(term);
        var count = addPostings(this.postings(term), this, sc.tf, sc.touched);
        var idf = Math.log(1 + (n - count + 0.5) / (count + 0.5));
        for (var i = 0; i < count; i++) {
          var page = sc.touched[i];
          var tf = sc.tf[page];
          sc.tf[page] = 0;
          if (scope === 'help' && !this.isHelp(page)) {
            continue;
          }
          var score = quality * (idf * tf);
          if (sc.best[page] === 0) {
            groupPages.push(page);
          }
          if (score > sc.best[page]) {
            sc.best[page] = score;
          }
        }
      }
      for (i = 0; i < groupPages.length; i++) {
        page = groupPages[i];
        if (sc.matched[page] === 0) {
          candidates.push(page);
        }
        sc.matched[page]++;
        sc.total[page] += sc.best[page];
        sc.best[page] = 0;
      }
    }
    result.total = candidates.length;
    var wanted = limit > 0 && limit < candidates.length ? limit : candidates.length;
    // The best `wanted` hits by insertion into a short sorted list: typing shows only a few, and
    // an object per matching page (thousands on a large site) would cost more than the scoring.
    var top = [];
    for (i = 0; i < candidates.length; i++) {
      page = candidates[i];
      var matched = sc.matched[page];
      var score = Math.round(sc.total[page] * matched / groups.length * 1000);
      sc.matched[page] = 0;
      sc.total[page] = 0;
      var last = top.length === wanted ? top[wanted - 1] : null;
      if (wanted === candidates.length) {
        top.push({ page: page, matched: matched, score: score });
      } else if (!last || score > last.score || (score === last.score && page < last.page)) {
        var hit = { page: page, matched: matched, score: score };
        if (last) {
          top.pop();
        }
        var at = top.length;
        while (at > 0 && compareHits(hit, top[at - 1]) < 0) {
          at--;
        }
        top.splice(at, 0, hit);
      }
    }
    result.hits = wanted === candidates.length ? top.sort(compareHits) : top;
    return result;
  };

  /** Higher score first, then lower page number (as SearchQuery). */
  function compareHits(a, b) {
    return b.score - a.score || a.page - b.page;
  }

  /**
   * "Did you mean": the query with each word that matches nothing replaced by the nearest word of
   * a title, tag, description or heading (two edits at most), or '' when there is none.
   */
  Index.prototype.suggest = function (query) {
    var all = words(query);
    var forms = Object.create(null);
    var changed = false;
    for (var i = 0; i < all.length; i++) {
      var stem = this.language.stem(all[i]);
      if (this.language.isStop(all[i]) || this.has(stem) || stem.length < 3) {
        continue;
      }
      var near = this.near(stem, 2, true);
      var best = null;
      var bestDistance = 3;
      for (var t = 0; t < near.length; t++) {
        var d = distance(stem, near[t], 2);
        if (d < bestDistance) {
          best = near[t];
          bestDistance = d;
        }
      }
      if (best !== null) {
        var shard = this.shard(best);
        forms[all[i]] = shard.forms[lowerBound(shard.terms, best)];
        changed = true;
      }
    }
    if (!changed) {
      return '';
    }
    // The query as typed, each word that matched nothing replaced by its nearest word.
    var out = '';
    var at = 0;
    while (at < query.length) {
      var end = at;
      while (end < query.length && isWordAt(query, end)) {
        end++;
      }
      if (end === at) {
        out += query.charAt(at++);
        continue;
      }
      var word = query.slice(at, end);
      var form = forms[fold(word)];
      out += form === undefined ? word : form;
      at = end;
    }
    return out.trim();
  };

  /** The stored page p: [title, url, section number, text], once its page shard is loaded. */
  Index.prototype.page = function (p) {
    var shard = this.pageShards[Math.floor(p / this.pageShard)];
    return shard ? shard[p % this.pageShard] : null;
  };

  /** Loads the page shards of these hits. */
  Index.prototype.pagesFor = function (hits) {
    var index = this;
    var wanted = new Set();
    hits.forEach(function (hit) {
      var n = Math.floor(hit.page / index.pageShard);
      if (!index.pageShards[n]) {
        wanted.add(n);
      }
    });
    return Promise.all(Array.from(wanted).map(function (n) {
      return fetchJson(index.folder + 'p/' + n + '.json').then(function (shard) {
        index.pageShards[n] = shard;
      });
    }));
  };

  // ---------- Loading ----------

  var fetches = {};

  function fetchJson(url) {
    if (!fetches[url]) {
      fetches[url] = fetch(url, { credentials: 'same-origin' }).then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status + ' for ' + url);
        }
        return response.json();
      });
      fetches[url].catch(function () {
        delete fetches[url];
      });
    }
    return fetches[url];
  }

  var loads = {};

  /** The index whose manifest is folder + 'index.json', loaded once per page view; timings in index.timing (ms). */
  function load(folder) {
    if (!loads[folder]) {
      var started = performance.now();
      loads[folder] = fetchJson(folder + 'index.json').then(function (manifest) {
        var index = new Index(manifest, folder);
        index.timing = { total: performance.now() - started };
        return index;
      });
      loads[folder].catch(function () {
        delete loads[folder];
      });
    }
    return loads[folder];
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
    var loaded = load(folder + lang + '/');
    return lang === site ? loaded : loaded.catch(function () {
      return load(folder + site + '/');
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
    more: 'Show more results',
    didYouMean: 'Did you mean {q}?'
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

  /** Calls fn(start, end, matched) for each word of text, matched when its stem is one the query matched. */
  function eachWord(text, result, stems, fn) {
    var i = 0;
    while (i < text.length) {
      if (!isWordAt(text, i)) {
        i++;
        continue;
      }
      var j = i + 1;
      while (j < text.length && isWordAt(text, j)) {
        j++;
      }
      var folded = fold(text.slice(i, j));
      if (fn(i, j, !stems.isStop(folded) && result.terms.has(stems.stem(folded))) === false) {
        return;
      }
      i = j;
    }
  }

  /** Appends text to parent with every word the query matched inside a <mark>; text only through text nodes. */
  function highlight(parent, text, result, stems) {
    var done = 0;
    eachWord(text, result, stems, function (start, end, matched) {
      if (matched) {
        if (start > done) {
          parent.appendChild(document.createTextNode(text.slice(done, start)));
        }
        var mark = document.createElement('mark');
        mark.textContent = text.slice(start, end);
        parent.appendChild(mark);
        done = end;
      }
    });
    if (done < text.length) {
      parent.appendChild(document.createTextNode(text.slice(done)));
    }
  }

  var SNIPPET = 180;

  /** The part of text around its first matched word, about SNIPPET characters, cut between words. */
  function around(text, result, stems) {
    var first = -1;
    eachWord(text, result, stems, function (start, end, matched) {
      if (matched) {
        first = start;
        return false;
      }
    });
    var from = first > SNIPPET / 3 ? text.indexOf(' ', first - SNIPPET / 3) + 1 : 0;
    if (from <= 0 || from > first) {
      from = 0;
    }
    var to = from + SNIPPET >= text.length ? text.length : text.lastIndexOf(' ', from + SNIPPET);
    if (to <= from) {
      to = Math.min(text.length, from + SNIPPET);
    }
    var out = text.slice(from, to).trim();
    return (from > 0 ? '…' : '') + out + (to < text.length && out.slice(-1) !== '…' ? '…' : '');
  }

  /** The link of one hit: title, section and snippet, matched words marked. */
  function hitLink(index, hit, result) {
    var page = index.page(hit.page);
    var link = document.createElement('a');
    link.className = 'search-hit';
    link.href = page[1];
    var title = document.createElement('span');
    title.className = 'search-hit__title';
    highlight(title, page[0], result, index.language);
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
      highlight(snippet, around(page[3], result, index.language), result, index.language);
      link.appendChild(snippet);
    }
    return link;
  }

  /** The search page's address for a query, in a scope. */
  function searchUrl(action, query, scope) {
    return action.split('?')[0] + '?q=' + encodeURIComponent(query.trim()) + (scope ? '&scope=' + scope : '');
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
    this.ticket = 0;
    this.scope = form.getAttribute('data-search-scope') || '';
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
    var box = this;
    var ticket = ++this.ticket;
    if (!words(query).length) {
      this.list.textContent = '';
      this.close();
      this.status.textContent = '';
      announce(this.input, query, 0, started);
      return;
    }
    this.index.answer(query, HEADER_RESULTS, this.scope).then(function (result) {
      if (ticket === box.ticket) {
        box.show(query, result, started);
      }
    }, function () {
      box.status.textContent = box.texts.error;
    });
  };

  HeaderBox.prototype.show = function (query, result, started) {
    this.result = result;
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
    this.list.textContent = '';
    var shown = result.hits;
    for (var i = 0; i < shown.length; i++) {
      this.list.appendChild(this.option(hitLink(this.index, shown[i], result), i));
    }
    if (result.total > shown.length) {
      var everything = document.createElement('a');
      everything.className = 'search-hit search-hit--all';
      everything.href = searchUrl(this.form.action, query, this.scope);
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
      // Never a dead end: the nearest words, else the search page with the most asked articles and the contact block.
      var next = document.createElement('a');
      next.className = 'search-hit search-hit--all';
      next.href = searchUrl(this.form.action, result.suggestion || query, this.scope);
      next.textContent = result.suggestion ? this.texts.didYouMean.replace('{q}', result.suggestion) : this.texts.label;
      this.list.appendChild(this.option(next, 0));
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
    this.ticket = 0;
    this.empty = root.querySelector('.search-empty');
    this.scopes = Array.prototype.slice.call(root.querySelectorAll('input[name="scope"]'));
    var page = this;
    var scope = new URLSearchParams(window.location.search).get('scope') === 'help' ? 'help' : 'all';
    this.scopes.forEach(function (radio) {
      radio.checked = radio.value === scope;
      radio.addEventListener('change', function () {
        page.limit = PAGE_RESULTS;
        page.run();
      });
    });
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

  SearchPage.prototype.scope = function () {
    var checked = this.scopes.filter(function (radio) {
      return radio.checked;
    })[0];
    return checked && checked.value === 'help' ? 'help' : '';
  };

  SearchPage.prototype.run = function () {
    if (!this.index) {
      return;
    }
    var started = performance.now();
    var query = this.input.value;
    var scope = this.scope();
    var url = query.trim() ? searchUrl(window.location.pathname, query, scope) : window.location.pathname;
    window.history.replaceState(null, '', url);
    var page = this;
    var ticket = ++this.ticket;
    this.index.answer(query, this.limit, scope).then(function (result) {
      if (ticket === page.ticket) {
        page.show(query, result, started);
      }
    }, function () {
      page.status.textContent = page.texts.error;
    });
  };

  SearchPage.prototype.show = function (query, result, started) {
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
    var searched = words(query).length > 0;
    this.status.textContent = searched ? countText(this.texts, result.total, query) : '';
    if (this.empty) {
      this.empty.hidden = !searched || result.total > 0;
      var suggestion = this.empty.querySelector('.search-empty__suggestion');
      if (suggestion) {
        suggestion.hidden = !result.suggestion;
        suggestion.textContent = '';
        if (result.suggestion) {
          var link = document.createElement('a');
          link.href = searchUrl(window.location.pathname, result.suggestion, this.scope());
          link.textContent = result.suggestion;
          var parts = this.texts.didYouMean.split('{q}');
          suggestion.appendChild(document.createTextNode(parts[0]));
          suggestion.appendChild(link);
          suggestion.appendChild(document.createTextNode(parts.slice(1).join('{q}')));
        }
      }
    }
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

  window.cxsiteSearch = { fold: fold, words: words, distance: distance, Index: Index, Language: Language, load: load };

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
