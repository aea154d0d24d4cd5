namespace SisterCities.Cms.Forms.Definitions;

/// <summary>What validation needs of an uploaded file: its name, length and first bytes (for <see cref="FileSignatures"/>).</summary>
public sealed record PostedFile(string FileName, long Length, byte[] Head);
