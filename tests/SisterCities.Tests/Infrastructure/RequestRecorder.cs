using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using SisterCities.Cms.Sites;

namespace SisterCities.Tests.Infrastructure;

/// <summary>
/// Test-only outermost middleware that records every request as the server saw it, so a browser test can
/// prove that Chromium really reached this host by the name it was given (e.g. <c>lviv.localhost</c>).
/// </summary>
public sealed class RequestRecorder : IStartupFilter
{
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            try
            {
                await nextMiddleware(context);
            }
            finally
            {
                var site = context.Features.Get<CurrentSite>()?.Site.Key;
                _requests.Enqueue(new RecordedRequest(
                    context.Request.Host.Value ?? "", context.Request.Path.Value ?? "", site, context.Response.StatusCode));
            }
        });
        next(app);
    };
}
