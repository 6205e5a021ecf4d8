// A cycle's own address of a page that lives at its address without the cycle: go there
// before the refresh does, keeping the #fragment (an objective's anchor) that it would drop.
(function () {
  'use strict';
  var canonical = document.querySelector('link[rel="canonical"]');
  // A fragment of its own in the address wins over the one the canonical address may carry
  // (a team's focused view leads to #alignment on the team's page).
  if (canonical) location.replace(location.hash ? canonical.href.split('#')[0] + location.hash : canonical.href);
})();
