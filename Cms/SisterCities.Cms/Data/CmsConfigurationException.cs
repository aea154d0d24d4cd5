namespace SisterCities.Cms.Data;

/// <summary>A setting that makes start-up impossible; the message names the setting and what to do.</summary>
public sealed class CmsConfigurationException(string message) : Exception(message);
