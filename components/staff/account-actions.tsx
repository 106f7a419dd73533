// The account page's actions: a reset link, block or unblock (with a reason for the audit log).
// Blocking staff is an administrator's; the service refuses it for anyone else regardless.
import { ActionForm } from '@/components/forms/action-form';
import { Field } from '@/components/forms/field';
import { blockUser, sendPasswordReset, unblockUser } from '@/lib/actions/staff/accounts';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

export async function AccountActions(p: {
  userId: string;
  hasEmail: boolean;
  blocked: boolean;
  self: boolean;
  mayBlock: boolean;
}) {
  const locale = await currentLocale();
  const t = messages(locale).staff.account;
  return (
    <section className="card space-y-4" aria-labelledby="dzialania">
      <h2 id="dzialania" className="h2">
        {t.actions}
      </h2>
      {p.hasEmail ? (
        <ActionForm
          action={sendPasswordReset}
          hidden={{ userId: p.userId }}
          submit={t.sendReset}
          buttonClass="btn-secondary"
        />
      ) : (
        <p className="muted">{t.noEmailForReset}</p>
      )}
      {!p.self && !p.mayBlock && <p className="muted">{t.staffOnlyAdmin}</p>}
      {!p.self && p.mayBlock && (
        <ActionForm
          action={p.blocked ? unblockUser : blockUser}
          hidden={{ userId: p.userId }}
          submit={p.blocked ? t.unblock : t.block}
          buttonClass={p.blocked ? 'btn-primary' : 'btn-danger'}
        >
          {!p.blocked && <p className="text-sm text-slate-700">{t.blockHint}</p>}
          <Field name="note" label={t.blockNote} maxLength={300} />
        </ActionForm>
      )}
    </section>
  );
}
