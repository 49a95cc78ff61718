namespace Blog.Core.Model;

/// <summary>A tag as the author wrote it, and its URL form.</summary>
public sealed record Tag(string Name, string Slug);
