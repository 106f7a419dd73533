// The certificate number search: a plain GET form to /certyfikaty (works without JavaScript and
// leaves a shareable address), shown on the search page and on the verification's 404 page.
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

type Props = { defaultValue?: string; error?: string; heading: string; /** 2 under a page's own h1. */ level?: 1 | 2 };

export async function VerifyForm({ defaultValue, error, heading, level = 1 }: Props) {
  const locale = await currentLocale();
  const t = messages(locale).learning;
  return (
    <form method="get" action="/certyfikaty" className="card space-y-4">
      {level === 1 ? <h1 className="h1">{heading}</h1> : <h2 className="h2">{heading}</h2>}
      <p className="text-slate-700">{t.verifyIntro}</p>
      <div>
        <label htmlFor="numer" className="label">
          {t.verifyNumber}
        </label>
        <input
          id="numer"
          name="numer"
          className="input"
          defaultValue={defaultValue}
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
  );
}
