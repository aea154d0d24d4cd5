// Live filter for the network landing page. The server already filters by ?q= (the page works without
// this script); here the same normalized names in data-search are matched as the visitor types.
(function () {
  "use strict";
  var input = document.getElementById("city-search");
  var list = document.getElementById("city-list");
  var status = document.getElementById("city-search-status");
  if (!input || !list || !status) {
    return;
  }

  var items = Array.prototype.slice.call(list.querySelectorAll("li[data-search]"));
  var apostrophes = /[\u2019\u02BC`\u2018\u2032\u02C8]/g;

  function normalize(text) {
    return text.toLowerCase().replace(apostrophes, "'").replace(/\s+/g, " ").trim();
  }

  function filter() {
    var query = normalize(input.value);
    var shown = 0;
    items.forEach(function (item) {
      var match = query === "" || item.getAttribute("data-search").indexOf(query) !== -1;
      item.hidden = !match;
      if (match) {
        shown++;
      }
    });
    status.textContent = shown === 0
      ? status.getAttribute("data-none")
      : status.getAttribute("data-found").replace("{0}", String(shown));
  }

  input.addEventListener("input", filter);
})();
