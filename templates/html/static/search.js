// Wengao's offline search. search-index.js (window.WENGAO_SEARCH_INDEX) says how many shards there are and what the
// filters offer; a query loads only the shards of its keys (search/s/N.js) and, for each result shown, the chunk of
// its text with the first hit (search/d/F/N-K.js), each a script that registers itself through window.WENGAO_SEARCH:
// a page opened from file:// may load a script but not fetch(). The keys are SearchKeys.cs's: pairs of characters,
// figures whole, a figure with its neighbour (docs/search.md). Chinese is written without spaces, so a query term is
// matched as a substring, not as a word; words separated by spaces in the query must all occur; a figure matches only
// a whole figure ("5388" not "53886").
(() => {
  'use strict';
  const PAGE = 20;
  const SYMBOLS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_'; // Posting.cs
  const form = document.querySelector('form.search-page');
  const input = document.getElementById('search-query');
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const pages = document.getElementById('search-pages');
  const root = list.dataset.root;
  const index = window.WENGAO_SEARCH_INDEX;

  // --- loading: one script per file, each settling the promise its file name keys --------------------------------
  const loading = new Map(), settlers = new Map();
  function load(file) {
    if (!loading.has(file)) loading.set(file, new Promise((resolve, reject) => {
      settlers.set(file, resolve);
      const script = document.createElement('script');
      script.src = root + file;
      script.onerror = () => reject(new Error(file));
      script.onload = () => reject(new Error(file)); // a file that registered itself has resolved already
      document.head.append(script);
    }));
    return loading.get(file);
  }
  const settle = (file, data) => settlers.get(file)?.(data);
  const documentFile = (n, k) => `search/d/${Math.floor(n / 100)}/${n}-${k}.js`; // SearchIndex.DocumentFile
  window.WENGAO_SEARCH = {
    shard: (n, data) => settle(`search/s/${n}.js`, data),
    doc: (n, k, data) => settle(documentFile(n, k), data),
  };

  // --- keys, as SearchKeys.cs makes them ----------------------------------------------------------------------------
  // Full-width Latin, digits and the ideographic space read as half-width, Latin as lower case — one character for one,
  // so a hit's place in the folded text is its place in the text as written.
  const fold = text => text.replace(/[A-Z\u3000\uFF01-\uFF5E]/g, c => {
    const code = c.charCodeAt(0);
    return String.fromCharCode(code === 0x3000 ? 0x20 : code > 0xFF00 ? code - 0xFEE0 : code).toLowerCase();
  });
  const isDigit = c => c >= '0' && c <= '9';
  const isSpace = c => c <= ' ' || c === '\u00a0';
  const figure = /^[0-9]+$/;

  function keysOf(folded) {
    const keys = [];
    let previous = null;
    for (let i = 0; i < folded.length;) {
      const start = i;
      const digits = isDigit(folded[i]);
      if (digits) while (i < folded.length && isDigit(folded[i])) i++;
      else i += folded.codePointAt(i) > 0xFFFF ? 2 : 1;
      if (isSpace(folded[start])) { previous = null; continue; }
      const token = folded.slice(start, i);
      if (digits) keys.push(token);
      if (previous !== null) keys.push(previous + token);
      previous = token;
    }
    return keys;
  }

  // SearchKeys.cs: FNV-1a for the shard, and 48 bits of two FNV-1a hashes for the key's name in it.
  function fnv(key, basis) {
    let hash = basis;
    for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 16777619) >>> 0;
    return hash;
  }
  const shardOf = key => fnv(key, 2166136261) % index.shards;
  const symbols = (value, count) => Array.from({ length: count }, (_, i) => SYMBOLS[Math.floor(value / 2 ** (6 * (count - 1 - i))) & 63]).join('');
  const idOf = key => symbols(fnv(key, 0x5BD1E995), 6) + symbols(fnv(key, 2166136261) >>> 16, 3);

  // A term's keys: a figure is its own key; elsewhere the pairs and the figures' neighbours say enough.
  // One key that is the whole term finds exactly the documents with the term; more keys, documents to check.
  function termOf(text) {
    const keys = [...new Set(keysOf(text))];
    const pairs = keys.filter(k => !figure.test(k));
    const used = figure.test(text) ? [text] : pairs;
    return { text, keys: used, exact: used.length === 1 && used[0] === text };
  }

  // A posting list (Posting.cs): document number → [weight (twice the count, plus one for the title), chunk of the first place].
  function decode(posting) {
    const found = new Map();
    let at = 0, number = -1;
    const next = () => {
      let value = 0;
      for (;;) {
        const digit = SYMBOLS.indexOf(posting[at++]);
        value = value * 32 + (digit & 31);
        if (digit < 32) return value;
      }
    };
    while (at < posting.length) {
      number += next() + 1;
      const weight = next();
      found.set(number, [weight, next()]);
    }
    return found;
  }

  // --- matching in a document's text ---------------------------------------------------------------------------------
  // Where a term occurs in folded text from `from`: a figure at either end of the term must not run on into more digits.
  function find(folded, term, from) {
    for (let at = folded.indexOf(term, from); at >= 0; at = folded.indexOf(term, at + 1)) {
      const before = at > 0 && isDigit(term[0]) && isDigit(folded[at - 1]);
      const after = isDigit(term[term.length - 1]) && isDigit(folded[at + term.length] || '');
      if (!before && !after) return at;
    }
    return -1;
  }

  // A document as the chunks loaded of it: its fields (in every chunk), and where each term's first hit in the text is.
  const fields = meta => [meta.title, meta.speaker || '', meta.occasion || '', ...meta.tags];
  const chunk = (number, k) => load(documentFile(number, k));
  const bodyFrom = (meta, k) => (k === 0 ? meta.title.length + 1 : 0); // the text starts with the title, shown as the link

  // The first hit of a term in the text from chunk `from` on: the text there (two chunks where a hit spans them) and
  // where the hit is in it; null where the text has none.
  async function seek(number, meta, term, from, to) {
    let previous = null;
    for (let k = from; k < Math.min(to, meta.chunks); k++) {
      const text = (await chunk(number, k)).text;
      const joined = previous === null ? text : previous + text;
      const at = find(fold(joined), term.text, bodyFrom(meta, previous === null ? k : k - 1));
      if (at >= 0) return { text: joined, at, length: term.text.length, chunk: previous === null ? k : k - 1 };
      previous = text;
    }
    return null;
  }

  // A candidate read: whether it holds every term and where its first hit is.
  // Each term is sought from the chunk its keys say: that of its one key (the hit is there, or spans it and the next),
  // or the one before the last of its keys' first chunks (no hit of all its keys in a row can start earlier). A term in
  // the title or the fields is held: its text is sought in that chunk only, for the excerpt.
  async function read(found, terms) {
    const first = Math.min(...found.chunks);
    const meta = await chunk(found.number, first);
    let hit = null, holds = true;
    for (const [i, term] of terms.entries()) {
      const inFields = fields(meta).some(text => find(fold(text), term.text, 0) >= 0);
      const from = found.chunks[i];
      const at = await seek(found.number, meta, term, from, inFields ? from + 1 : term.exact ? from + 2 : Infinity);
      if (at && (!hit || at.chunk < hit.chunk || (at.chunk === hit.chunk && at.at < hit.at))) hit = at;
      if (!at && !inFields) holds = false; // a term of one key too: its list is another key's where their names are the same
    }
    return { meta, hit, holds, number: found.number };
  }

  // Appends text[from, to) to the element, each occurrence of a term in a <mark>.
  function appendMarked(element, text, from, to, terms) {
    const foldedText = fold(text);
    const ranges = [];
    for (const term of terms)
      for (let at = find(foldedText, term.text, from); at >= 0 && at < to; at = find(foldedText, term.text, at + term.text.length))
        ranges.push([at, Math.min(to, at + term.text.length)]);
    ranges.sort((a, b) => a[0] - b[0]);
    let done = from;
    for (const [start, end] of ranges) {
      if (end <= done) continue;
      element.append(text.slice(done, Math.max(done, start)));
      const mark = document.createElement('mark');
      mark.textContent = text.slice(Math.max(done, start), end);
      element.append(mark);
      done = end;
    }
    element.append(text.slice(done, to));
  }

  // The passage around the first hit in the text, or the text's start where the hit is in the title or fields only.
  function excerpt(result, terms) {
    const { meta, hit } = result;
    const text = hit ? hit.text : meta.text;
    const body = bodyFrom(meta, hit ? hit.chunk : Math.min(...result.chunks));
    const start = hit ? Math.max(body, hit.at - 30) : body;
    const end = Math.min(text.length, start + 120);
    const p = document.createElement('p');
    p.className = 'excerpt';
    if (start > body || (hit ? hit.chunk : 0) > 0) p.append('…');
    appendMarked(p, text, start, end, terms);
    if (end < text.length || (hit ? hit.chunk : 0) < meta.chunks - 1) p.append('…');
    return p;
  }

  // A text fragment (#:~:text=) opens the page scrolled to the hit, highlighted; its own syntax uses - , & as delimiters.
  const fragment = text => '#:~:text=' + encodeURIComponent(text).replace(/-/g, '%2D');

  function item(result, terms) {
    const { meta, hit } = result;
    const li = document.createElement('li');
    const link = document.createElement('a');
    link.href = root + meta.url + (hit ? fragment(hit.text.slice(hit.at, hit.at + hit.length)) : '');
    appendMarked(link, meta.title, 0, meta.title.length, terms);
    const line = document.createElement('span');
    line.className = 'meta';
    line.append(`${meta.kind} · ${meta.dateText}`);
    if (meta.speaker) {
      line.append(' · ');
      appendMarked(line, meta.speaker, 0, meta.speaker.length, terms);
    }
    li.append(link, ' ', line, excerpt(result, terms));
    return li;
  }

  // --- the query -----------------------------------------------------------------------------------------------------
  const params = new URLSearchParams(location.search);
  const filterNames = ['kind', 'year', 'speaker', 'tag'];

  function fillForm() {
    input.value = (params.get('q') || '').trim();
    for (const select of form.querySelectorAll('select[data-filter]')) {
      const filter = index.filters[select.dataset.filter];
      for (const [value, count] of filter.values) select.append(new Option(`${value}（${count}）`, value));
      select.value = params.get(select.name) || '';
    }
    form.elements.sort.value = params.get('sort') || '';
  }

  // Documents under every filter and with every key, each with its relevance: terms in the title, then occurrences.
  async function candidates(terms, filters) {
    const keys = [...new Set([...terms.flatMap(t => t.keys), ...filters])];
    const shards = [...new Set(keys.map(shardOf))];
    const loaded = new Map(await Promise.all(shards.map(async s => [s, await load(`search/s/${s}.js`)])));
    const lists = keys.map(key => decode(loaded.get(shardOf(key))[idOf(key)] || ''));
    const byKey = new Map(keys.map((key, i) => [key, lists[i]]));
    const [smallest, ...rest] = [...lists].sort((a, b) => a.size - b.size);
    const found = [];
    for (const number of smallest.keys()) {
      if (!rest.every(l => l.has(number))) continue;
      const postings = terms.map(t => t.keys.map(k => byKey.get(k).get(number)));
      const weights = postings.map(p => p.map(([weight]) => weight));
      found.push({
        number,
        chunks: terms.length === 0 ? [0] : postings.map((p, i) => (terms[i].exact ? p[0][1] : Math.max(0, Math.max(...p.map(([, c]) => c)) - 1))),
        inTitle: weights.filter(w => w.every(x => x % 2 === 1)).length,
        occurrences: weights.reduce((sum, w) => sum + Math.min(...w.map(x => x >> 1)), 0),
      });
    }
    return found;
  }

  const orders = {
    '': (a, b) => b.inTitle - a.inTitle || b.occurrences - a.occurrences || a.number - b.number,
    newest: (a, b) => a.number - b.number, // numbered newest first
    oldest: (a, b) => b.number - a.number,
  };

  // The page's results. Terms of one key are counted by their lists: the page's own results are read (for their
  // excerpts), which drops the rare list two keys share. Longer terms are checked in each candidate's text, in order,
  // until the page is full — so their count is exact once every candidate is checked, and an upper bound before.
  async function results(found, terms, page) {
    const readAll = list => Promise.all(list.map(f => read(f, terms).then(r => Object.assign(r, { chunks: f.chunks }))));
    if (terms.every(t => t.exact)) {
      const shown = (await readAll(found.slice((page - 1) * PAGE, page * PAGE))).filter(r => r.holds);
      return { shown, total: found.length, exact: true, more: found.length > page * PAGE };
    }
    const held = [];
    let next = 0;
    while (held.length <= page * PAGE && next < found.length) {
      const batch = found.slice(next, next + page * PAGE + 1 - held.length);
      next += batch.length;
      held.push(...(await readAll(batch)).filter(r => r.holds));
    }
    const exact = next >= found.length;
    return { shown: held.slice((page - 1) * PAGE, page * PAGE), total: exact ? held.length : found.length, exact, more: held.length > page * PAGE };
  }

  function pageLink(page, text) {
    const link = document.createElement('a');
    const to = new URLSearchParams(params);
    to.set('page', page);
    link.href = '?' + to.toString();
    link.textContent = text;
    return link;
  }

  function showPages(page, total, exact, more) {
    if (page > 1) pages.append(pageLink(page - 1, '上一页'));
    const at = document.createElement('span');
    at.textContent = exact ? `第${page}页，共${Math.max(1, Math.ceil(total / PAGE))}页` : `第${page}页`;
    pages.append(at);
    if (more) pages.append(pageLink(page + 1, '下一页'));
  }

  async function show() {
    const query = input.value;
    const terms = [...new Set(fold(query).split(/[\u0000-\u0020\u00a0]+/).filter(t => t.length > 0))].map(termOf);
    const filters = filterNames.filter(name => params.get(name)).map(name => index.filters[name].key + params.get(name));
    if (terms.length === 0 && filters.length === 0) return;
    const short = terms.find(t => t.keys.length === 0);
    if (short) {
      status.textContent = terms.length === 1 ? '请输入至少两个字。' : `“${short.text}”太短：每个词至少两个字，或是一个数。`;
      return;
    }
    const sort = params.get('sort') || (terms.length === 0 ? 'newest' : '');
    const found = (await candidates(terms, filters)).sort(orders[sort] || orders['']);
    const page = Math.max(1, parseInt(params.get('page'), 10) || 1);
    const { shown, total, exact, more } = await results(found, terms, page);
    status.textContent = total === 0
      ? (query !== '' ? `没有找到包含“${query}”的文稿。` : '没有找到符合条件的文稿。')
      : exact ? `找到${total}篇文稿。` : `找到约${total}篇文稿。`;
    const items = document.createDocumentFragment();
    for (const result of shown) items.append(item(result, terms));
    list.start = (page - 1) * PAGE + 1;
    list.append(items);
    if (total > 0) showPages(page, total, exact, more);
  }

  if (!index) {
    status.textContent = '搜索索引（search-index.js）未能加载。';
    return;
  }
  fillForm();
  show().catch(error => { status.textContent = `搜索索引的文件（${error.message}）未能加载。`; });
})();
