using IntegrationHub.Domain.Cases;

namespace IntegrationHub.Domain.Tests.Cases;

/// <summary>Behaviour every form shares, shown on the advice form.</summary>
public sealed class CaseFormTests
{
    [Fact]
    [Trait("Rule", "CS2")]
    public void Validate_UnknownField_NotAllowed()
    {
        var result = FormAssert.Validate("advice", """{"question": "Hur?", "Question": "x"}""");

        FormAssert.FailsOnlyWith(result, "Question", FieldErrorCodes.NotAllowed);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"text\"")]
    [InlineData("42")]
    public void Validate_FieldsNotAnObject_Invalid(string json)
    {
        var result = FormAssert.Validate("advice", json);

        FormAssert.FailsOnlyWith(result, "fields", FieldErrorCodes.Invalid);
    }

    [Fact]
    public void Validate_FieldsNull_TreatedAsEmptyForm()
    {
        var result = FormAssert.Validate("advice", "null");

        FormAssert.FailsOnlyWith(result, "question", FieldErrorCodes.Required);
    }

    [Fact]
    public void Validate_MemberGivenTwice_Invalid()
    {
        var result = FormAssert.Validate("advice", """{"question": "a", "question": "b"}""");

        FormAssert.FailsOnlyWith(result, "question", FieldErrorCodes.Invalid);
    }

    [Fact]
    [Trait("Rule", "CS2")]
    public void Validate_TextOf4000Characters_Accepted()
    {
        var result = FormAssert.Validate("advice", $$"""{"question": "{{new string('å', 4000)}}"}""");

        Assert.True(result.IsValid);
    }

    [Fact]
    [Trait("Rule", "CS2")]
    public void Validate_TextOf4001Characters_TooLong()
    {
        var result = FormAssert.Validate("advice", $$"""{"question": "{{new string('a', 4001)}}"}""");

        FormAssert.FailsOnlyWith(result, "question", FieldErrorCodes.TooLong);
    }

    [Fact]
    public void Validate_EmojiCountsAsOneCharacter_Accepted()
    {
        var result = FormAssert.Validate("advice", $$"""{"question": "{{string.Concat(Enumerable.Repeat("😷", 4000))}}"}""");

        Assert.True(result.IsValid);
    }

    [Fact]
    public void Validate_Text_TrimmedWithUnixLineBreaksAndComposedCharacters()
    {
        // "a" + combining ring above is composed to "å".
        var result = FormAssert.Validate("advice", """{"question": "  Hej\r\nda\u030Agen\r  "}""");

        FormAssert.Valid(result);
        Assert.Equal("Hej\ndågen", result.Fields.GetProperty("question").GetString());
    }

    [Fact]
    public void Validate_ControlCharacterInText_Invalid()
    {
        var result = FormAssert.Validate("advice", """{"question": "Hej\u0000"}""");

        FormAssert.FailsOnlyWith(result, "question", FieldErrorCodes.Invalid);
    }

    [Fact]
    public void Validate_UnpairedSurrogate_Invalid()
    {
        var result = FormAssert.Validate("advice", """{"question": "Hej \uD800 där"}""");

        FormAssert.FailsOnlyWith(result, "question", FieldErrorCodes.Invalid);
    }

    [Fact]
    public void Validate_MemberNameWithUnpairedSurrogate_NotAllowed()
    {
        var result = FormAssert.Validate("advice", """{"question": "Hej", "\uDC00": "x"}""");

        FormAssert.FailsOnlyWith(result, "\uFFFD", FieldErrorCodes.NotAllowed);
    }

    [Fact]
    public void Validate_DateWithUnpairedSurrogate_Invalid()
    {
        var result = FormAssert.Validate("journal-copy", """{"fromDate": "\uD800"}""");

        FormAssert.FailsOnlyWith(result, "fromDate", FieldErrorCodes.Invalid);
    }

    [Fact]
    [Trait("Rule", "CS2")]
    public void Validate_RequiredFieldOnlyWhitespace_Required()
    {
        var result = FormAssert.Validate("advice", """{"question": " \n\t "}""");

        FormAssert.FailsOnlyWith(result, "question", FieldErrorCodes.Required);
    }

    [Fact]
    public void Validate_NullValue_TreatedAsAbsent()
    {
        var result = FormAssert.Validate("contact-me", """{"whom": null, "why": "Provsvar"}""");

        Assert.Equal("""{"why":"Provsvar"}""", FormAssert.Valid(result));
    }

    [Theory]
    [InlineData("true")]
    [InlineData("[\"a\"]")]
    [InlineData("{\"text\": \"a\"}")]
    public void Validate_TextFieldWithOtherJsonType_Invalid(string value)
    {
        var result = FormAssert.Validate("advice", $$"""{"question": {{value}}}""");

        FormAssert.FailsOnlyWith(result, "question", FieldErrorCodes.Invalid);
    }

    [Fact]
    public void Validate_SeveralProblems_ReportedTogether()
    {
        var result = FormAssert.Validate("renew-aids", """{"aids": [{"productName": ""}], "colour": "red"}""");

        Assert.False(result.IsValid);
        Assert.Equal(
            ["aids[0].packages", "aids[0].productName", "aids[0].usePerDay", "colour"],
            result.Errors.Select(e => e.Field).Order(StringComparer.Ordinal));
    }
}
