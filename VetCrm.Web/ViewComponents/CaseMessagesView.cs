using VetCrm.Web.ApiClient;

namespace VetCrm.Web.ViewComponents;

public sealed record CaseMessagesView(Guid PetId, IReadOnlyList<MessageThread> Threads);
