using System.Text;

// A fixed ~2 KB JSON body, built once; the handler only writes it.
var item = "{\"name\":\"Тестова новина\",\"contentType\":\"newsArticle\",\"route\":{\"path\":\"/news/novyna\",\"startItem\":{\"id\":\"5d2c7a8e-2f1b-4c55-9a3e-1f0c8e7b6a41\",\"path\":\"lviv\"}}}";
var builder = new StringBuilder("{\"total\":40,\"items\":[");
while (builder.Length < 2000)
{
    builder.Append(item).Append(',');
}

builder.Length--;
builder.Append("]}");
var body = Encoding.UTF8.GetBytes(builder.ToString());

var app = WebApplication.CreateSlimBuilder(args).Build();
app.MapGet("/json", () => Results.Bytes(body, "application/json; charset=utf-8"));
await app.RunAsync();
