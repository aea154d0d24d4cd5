using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace SisterCities.Tests.Infrastructure;

/// <summary>
/// Runs the axe accessibility engine (every rule axe enables by default: WCAG 2.x A/AA and best practices)
/// on the page as it is now, and fails with one line per violating element: rule id, impact, CSS target, help.
/// </summary>
public static class AxeAssert
{
    public static async Task NoViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        if (result.Violations.Length > 0)
        {
            Assert.Fail(Describe(page.Url, result.Violations));
        }
    }

    /// <summary>The violations as text, one line per element, for a failure message.</summary>
    public static string Describe(string url, IReadOnlyList<AxeResultItem> violations)
    {
        var text = new StringBuilder();
        text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"axe found {violations.Count} violation(s) on {url}:");
        foreach (var violation in violations)
        {
            foreach (var node in violation.Nodes)
            {
                text.AppendLine(System.Globalization.CultureInfo.InvariantCulture,
                    $"  {violation.Id} [{node.Impact ?? violation.Impact}] {node.Target}: {violation.Help} ({violation.HelpUrl})");
            }
        }

        return text.ToString();
    }
}
