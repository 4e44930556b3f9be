using System.Reflection;

namespace VetCrm.Api.Common;

/// <summary>A record's view and what one query read with it (see <see cref="Projections.With{TIn, TView, TMore}"/>).</summary>
public sealed record ViewWith<TView, TMore>(TView View, TMore More)
{
    internal static readonly ConstructorInfo Constructor = typeof(ViewWith<TView, TMore>).GetConstructor([typeof(TView), typeof(TMore)])!;
}
