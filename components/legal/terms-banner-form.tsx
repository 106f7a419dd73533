'use client';
// The banner's body: what changes and from when, a link to read it, and "accept". It stays
// mounted after the acceptance (the server then sends no banner) to say that it worked.
import Link from 'next/link';
import type { ActionState } from '@/lib/actions/action';
import type { TermsBanner } from '@/lib/legal/acceptance';
import { Notice } from '@/components/forms/notice';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

export function TermsBannerForm({ banner, action }: { banner: TermsBanner | null; action: Action }) {
  const locale = useLocale();
  const f = useFormAction(action);
  const t = messages(locale).support.termsBanner;
  if (!banner) {
    return f.ok ? (
      <div className="mx-auto w-full max-w-6xl px-4 pt-4 sm:px-6">
        <FormMessage state={f.state} />
      </div>
    ) : null;
  }
  return (
    <section aria-label={t.label} className="mx-auto w-full max-w-6xl px-4 pt-4 sm:px-6">
      <Notice tone="info" as="div" className="flex flex-wrap items-center justify-between gap-3">
        <p className="max-w-3xl">
          {banner.inForce
            ? t.inForce(banner.version, banner.effectiveFrom)
            : t.upcoming(banner.version, banner.effectiveFrom)}{' '}
          <Link href={`/regulamin/${banner.version}#co-sie-zmienia`} className="link">
            {t.read}
          </Link>
        </p>
        <form action={f.action} noValidate className="space-y-2">
          <input type="hidden" name="version" value={banner.version} />
          <SubmitButton className="btn-primary">{t.accept}</SubmitButton>
          {f.failed && <FormMessage state={f.state} />}
        </form>
      </Notice>
    </section>
  );
}
