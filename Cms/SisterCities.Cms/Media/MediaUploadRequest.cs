namespace SisterCities.Cms.Media;

/// <summary>What an uploader asks for besides the file itself.</summary>
public sealed record MediaUploadRequest(int? SiteId, string? Folder, string? AltUk, string? AltEn, string? UserId, string UserName);
