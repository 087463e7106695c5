// Wengao's offline search: scans the edition's search-index.js (window.WENGAO_SEARCH) in the browser.
// Chinese is written without spaces, so a query term is matched as a substring, not as a word;
// words separated by spaces in the query must all occur.
(() => {
  'use strict';
  const input = document.getElementById('search-query');
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const index = window.WENGAO_SEARCH;

  // Full-width Latin, digits and the ideographic space read as half-width, Latin as lower case —
  // one character for one, so a hit's place in the folded text is its place in the text as written.
  const fold = text => text.replace(/[A-Z\u3000\uFF01-\uFF5E]/g, c => {
    const code = c.charCodeAt(0);
    return String.fromCharCode(code === 0x3000 ? 0x20 : code > 0xFF00 ? code - 0xFEE0 : code).toLowerCase();
  });

  const termsOf = query => [...new Set(fold(query).split(/\s+/).filter(t => t.length > 0))];

  function count(text, term) {
    let n = 0;
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) n++;
    return n;
  }

  // Documents with every term: those with terms in the title first, then by occurrences, then newest.
  function search(terms) {
    const hits = [];
    index.documents.forEach((doc, order) => {
      doc.folded = doc.folded || fold(doc.text);
      const counts = terms.map(term => count(doc.folded, term));
      if (counts.includes(0)) return;
      const inTitle = terms.filter(term => doc.folded.slice(0, doc.title.length).includes(term)).length;
      hits.push({ doc, inTitle, occurrences: counts.reduce((a, b) => a + b), order });
    });
    return hits.sort((a, b) => b.inTitle - a.inTitle || b.occurrences - a.occurrences
      || b.doc.date.localeCompare(a.doc.date) || a.order - b.order);
  }

  // Appends doc.text[from, to) to the element, each occurrence of a term in a <mark>.
  function appendMarked(element, doc, from, to, terms) {
    const ranges = [];
    for (const term of terms)
      for (let at = doc.folded.indexOf(term, from); at >= 0 && at < to; at = doc.folded.indexOf(term, at + term.length))
        ranges.push([at, Math.min(to, at + term.length)]);
    ranges.sort((a, b) => a[0] - b[0]);
    let done = from;
    for (const [start, end] of ranges) {
      if (end <= done) continue;
      element.append(doc.text.slice(done, Math.max(done, start)));
      const mark = document.createElement('mark');
      mark.textContent = doc.text.slice(Math.max(done, start), end);
      element.append(mark);
      done = end;
    }
    element.append(doc.text.slice(done, to));
  }

  // The passage around the first hit after the title (the title is shown as the link).
  function excerpt(doc, terms) {
    const body = doc.title.length + 1;
    const first = Math.min(...terms.map(term => doc.folded.indexOf(term, body)).filter(at => at >= 0));
    const start = Number.isFinite(first) ? Math.max(body, first - 30) : body;
    const end = Math.min(doc.text.length, start + 120);
    const p = document.createElement('p');
    p.className = 'excerpt';
    if (start > body) p.append('…');
    appendMarked(p, doc, start, end, terms);
    if (end < doc.text.length) p.append('…');
    return p;
  }

  function item(doc, terms) {
    const li = document.createElement('li');
    const link = document.createElement('a');
    link.href = list.dataset.root + doc.url;
    appendMarked(link, doc, 0, doc.title.length, terms);
    const meta = document.createElement('span');
    meta.className = 'meta';
    meta.textContent = `${doc.kind} · ${doc.dateText}`;
    li.append(link, ' ', meta, excerpt(doc, terms));
    return li;
  }

  function show(query) {
    const terms = termsOf(query);
    if (terms.join('').length < 2) {
      status.textContent = '请输入至少两个字。';
      return;
    }
    const hits = search(terms);
    status.textContent = hits.length > 0 ? `找到${hits.length}篇文稿。` : `没有找到包含“${query}”的文稿。`;
    const items = document.createDocumentFragment();
    for (const hit of hits) items.append(item(hit.doc, terms));
    list.append(items);
  }

  const query = (new URLSearchParams(location.search).get('q') || '').trim();
  input.value = query;
  if (!index) status.textContent = '搜索索引（search-index.js）未能加载。';
  else if (query !== '') show(query);
})();
