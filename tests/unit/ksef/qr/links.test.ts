// The KSeF verification links against the documentation's examples (kody-qr.md), and KOD II's
// signature: signed here, verified with the public key, refused once anything in the link changes.
import { X509Certificate, createHash, generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  certificateVerificationUrl,
  invoiceVerificationUrl,
  parseCertificateUrl,
  sha256Base64Url,
  verifyCertificateUrl,
} from '@/lib/invoices/ksef/qr';

const HASH = 'UtQp9Gpc51y-u3xApZjIjgkpZ01js-J8KflSPW8WzIE';
const TE = 'https://qr-test.ksef.mf.gov.pl';
const DOC_CERT_URL =
  'https://qr-test.ksef.mf.gov.pl/certificate/Nip/1111111111/1111111111/01F20A5D352AE590/UtQp9Gpc51y-u3xApZjIjgkpZ01js-J8KflSPW8WzIE/mSkm_XmM9fq7PgAJwiL32L9ujhyguOEV48cDB0ncemD2r9TMGa3lr0iRoFk588agCi8QPsOuscUY1rZ7ff76STbGquO-gZtQys5_fHdf2HUfDqPqVTnUS6HknBu0zLkyf9ygoW7WbH06Ty_8BgQTlOmJFzNWSt9WZa7tAGuAE9JOooNps-KG2PYkkIP4q4jPMp3FKypAygHVnXtS0RDGgOxhhM7LWtFP7D-dWINbh5yXD8Lr-JVbeOpyQjHa6WmMYavCDQJ3X_Z-iS01LZu2s1B3xuOykl1h0sLObCdADrbxOONsXrvQa61Xt_rxyprVraj2Uf9pANQgR4-12HEcMw';

// A self-signed P-256 certificate standing in for a KSeF "Offline" certificate (made with openssl
// for this test; KSeF's own are issued through /certificates).
const CERT_KEY = `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg+rt3aZplTIFyxEhy
VbPf8cM3cxZuHMi0Jy02QWubLpChRANCAATnB4E48IdEUAHuknVT3QuV7+L0zchE
8fvyCiKevMNybtAu0HhcDLo7XEXxfhpwQoM/G9+77JpxEYZjj2NLLOJQ
-----END PRIVATE KEY-----`;
const CERT = `-----BEGIN CERTIFICATE-----
MIIBzzCCAXWgAwIBAgIUctQQAfBfHXfnYPLPmJQHiZA/npQwCgYIKoZIzj0EAwIw
PTEiMCAGA1UEAwwZUGxhbmV0YSBLU2VGIE9mZmxpbmUgdGVzdDEXMBUGA1UEBRMO
TklQLTExMTExMTExMTEwHhcNMjYxMjAxMTUyOTI3WhcNMzYxMTI4MTUyOTI3WjA9
MSIwIAYDVQQDDBlQbGFuZXRhIEtTZUYgT2ZmbGluZSB0ZXN0MRcwFQYDVQQFEw5O
SVAtMTExMTExMTExMTBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABOcHgTjwh0RQ
Ae6SdVPdC5Xv4vTNyETx+/IKIp68w3Ju0C7QeFwMujtcRfF+GnBCgz8b37vsmnER
hmOPY0ss4lCjUzBRMB0GA1UdDgQWBBTTgL2OAwxrqn1eUsBBXoR4QIEwGzAfBgNV
HSMEGDAWgBTTgL2OAwxrqn1eUsBBXoR4QIEwGzAPBgNVHRMBAf8EBTADAQH/MAoG
CCqGSM49BAMCA0gAMEUCIQC/q81lO7odP6AJwXBfKsp8SC1MduhBF2YF2xrSRcv4
owIgBMc556uykvpuoGy2TeV7gZb9B9pRmljYmIFN73yWEYQ=
-----END CERTIFICATE-----`;

const pem = { type: 'spki', format: 'pem' } as const;
const pkcs8 = { type: 'pkcs8', format: 'pem' } as const;
const rsa = generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: pem, privateKeyEncoding: pkcs8 });
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256', publicKeyEncoding: pem, privateKeyEncoding: pkcs8 });

const certArgs = (privateKeyPem: string) => ({
  qrBaseUrl: TE,
  contextNip: '1111111111',
  sellerNip: '1111111111',
  certificateSerial: '01F20A5D352AE590',
  xmlSha256Base64Url: HASH,
  privateKeyPem,
});
const withoutSignature = (url: string) => url.slice(0, url.lastIndexOf('/'));
const signatureOf = (url: string) => url.slice(url.lastIndexOf('/') + 1);

describe('sha256Base64Url', () => {
  it('is the SHA-256 of the bytes in base64url without padding', () => {
    // FIPS 180-2 test vector: SHA-256("abc").
    const abc = Buffer.from('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad', 'hex');
    expect(sha256Base64Url(Buffer.from('abc'))).toBe('ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0');
    expect(sha256Base64Url('abc')).toBe(abc.toString('base64url'));
    expect(sha256Base64Url('<Faktura/>')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});

describe('invoiceVerificationUrl (KOD I)', () => {
  it("builds the documentation's example link", () => {
    const issueDate = new Date('2026-02-01T10:00:00+01:00');
    expect(
      invoiceVerificationUrl({ qrBaseUrl: TE, sellerNip: '1111111111', issueDate, xmlSha256Base64Url: HASH }),
    ).toBe('https://qr-test.ksef.mf.gov.pl/invoice/1111111111/01-02-2026/UtQp9Gpc51y-u3xApZjIjgkpZ01js-J8KflSPW8WzIE');
  });

  it.each([
    ['2026-01-31T23:30:00Z', '01-02-2026'], // already 1 February in Warsaw (UTC+1)
    ['2026-06-30T22:30:00Z', '01-07-2026'], // summer time (UTC+2)
    ['2026-06-30T21:59:59Z', '30-06-2026'],
  ])('dates an invoice issued at %s on the Warsaw day %s', (iso, day) => {
    const url = invoiceVerificationUrl({
      qrBaseUrl: `${TE}/`,
      sellerNip: '5260250274',
      issueDate: new Date(iso),
      xmlSha256Base64Url: HASH,
    });
    expect(url).toBe(`${TE}/invoice/5260250274/${day}/${HASH}`);
  });

  it('refuses what would make a link KSeF cannot resolve', () => {
    const ok = { qrBaseUrl: TE, sellerNip: '1111111111', issueDate: new Date(), xmlSha256Base64Url: HASH };
    expect(() => invoiceVerificationUrl({ ...ok, sellerNip: 'PL1111111111' })).toThrow(/10 digits/);
    expect(() => invoiceVerificationUrl({ ...ok, xmlSha256Base64Url: createHash('sha256').digest('hex') })).toThrow(
      /SHA-256/,
    );
    expect(() => invoiceVerificationUrl({ ...ok, qrBaseUrl: 'ftp://qr.example' })).toThrow(/http/);
  });
});

describe('certificateVerificationUrl (KOD II)', () => {
  it.each([
    ['RSASSA-PSS 2048', rsa, 342], // 256 bytes, as long as the documentation's example signature
    ['ECDSA P-256', ec, 86], // R||S, 64 bytes
  ])("matches the documentation's link and verifies (%s)", (_name, keys, sigLength) => {
    const url = certificateVerificationUrl(certArgs(keys.privateKey));
    expect(withoutSignature(url)).toBe(withoutSignature(DOC_CERT_URL));
    expect(signatureOf(url)).toMatch(new RegExp(`^[A-Za-z0-9_-]{${sigLength}}$`));
    expect(signatureOf(DOC_CERT_URL)).toHaveLength(342);
    expect(verifyCertificateUrl(url, keys.publicKey)).toEqual({
      contextType: 'Nip',
      contextId: '1111111111',
      sellerNip: '1111111111',
      certificateSerial: '01F20A5D352AE590',
      xmlSha256Base64Url: HASH,
    });
  });

  it('signs the link without the protocol: a verifier recomputing it from the text agrees', () => {
    const url = certificateVerificationUrl(certArgs(rsa.privateKey));
    const signed = withoutSignature(url).replace('https://', '');
    expect(signed).toBe(`qr-test.ksef.mf.gov.pl/certificate/Nip/1111111111/1111111111/01F20A5D352AE590/${HASH}`);
    expect(parseCertificateUrl(url)?.signed).toBe(signed);
  });

  it.each([
    ['the seller NIP', (u: string) => u.replace('/1111111111/01F2', '/2222222222/01F2')],
    ['the file hash', (u: string) => u.replace(HASH, HASH.replace('UtQp', 'XtQp'))],
    ['the certificate serial', (u: string) => u.replace('01F20A5D352AE590', '01F20A5D352AE591')],
    ['the host', (u: string) => u.replace('qr-test.', 'qr.')],
    ['the signature', (u: string) => u.slice(0, -3) + (u.endsWith('AAA') ? 'BBB' : 'AAA')],
  ])('refuses a link with %s changed', (_what, tamper) => {
    for (const keys of [rsa, ec]) {
      const url = certificateVerificationUrl(certArgs(keys.privateKey));
      expect(verifyCertificateUrl(url, keys.publicKey)).not.toBeNull();
      expect(verifyCertificateUrl(tamper(url), keys.publicKey)).toBeNull();
    }
  });

  it("refuses a link signed with another certificate's key, and one that is not a KOD II link", () => {
    expect(verifyCertificateUrl(certificateVerificationUrl(certArgs(ec.privateKey)), rsa.publicKey)).toBeNull();
    const other = generateKeyPairSync('ec', { namedCurve: 'P-256', publicKeyEncoding: pem, privateKeyEncoding: pkcs8 });
    expect(verifyCertificateUrl(certificateVerificationUrl(certArgs(other.privateKey)), ec.publicKey)).toBeNull();
    expect(verifyCertificateUrl(`${TE}/invoice/1111111111/01-02-2026/${HASH}`, rsa.publicKey)).toBeNull();
    expect(verifyCertificateUrl(`${DOC_CERT_URL}?x=1`, rsa.publicKey)).toBeNull();
  });

  it("verifies against the certificate itself, named by the certificate's serial number", () => {
    const certificateSerial = new X509Certificate(CERT).serialNumber;
    const url = certificateVerificationUrl({ ...certArgs(CERT_KEY), certificateSerial });
    expect(verifyCertificateUrl(url, CERT)?.certificateSerial).toBe(certificateSerial);
    expect(verifyCertificateUrl(url, ec.publicKey)).toBeNull();
  });

  it('accepts an ECDSA signature in DER, which the documentation also allows', () => {
    const unsigned = withoutSignature(certificateVerificationUrl(certArgs(ec.privateKey)));
    const der = sign('sha256', Buffer.from(unsigned.replace('https://', '')), {
      key: ec.privateKey,
      dsaEncoding: 'der',
    });
    expect(verifyCertificateUrl(`${unsigned}/${der.toString('base64url')}`, ec.publicKey)?.sellerNip).toBe(
      '1111111111',
    );
  });

  it('keeps a base URL with a port and path (the local simulator) inside the signed text', () => {
    const url = certificateVerificationUrl({ ...certArgs(ec.privateKey), qrBaseUrl: 'http://127.0.0.1:8432/qr/' });
    expect(url.startsWith('http://127.0.0.1:8432/qr/certificate/Nip/1111111111/')).toBe(true);
    expect(parseCertificateUrl(url)?.signed.startsWith('127.0.0.1:8432/qr/certificate/')).toBe(true);
    expect(verifyCertificateUrl(url, ec.publicKey)).not.toBeNull();
  });

  it('refuses keys the documentation does not allow', () => {
    const small = generateKeyPairSync('rsa', {
      modulusLength: 1024,
      publicKeyEncoding: pem,
      privateKeyEncoding: pkcs8,
    });
    const p384 = generateKeyPairSync('ec', { namedCurve: 'P-384', publicKeyEncoding: pem, privateKeyEncoding: pkcs8 });
    expect(() => certificateVerificationUrl(certArgs(small.privateKey))).toThrow(/2048/);
    expect(() => certificateVerificationUrl(certArgs(p384.privateKey))).toThrow(/unsupported/);
    expect(() => certificateVerificationUrl({ ...certArgs(ec.privateKey), certificateSerial: 'not-hex' })).toThrow(
      /serial/,
    );
  });
});
