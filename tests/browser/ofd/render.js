// Reads back what ofd.js drew for an OFD: every page's size, each glyph's text, origin and font, each path's box and
// stroke, all in millimetres from the page's top-left corner (GB/T 33190-2016 clause 7.3.1: the page's coordinate
// system, x to the right and y downward, in mm). README.md beside this file says what ofd.js renders and how.
"use strict";

// ofd.js draws a page at Scale px per mm, the page's width fitted into the screen width it is given and the scale
// held to at most 5 (its setMaxPageScal): a screen this wide gives every page under 20 m wide the largest, 5 px/mm.
const ScreenWidthPx = 100000;

// Renders the OFD whose bytes are base64 and resolves to { pages: [...] }; rejects with ofd.js's error.
window.renderOfdBase64 = function (base64) {
  const bytes = Uint8Array.from(atob(base64), c => c.charCodeAt(0));
  return new Promise((resolve, reject) => {
    ofd.parseOfdDocument({
      ofd: bytes.buffer,
      success(documents) {
        try { resolve(readDocuments(documents)); }
        catch (e) { reject(e); }
      },
      fail(error) { reject(new Error(`ofd.js could not open the OFD: ${error && error.stack || error}`)); },
    });
  });
};

function readDocuments(documents) {
  if (!Array.isArray(documents) || documents.length !== 1)
    throw new Error(`ofd.js found ${Array.isArray(documents) ? documents.length : "no"} documents (DocBody) in the package; the harness reads one`);
  const doc = documents[0];
  const host = document.getElementById("pages");
  host.replaceChildren();
  return {
    pages: doc.pages.map((page, index) => {
      // One page at a time, so that the scale ofd.js set for this page is the one read back.
      let div;
      try { [div] = ofd.renderOfd(ScreenWidthPx, Object.assign({}, doc, { pages: [page] })); }
      catch (e) { throw new Error(`ofd.js could not draw page ${index + 1}: ${e && e.stack || e}`); }
      if (!div) throw new Error(`ofd.js drew nothing for page ${index + 1}`);
      host.appendChild(div);
      return readPage(div, Number(ofd.getPageScale()), index);
    }),
  };
}

function readPage(div, pxPerMm, index) {
  const box = div.getBoundingClientRect();
  const toMm = (x, y) => ({ x: (x - box.left) / pxPerMm, y: (y - box.top) / pxPerMm });
  const glyphs = [...div.querySelectorAll("text")].map(text => {
    // The glyph's origin on its baseline where the browser laid it out, mapped through every transform (the text
    // object's Boundary, CTM, HScale) to the page: what a reader sees, not what the XML says.
    const start = text.getNumberOfChars() > 0 ? text.getStartPositionOfChar(0)
      : { x: text.x.baseVal[0]?.value ?? 0, y: text.y.baseVal[0]?.value ?? 0 };
    const origin = toMm(...screenPoint(text, start.x, start.y));
    const style = getComputedStyle(text);
    return {
      text: text.textContent,
      x: origin.x,
      y: origin.y,
      size: parseFloat(style.fontSize) / pxPerMm,
      advance: text.getNumberOfChars() > 0 ? text.getComputedTextLength() / pxPerMm : 0,
      font: style.fontFamily,
      fill: style.fill,
    };
  });
  const paths = [...div.querySelectorAll("path")].map(path => {
    const b = path.getBBox();
    const corners = [[b.x, b.y], [b.x + b.width, b.y], [b.x, b.y + b.height], [b.x + b.width, b.y + b.height]]
      .map(([x, y]) => toMm(...screenPoint(path, x, y)));
    const xs = corners.map(c => c.x), ys = corners.map(c => c.y);
    const style = getComputedStyle(path);
    return {
      left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys),
      stroke: style.stroke, strokeWidth: parseFloat(style.strokeWidth) / pxPerMm, fill: style.fill,
    };
  });
  return { index, id: div.id, width: box.width / pxPerMm, height: box.height / pxPerMm, pxPerMm, glyphs, paths };
}

// A point of an SVG element's user space in the viewport's CSS pixels.
function screenPoint(element, x, y) {
  const m = element.getScreenCTM();
  return [m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f];
}
