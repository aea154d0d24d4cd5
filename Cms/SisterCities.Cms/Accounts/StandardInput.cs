namespace SisterCities.Cms.Accounts;

/// <summary>The process's standard input when something is piped into it; tests substitute their own text.</summary>
public class StandardInput
{
    public virtual TextReader? Redirected() => Console.IsInputRedirected ? Console.In : null;
}
