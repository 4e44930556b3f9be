using System.Reflection;

namespace VetCrm.Api.Common;

/// <summary>A record's view and what one query read with it (see <see cref="Projections.With{TIn, TView, TRelated}"/>).</summary>
public sealed record ViewWith<TView, TRelated>(TView View, TRelated Related)
{
    internal static readonly ConstructorInfo Constructor = typeof(ViewWith<TView, TRelated>).GetConstructor([typeof(TView), typeof(TRelated)])!;
}
