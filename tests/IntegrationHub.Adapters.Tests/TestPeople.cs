using IntegrationHub.Identity;

namespace IntegrationHub.Adapters.Tests;

/// <summary>Skatteverket's test personnummer.</summary>
internal static class TestPeople
{
    public static readonly Personnummer Tolvan = Personnummer.Parse("191212121212");
    public static readonly Personnummer Adult1990 = Personnummer.Parse("199006022397");
    public static readonly Personnummer Young2000 = Personnummer.Parse("200001052380");
    public static readonly Personnummer Adult1961 = Personnummer.Parse("196101182803");
    public static readonly Personnummer Young2003 = Personnummer.Parse("200302022389");
}
