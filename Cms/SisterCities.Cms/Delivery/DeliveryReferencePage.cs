using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SisterCities.Cms.Delivery;

/// <summary>
/// An interactive API reference at <c>/api/reference</c>, built from <c>/openapi/v1.json</c> in the browser by a
/// small script served from this host. Everything is same-origin, no inline script or style, so it works
/// under the site-wide CSP (<c>script-src 'self'</c>) and makes no third-party request.
/// </summary>
internal static class DeliveryReferencePage
{
    public const string Path = "/api/reference";

    private const string Html = """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>SisterCities API reference</title>
        <link rel="stylesheet" href="/api/reference/reference.css">
        <script src="/api/reference/reference.js" defer></script>
        </head>
        <body>
        <header><h1>SisterCities API reference</h1><p>From <a href="/openapi/v1.json">/openapi/v1.json</a> (OpenAPI 3.1).</p></header>
        <main id="operations"><p>Loading…</p></main>
        </body>
        </html>
        """;

    private const string Css = """
        body { font-family: system-ui, sans-serif; margin: 0 auto; max-width: 70rem; padding: 1rem; color: #1b1b1b; }
        section { border: 1px solid #ccd; border-radius: .4rem; margin: 1rem 0; padding: .5rem 1rem; }
        h2 { font-size: 1.1rem; } code, pre { background: #f4f4f8; padding: .1rem .3rem; }
        pre { overflow: auto; max-height: 30rem; } label { display: block; margin: .3rem 0; }
        input { width: 24rem; max-width: 100%; } .method { font-weight: bold; text-transform: uppercase; color: #0b5394; }
        """;

    private const string Script = """
        'use strict';
        (async () => {
          const main = document.getElementById('operations');
          const doc = await (await fetch('/openapi/v1.json')).json();
          main.textContent = '';
          const el = (tag, text) => { const e = document.createElement(tag); if (text) e.textContent = text; return e; };
          for (const [path, item] of Object.entries(doc.paths || {})) {
            for (const [method, op] of Object.entries(item)) {
              if (!op || typeof op !== 'object' || !op.responses) continue;
              const section = el('section');
              const h = el('h2'); const m = el('span', method + ' '); m.className = 'method';
              h.append(m, el('code', path)); section.append(h, el('p', op.summary || ''));
              const form = el('form'); const inputs = [];
              for (const p of op.parameters || []) {
                const label = el('label', `${p.name} (${p.in}) — ${p.description || ''} `);
                const input = el('input'); input.name = p.name; input.dataset.in = p.in;
                if (p.example !== undefined) input.placeholder = Array.isArray(p.example) ? p.example.join(', ') : String(p.example);
                label.append(input); form.append(label); inputs.push(input);
              }
              const button = el('button', 'Send'); button.type = 'submit'; form.append(button);
              const out = el('pre');
              form.addEventListener('submit', async ev => {
                ev.preventDefault();
                let url = path; const query = new URLSearchParams(); const headers = {};
                for (const i of inputs) {
                  if (!i.value) continue;
                  if (i.dataset.in === 'path') url = url.replace(`{${i.name}}`, encodeURIComponent(i.value)).replace(`{*${i.name}}`, i.value);
                  else if (i.dataset.in === 'header') headers[i.name] = i.value;
                  else for (const v of i.value.split('|')) query.append(i.name, v.trim());
                }
                url = url.replace(/\{\*?[^}]+\}/g, '');
                const res = await fetch(url + (query.toString() ? '?' + query : ''), { headers });
                out.textContent = `${res.status} ${res.statusText}\n` + await res.text();
              });
              section.append(form, out, el('p', 'Responses: ' + Object.keys(op.responses).join(', ')));
              main.append(section);
            }
          }
        })();
        """;

    public static void Map(WebApplication app)
    {
        app.MapGet(Path, () => TypedResults.Text(Html, "text/html; charset=utf-8")).ExcludeFromDescription();
        app.MapGet(Path + "/reference.css", () => TypedResults.Text(Css, "text/css; charset=utf-8")).ExcludeFromDescription();
        app.MapGet(Path + "/reference.js", () => TypedResults.Text(Script, "text/javascript; charset=utf-8")).ExcludeFromDescription();
    }
}
