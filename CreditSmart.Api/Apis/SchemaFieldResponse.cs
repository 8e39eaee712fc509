using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using CreditSmart.Scoring.Applications;

namespace CreditSmart.Api.Apis;

/// <summary>One field of the v1 input contract.</summary>
/// <param name="Type"><c>number</c>, <c>integer</c> (a JSON number with no fractional part) or <c>string</c>.</param>
/// <param name="Minimum">The smallest accepted value; absent on strings.</param>
/// <param name="Maximum">The largest accepted value; absent on strings.</param>
/// <param name="AllowedValues">The only values accepted, when the field has a list; absent otherwise.</param>
public sealed record SchemaFieldResponse(
    string Name,
    string Type,
    bool Required,
    string Description,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Minimum,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Maximum,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<JsonNode>? AllowedValues)
{
    /// <summary>The optional <c>schema_version</c>, which only ever says v1.</summary>
    public static SchemaFieldResponse Version { get; } = new(
        FieldNames.SchemaVersion, "string", Required: false,
        $"The schema version; optional, and \"{CreditApplicationSchema.Version}\" when given (null is refused).",
        Minimum: null, Maximum: null, [JsonValue.Create(CreditApplicationSchema.Version)]);

    /// <summary>A scored field, as <see cref="CreditApplicationSchema"/> (which validation reads) has it.</summary>
    public static SchemaFieldResponse From(FieldSpec field)
    {
        var numeric = field.Kind != FieldKind.Category;
        var type = field.Kind switch
        {
            FieldKind.Integer => "integer",
            FieldKind.Number => "number",
            _ => "string",
        };

        // Value lists are kept as text in the schema; on the wire a number is a JSON number.
        IReadOnlyList<JsonNode>? allowed = field.AllowedValues.Count == 0
            ? null
            : [.. field.AllowedValues.Select(value => numeric
                ? (JsonNode)JsonValue.Create(double.Parse(value, CultureInfo.InvariantCulture))
                : JsonValue.Create(value))];

        return new(
            field.Name, type, Required: true, field.Description,
            numeric ? field.Minimum : null, numeric ? field.Maximum : null, allowed);
    }
}
