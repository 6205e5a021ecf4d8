// A cycle's own address of a page that lives at its address without the cycle: go there
// before the refresh does, keeping the #fragment (an objective's anchor) that it would drop.
(function () {
  'use strict';
  var canonical = document.querySelector('link[rel="canonical"]');
  if (canonical) location.replace(canonical.href + location.hash);
})();
