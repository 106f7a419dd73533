import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { currentTime } from '@/lib/clock/clock';
import { classForBirthYear, className, changeClass, shiftedClassName } from '@/lib/families/rules/class-table';
import { findOwnChild } from '@/lib/families/children';
import { schoolYearForPurchase, schoolYearLabel } from '@/lib/families/rules/school-year';
import { requestClassChange, setChildPassword } from '@/lib/actions/families/children';
import { messages } from '@/lib/i18n';
import { ActionForm } from '@/components/forms/action-form';
import { pageParams } from '@/lib/http/ids';
import { childRemovalRefusal } from '@/lib/privacy/family/children';
import { text } from '@/lib/i18n';
import { Notice } from '@/components/forms/notice';
import { EditChildForm, RemoveChildForm } from '@/components/privacy/child-forms';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).families.childPage.metaTitle };
}
export const dynamic = 'force-dynamic';

export default async function ChildPage({ params }: { params: Promise<{ id: string }> }) {
  const locale = await currentLocale();
  const { id } = pageParams(await params);
  const user = await requirePermission('families:manage-own', `/rodzina/dzieci/${id}`);
  const m = messages(locale);
  const t = m.families.childPage;
  const child = await findOwnChild(user.id, id);
  if (!child) notFound();
  const removal = await childRemovalRefusal(child.id);
  const year = schoolYearForPurchase(currentTime());
  const base = classForBirthYear(child.birthYear, year);
  const options = base.ok
    ? ([-1, 0, 1] as const).map((s) => ({ s, r: changeClass(base.classNumber, s) })).filter((o) => o.r.ok)
    : [];
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <p>
        <Link href="/rodzina" className="link text-sm">
          {m.families.backToFamily}
        </Link>
      </p>
      <h1 className="h1">{child.fullName}</h1>
      <section className="card space-y-3" aria-labelledby="dane-dziecka">
        <h2 id="dane-dziecka" className="h2">
          {m.privacy.children.editTitle}
        </h2>
        <p className="text-sm">{m.privacy.children.editIntro}</p>
        <EditChildForm child={child} />
      </section>
      <section className="card space-y-3" aria-labelledby="haslo">
        <h2 id="haslo" className="h2">
          {t.loginHeading}
        </h2>
        <p>
          {t.login} <strong>{child.user.login}</strong>
          {t.loginWhere}{' '}
          <Link href="/logowanie" className="link">
            {m.nav.login}
          </Link>
          .
        </p>
        <ActionForm action={setChildPassword} hidden={{ childId: child.id }} submit={m.families.setPassword}>
          <label htmlFor="child-password" className="label">
            {t.newPassword}
          </label>
          <input
            id="child-password"
            name="password"
            type="password"
            autoComplete="new-password"
            className="input"
            aria-describedby="child-password-hint"
          />
          <p id="child-password-hint" className="text-sm text-slate-600">
            {m.auth.passwordRules}
          </p>
        </ActionForm>
      </section>
      <section className="card space-y-3" aria-labelledby="klasa">
        <h2 id="klasa" className="h2">
          {t.classHeading(schoolYearLabel(year))}
        </h2>
        {!base.ok ? (
          <p>{text(base.reason, locale)}</p>
        ) : (
          <>
            <p>
              {t.byCohort(child.birthYear)} <strong>{className(base.classNumber, locale)}</strong>.
              {child.classShift !== 0 && (
                <> {t.approvedChange(shiftedClassName(base.classNumber, child.classShift, locale) ?? '')}</>
              )}
              {child.classChangeStatus === 'PENDING' && child.requestedShift !== null && (
                <> {t.requestPending(shiftedClassName(base.classNumber, child.requestedShift, locale) ?? '')}</>
              )}
              {child.classChangeStatus === 'REJECTED' && <> {t.requestRejected}</>}
            </p>
            <ActionForm action={requestClassChange} hidden={{ childId: child.id }} submit={t.sendRequest}>
              <label htmlFor="shift" className="label">
                {t.shiftLabel}
              </label>
              <select
                id="shift"
                name="shift"
                className="input"
                defaultValue={String(child.requestedShift ?? child.classShift)}
              >
                {options.map(
                  ({ s, r }) =>
                    r.ok && (
                      <option key={s} value={String(s)}>
                        {className(r.classNumber, locale)}
                        {s === 0 ? t.byCohortOption : ''}
                      </option>
                    ),
                )}
              </select>
            </ActionForm>
          </>
        )}
      </section>
      <section className="card space-y-3" aria-labelledby="usun-dziecko">
        <h2 id="usun-dziecko" className="h2">
          {m.privacy.children.removeTitle}
        </h2>
        {removal ? (
          <Notice tone="info">{text(removal, locale)}</Notice>
        ) : (
          <>
            <p className="text-sm">{m.privacy.children.removeIntro}</p>
            <RemoveChildForm childId={child.id} />
          </>
        )}
      </section>
    </div>
  );
}
