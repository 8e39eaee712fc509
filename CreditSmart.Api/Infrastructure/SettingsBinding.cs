using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace CreditSmart.Api.Infrastructure;

/// <summary>
/// Binds an options class to its configuration section as <c>BindConfiguration</c> does, except
/// that a value of the wrong type (<c>RateLimiting:PermitLimit=lots</c>) fails the options'
/// validation like any other bad setting, so <see cref="StartupSettings"/> names it with the rest.
/// The binder would throw at the first such value, out of start-up, with the value in its message.
/// </summary>
public static partial class SettingsBinding
{
    public static OptionsBuilder<TOptions> BindSettings<TOptions>(
        this OptionsBuilder<TOptions> builder, string sectionName)
        where TOptions : class
    {
        builder.Configure<IConfiguration>((options, configuration) =>
        {
            try
            {
                configuration.GetSection(sectionName).Bind(options);
            }
            catch (InvalidOperationException)
            {
                // Named, by key only, by the check registered below, which fails these options.
            }
        });

        var name = builder.Name;
        builder.Services.AddSingleton<IValidateOptions<TOptions>>(services => new UnreadableSettings<TOptions>(
            services.GetRequiredService<IConfiguration>().GetSection(sectionName), name));

        // A change to the section rebuilds the options, as BindConfiguration arranges.
        builder.Services.AddSingleton<IOptionsChangeTokenSource<TOptions>>(services =>
            new ConfigurationChangeTokenSource<TOptions>(name, services.GetRequiredService<IConfiguration>()));
        return builder;
    }

    /// <summary>
    /// Every key under the section whose value cannot be read as its property's type. The binder
    /// stops at the first, so each one found is taken out of a copy of the section and the rest bound again.
    /// </summary>
    internal static List<string> UnreadableKeys<TOptions>(IConfigurationSection section)
        where TOptions : class
    {
        var values = section.AsEnumerable()
            .Where(setting => setting.Value is not null)
            .ToDictionary(setting => setting.Key, setting => setting.Value, StringComparer.OrdinalIgnoreCase);
        var failures = new List<string>();
        while (true)
        {
            try
            {
                var copy = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
                copy.GetSection(section.Path).Get<TOptions>();
                return failures;
            }
            catch (InvalidOperationException error) when (FailedKey().Match(error.Message) is { Success: true } found
                && values.Remove(found.Groups["key"].Value))
            {
                failures.Add($"{found.Groups["key"].Value} must be {Expected(found.Groups["type"].Value)}.");
            }
            catch (InvalidOperationException)
            {
                // The binder's message names the key in English only; it is not repeated, as it holds the value.
                failures.Add($"{section.Path} holds a value that cannot be read as its setting's type.");
                return failures;
            }
        }
    }

    private static string Expected(string type) => type switch
    {
        _ when type.Contains("System.Int", StringComparison.Ordinal) => "a whole number",
        _ when type.Contains("System.Boolean", StringComparison.Ordinal) => "true or false",
        _ when type.Contains("System.TimeSpan", StringComparison.Ordinal) => "a duration such as 00:00:30",
        _ when type.Contains("System.Double", StringComparison.Ordinal) => "a number",
        _ => $"a valid {type}",
    };

    // "Failed to convert configuration value '...' at 'Section:Key' to type 'System.Int32'."
    [GeneratedRegex(@" at '(?<key>[^']+)' to type '(?<type>[^']+)'")]
    private static partial Regex FailedKey();

    private sealed class UnreadableSettings<TOptions>(IConfigurationSection section, string? optionsName)
        : IValidateOptions<TOptions>
        where TOptions : class
    {
        public ValidateOptionsResult Validate(string? name, TOptions options)
        {
            if (name != optionsName)
            {
                return ValidateOptionsResult.Skip;
            }

            var failures = UnreadableKeys<TOptions>(section);
            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }
    }
}
