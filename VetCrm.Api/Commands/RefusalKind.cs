namespace VetCrm.Api.Commands;

/// <summary>Why a command did nothing; <see cref="TooLarge"/> and <see cref="UnsupportedType"/> are about uploaded files (413, 415).</summary>
public enum RefusalKind { NotFound, Forbidden, Conflict, Invalid, Unauthorized, TooManyAttempts, TooLarge, UnsupportedType }
