namespace VetCrm.Api.Commands;

public enum RefusalKind { NotFound, Forbidden, Conflict, Invalid, Unauthorized, TooManyAttempts }
