// The print button of a document's page (_print.sbn, which loads this right after it): hidden in the markup, shown and wired here, so a browser
// without script shows no button that does nothing. The page prints through the stylesheet's @media print.
(() => {
  'use strict';
  for (const button of document.querySelectorAll('button.print')) {
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
})();
