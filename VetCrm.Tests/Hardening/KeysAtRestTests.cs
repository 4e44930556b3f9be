using System.Net;
using System.Net.Http.Headers;
using System.Runtime.Versioning;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Xml.Linq;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using VetCrm.Tests.Api;
using VetCrm.Tests.Infrastructure;

namespace VetCrm.Tests.Hardening;

/// <summary>
/// The data-protection keys are encrypted at rest with the certificate the AppHost generates: a dump of the API's key
/// table (or a copy of the web's key folder) holds no key in plain text, and with the dump alone an attacker can neither
/// read a real bearer token nor mint one the API accepts.
/// </summary>
[Collection("stack")]
public sealed class KeysAtRestTests(StackFixture stack)
{
    /// <summary>What ASP.NET Core's bearer-token handler protects access tokens under, for Identity's bearer scheme.</summary>
    private static readonly string[] AccessTokenPurposes = ["Microsoft.AspNetCore.Authentication.BearerToken", "Identity.Bearer", "BearerToken"];

    private readonly ApiFixtureHelpers api = new(stack);

    [Fact]
    public async Task A_dump_of_the_api_keys_holds_no_plain_key_and_mints_no_token_without_the_certificate()
    {
        using var admin = await api.AdminAsync();
        var dump = await DumpApiKeysAsync();
        Assert.NotEmpty(dump);
        Assert.All(dump, key => AssertEncrypted(key.ToString()));

        // The attacker holds the dump and nothing else: the key behind a real token cannot be decrypted.
        using var attacker = ProviderOver(dump, certificate: null);
        var accessToken = Base64UrlTextEncoder.Decode(admin.AccessToken!);
        var attackersProtector = attacker.GetRequiredService<IDataProtectionProvider>().CreateProtector(AccessTokenPurposes);
        Assert.ThrowsAny<CryptographicException>(() => { attackersProtector.Unprotect(accessToken); });

        // The certificate is the only piece missing: with it, the same dump reads the admin's token.
        using var certificate = await CertificateAsync();
        using var holder = ProviderOver(dump, certificate);
        var holderTickets = Tickets(holder);
        var ticket = holderTickets.Unprotect(admin.AccessToken);
        Assert.NotNull(ticket);
        Assert.Equal(admin.UserId.ToString(), ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier));

        // The admin's very ticket, protected by the attacker (under a key of its own: none in the dump opens) is refused;
        // protected under a dumped key, which only the certificate opens, it is accepted.
        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(Tickets(attacker).Protect(ticket)));
        Assert.Equal(HttpStatusCode.OK, await MeAsync(holderTickets.Protect(ticket)));
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task The_webs_key_folder_is_for_the_web_alone_and_its_keys_are_encrypted()
    {
        using var web = stack.CreateHttpClient("web");
        (await web.GetAsync("/Account/Login")).EnsureSuccessStatusCode(); // the login form's antiforgery token needs a key

        var files = Directory.GetFiles(stack.WebKeysFolder, "key-*.xml");
        Assert.NotEmpty(files);
        Assert.All(files, file => AssertEncrypted(File.ReadAllText(file)));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(stack.WebKeysFolder));
    }

    /// <summary>A key written under the certificate: its secret is an XML-encryption envelope, never the plain master key.</summary>
    private static void AssertEncrypted(string keyXml)
    {
        Assert.Contains("<encryptedSecret", keyXml);
        Assert.Contains("EncryptedXmlDecryptor", keyXml);
        Assert.DoesNotContain("<masterKey", keyXml);
        Assert.DoesNotContain("<value>", keyXml);
    }

    /// <summary>Every key row, read as a dump would read it: with the database owner's connection.</summary>
    private async Task<List<XElement>> DumpApiKeysAsync()
    {
        await using var connection = new NpgsqlConnection(await stack.GetConnectionStringAsync("vetcrmdb-owner"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT xml FROM data_protection_keys", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var keys = new List<XElement>();
        while (await reader.ReadAsync()) keys.Add(XElement.Parse(reader.GetString(0)));
        return keys;
    }

    private async Task<X509Certificate2> CertificateAsync()
    {
        var parameter = stack.App.Services.GetRequiredService<DistributedApplicationModel>().Resources.OfType<ParameterResource>()
            .Single(p => p.Name == "data-protection-certificate");
        var pfx = await parameter.GetValueAsync(CancellationToken.None) ?? throw new InvalidOperationException("The certificate parameter has no value.");
        return X509CertificateLoader.LoadPkcs12(Convert.FromBase64String(pfx), password: null, X509KeyStorageFlags.EphemeralKeySet);
    }

    /// <summary>Data protection as the API sets it up, over a copy of the dumped keys, optionally able to decrypt them.</summary>
    private static ServiceProvider ProviderOver(IEnumerable<XElement> dump, X509Certificate2? certificate)
    {
        var services = new ServiceCollection();
        var dataProtection = services.AddDataProtection().SetApplicationName("VetCrm");
        if (certificate is not null) dataProtection.UnprotectKeysWithAnyCertificate(certificate);
        services.Configure<KeyManagementOptions>(options => options.XmlRepository = new CopiedKeys(dump));
        return services.BuildServiceProvider();
    }

    private static TicketDataFormat Tickets(IServiceProvider provider) =>
        new(provider.GetRequiredService<IDataProtectionProvider>().CreateProtector(AccessTokenPurposes));

    private async Task<HttpStatusCode> MeAsync(string accessToken)
    {
        using var http = stack.CreateHttpClient("api");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await http.GetAsync("/api/auth/me");
        return response.StatusCode;
    }

    /// <summary>The dumped key rows as a key repository of the attacker's own; keys it makes stay with it.</summary>
    private sealed class CopiedKeys(IEnumerable<XElement> dump) : IXmlRepository
    {
        private readonly List<XElement> keys = [.. dump.Select(key => new XElement(key))];

        public IReadOnlyCollection<XElement> GetAllElements()
        {
            lock (keys) return [.. keys.Select(key => new XElement(key))];
        }

        public void StoreElement(XElement element, string friendlyName)
        {
            lock (keys) keys.Add(new XElement(element));
        }
    }
}
