-- Rotates through a mix of real search requests: Cyrillic inflections, Latin transliterations, English words,
-- filters and a miss (which takes the "did you mean" path). Percent-encoded UTF-8.
local queries = {
  "/api/v1/search?q=%D0%9B%D1%8C%D0%B2%D1%96%D0%B2%D1%81%D1%8C%D0%BA%D0%B0",           -- Львівська
  "/api/v1/search?q=Kharkivska",
  "/api/v1/search?q=%D0%B3%D1%80%D0%BE%D0%BC%D0%B0%D0%B4%D0%B8%20%D0%BD%D0%BE%D0%B2%D0%B8%D0%BD%D0%B8", -- громади новини
  "/api/v1/search?q=Manufacture%20food",
  "/api/v1/search?q=%D1%85%D0%B0%D1%80%D1%87%D0%BE%D0%B2%D0%B8%D1%85%20%D0%BF%D1%80%D0%BE%D0%B4%D1%83%D0%BA%D1%82%D1%96%D0%B2&page=2", -- харчових продуктів
  "/api/v1/search?q=Vinnytska&type=page",
  "/api/v1/search?q=Odeska%20warehousing",
  "/api/v1/search?q=Zaporizhia",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", queries[(i % #queries) + 1])
end
