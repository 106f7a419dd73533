import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { messages } from '@/lib/i18n';
import { normalizeCertificateNumber } from '@/lib/certificates/number';

export const metadata: Metadata = { title: messages().learning.verifyTitle };

/** A plain GET form: works without JavaScript and leaves a shareable address. */
export default async function VerifyForm({ searchParams }: { searchParams: Promise<{ numer?: string }> }) {
  const t = messages().learning;
  const { numer } = await searchParams;
  if (numer) {
    const number = normalizeCertificateNumber(numer);
    if (number) redirect(`/certyfikaty/${number}`);
  }
  const error = numer ? t.malformed : undefined;
  return (
    <div className="mx-auto max-w-lg">
      <form method="get" className="card space-y-4">
        <h1 className="h1">{t.verifyTitle}</h1>
        <p className="text-slate-700">{t.verifyIntro}</p>
        <div>
          <label htmlFor="numer" className="label">
            {t.verifyNumber}
          </label>
          <input
            id="numer"
            name="numer"
            className="input"
            defaultValue={numer}
            autoComplete="off"
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'numer-error' : undefined}
          />
          {error && (
            <p id="numer-error" className="field-error" role="alert">
              {error}
            </p>
          )}
        </div>
        <button type="submit" className="btn-primary w-full">
          {t.verifySubmit}
        </button>
      </form>
    </div>
  );
}
