using IntegrationHub.Gateway.Text;

namespace IntegrationHub.Gateway.Tests.Text;

public sealed class RequestTextTests
{
    [Theory]
    [InlineData("Hej på dig", false)]
    [InlineData("Hej 😀 åäö ÅÄÖ", false)]
    [InlineData("rad ett\r\nrad två\tslut", true)]
    [InlineData("", false)]
    public void IsFit_TextWithoutControlCharacters_IsTaken(string text, bool multiline) =>
        Assert.True(RequestText.IsFit(text, multiline));

    [Theory]
    [InlineData("a\u0000b", true)]
    [InlineData("\u001b[2J", true)]
    [InlineData("\u007f", true)]
    [InlineData("\u0085", true)]
    [InlineData("rad ett\nrad två", false)]
    [InlineData("kolumn\tkolumn", false)]
    public void IsFit_ControlCharacter_IsRefused(string text, bool multiline) =>
        Assert.False(RequestText.IsFit(text, multiline));

    [Fact]
    public void IsFit_UnpairedSurrogate_IsRefused()
    {
        // Built in code: an attribute's string argument cannot hold an unpaired surrogate.
        Assert.False(RequestText.IsFit(new string((char)0xD800, 1), multiline: true));
        Assert.False(RequestText.IsFit("x" + (char)0xDC00, multiline: true));
        Assert.False(RequestText.IsFit("ok" + (char)0xD83D, multiline: true));
        Assert.True(RequestText.IsFit("ok" + (char)0xD83D + (char)0xDE00, multiline: true));
    }
}
