using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using IntegrationHub.Domain.Cases.Types;

namespace IntegrationHub.Domain.Cases;

/// <summary>Every case type the hub knows: the national ones, and any well-formed <c>custom-{name}</c>.</summary>
public static class CaseTypeCatalog
{
    private static readonly FrozenDictionary<string, NationalCaseType> NationalById = typeof(NationalCaseType).Assembly
        .GetTypes()
        .Where(t => t.IsSubclassOf(typeof(NationalCaseType)) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
        .Select(t => (NationalCaseType)Activator.CreateInstance(t)!)
        .ToFrozenDictionary(t => t.Id, StringComparer.Ordinal);

    /// <summary>The national case types, ordered by id.</summary>
    public static IReadOnlyList<CaseType> National { get; } = NationalById.Values.OrderBy(t => t.Id, StringComparer.Ordinal).ToArray<CaseType>();

    /// <summary>Finds a national type by id, or makes the clinic type for a well-formed <c>custom-{name}</c>.</summary>
    public static bool TryGet(string? id, [NotNullWhen(true)] out CaseType? caseType)
    {
        if (id is not null && NationalById.TryGetValue(id, out var national))
        {
            caseType = national;
            return true;
        }

        if (CaseTypeIds.IsWellFormedCustom(id))
        {
            caseType = new CustomCaseType(id!);
            return true;
        }

        caseType = null;
        return false;
    }

    /// <summary>
    /// Finds the type and validates a submitted form in one step; an unknown type fails on the field <c>caseType</c>.
    /// </summary>
    public static CaseFormResult Validate(string? caseTypeId, System.Text.Json.JsonElement fields, CaseTypeSettings settings)
    {
        if (!TryGet(caseTypeId, out var caseType))
        {
            return CaseFormResult.Invalid([new FieldError("caseType", FieldErrorCodes.Invalid, "Unknown case type.")]);
        }

        return caseType.Validate(fields, settings);
    }
}
