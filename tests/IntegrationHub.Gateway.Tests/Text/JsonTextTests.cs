using System.Text.Json;
using IntegrationHub.Gateway.Text;

namespace IntegrationHub.Gateway.Tests.Text;

public sealed class JsonTextTests
{
    [Fact]
    public void FindUnfit_FitDocument_IsNull()
    {
        using var json = JsonDocument.Parse("""{"clinicId":"SE2321000016-1234","fields":{"question":"Rad ett\nrad två","n":[1,true,null,"å😀"]}}""");

        Assert.Null(JsonText.FindUnfit(json.RootElement));
    }

    [Theory]
    [InlineData("""{"a":"x\u0000"}""", "$.a")]
    [InlineData("""{"fields":{"list":["ok","\u001b"]}}""", "$.fields.list[1]")]
    [InlineData("""{"a":{"b":"\ud800"}}""", "$.a.b")]
    [InlineData("""{"a":{"bad\u0000name":1}}""", "$.a")]
    [InlineData("""["\udc00"]""", "$[0]")]
    public void FindUnfit_ControlCharacterOrUnreadableString_NamesWhere(string text, string path)
    {
        using var json = JsonDocument.Parse(text);

        Assert.Equal(path, JsonText.FindUnfit(json.RootElement));
    }

    [Fact]
    public void MultilineConverter_ControlCharacter_IsAnUnfitTextException()
    {
        var options = new JsonSerializerOptions { Converters = { new MultilineTextJsonConverter() } };

        Assert.Equal("rad\nrad", JsonSerializer.Deserialize<string>("\"rad\\nrad\"", options));
        var refused = Assert.Throws<UnfitTextException>(() => JsonSerializer.Deserialize<Dictionary<string, string>>("""{"note":"a\u0000b"}""", options));
        Assert.DoesNotContain("\0", refused.Message, StringComparison.Ordinal);
    }
}
