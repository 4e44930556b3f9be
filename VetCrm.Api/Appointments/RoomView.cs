using System.Linq.Expressions;
using VetCrm.Api.Common;
using VetCrm.Api.OpenApi;
using VetCrm.Data.Entities;

namespace VetCrm.Api.Appointments;

/// <summary>A bookable room or machine: consult room, MRI, CT, theatre, ultrasound.</summary>
public sealed record RoomView(Guid Id, string Name, [property: ValueSet(typeof(RoomKinds))] string Kind) : RecordRef(Id)
{
    public static readonly Expression<Func<Room, RoomView>> Projection = r => new RoomView(r.Id, r.Name, r.Kind);
}
